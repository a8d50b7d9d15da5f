using DuckDB.NET.Data;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>
/// The route of README's "When the data outgrows one machine", with DuckDB standing in for Spark: the view order_lines
/// built by a plain SELECT of casts (as the README's selectExpr does), the printed statements run as they are, the three
/// derived views written as Parquet folders, and those folders read back by the ordinary loader. The jobs' inputs equal
/// those of the direct route.
/// </summary>
public class SparkRouteTests
{
    [Fact]
    public void PrintedStatements_RunElsewhereThenReadBack_SameJobInputsAsTheDirectRoute()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"ecomai-spark-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            string csv = Path.Combine(folder, "orders.csv");
            OrderLineGenerator.WriteCsv(csv, new OrderLineGeneratorOptions { Customers = 120, Products = 50, Seed = 3 });
            var options = new OrderLineOptions { ExcludeProducts = OrderLineTruth.ServiceCodes };
            using var direct = EcomAI.Core.Data.OrderLines.Load(csv, options);

            using (var engine = new DuckDBConnection("DataSource=:memory:"))
            {
                engine.Open();
                Execute(engine, $"""
                    CREATE OR REPLACE TEMPORARY VIEW raw AS SELECT * FROM read_csv('{csv}', all_varchar = true);
                    CREATE OR REPLACE TEMPORARY VIEW order_lines AS SELECT
                      row_number() OVER () AS line_no, trim(InvoiceNo) AS order_id,
                      NULLIF(trim(CustomerID), '') AS customer_id, trim(StockCode) AS product_id, Description AS description,
                      CAST(Quantity AS DOUBLE) AS quantity, CAST(UnitPrice AS DOUBLE) AS unit_price, CAST(NULL AS DOUBLE) AS amount,
                      CAST(InvoiceDate AS TIMESTAMP) AS order_date, CAST(NULL AS DOUBLE) AS unit_cost, CAST(NULL AS BOOLEAN) AS promotion,
                      CAST(NULL AS DOUBLE) AS min_price, CAST(NULL AS DOUBLE) AS max_price, CAST(NULL AS DOUBLE) AS rating,
                      CAST(NULL AS DOUBLE) AS orders, Country AS country
                    FROM raw
                    """);
                foreach (var statement in direct.Statements())
                {
                    Execute(engine, statement.Text);
                }

                foreach (string view in new[] { "transactions", "interactions", "period_sales" })
                {
                    Directory.CreateDirectory(Path.Combine(folder, view + ".parquet"));
                    Execute(engine, $"COPY (SELECT * FROM {view}) TO '{Path.Combine(folder, view + ".parquet", "part-00000.parquet")}' (FORMAT parquet)");
                }
            }

            using var transactions = EcomAI.Core.Data.OrderLines.Load(Path.Combine(folder, "transactions.parquet"));
            using var interactions = EcomAI.Core.Data.OrderLines.Load(Path.Combine(folder, "interactions.parquet"));
            using var sales = EcomAI.Core.Data.OrderLines.Load(Path.Combine(folder, "period_sales.parquet"));
            Assert.Equal(direct.ToTransactions().Transactions, transactions.ToTransactions().Transactions);
            Assert.Equal(direct.ToInteractions().ToInteractions(), interactions.ToInteractions().ToInteractions());
            Assert.Equal(direct.ToInteractions(InteractionValue.Quantity).ToInteractions(), interactions.ToInteractions(InteractionValue.Quantity).ToInteractions());
            Assert.Equal(direct.ToSales().Observations, sales.ToSales().Observations);
            Assert.Equal(0, transactions.Report.Findings.Count(f => f.Rule is not LineRule.MissingProduct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

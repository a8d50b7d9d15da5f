using System.IO.Compression;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>The same lines from a CSV, a gzip CSV, Parquet and in-memory objects give the same results (one code path), whatever the threads.</summary>
public class OrderLineSourcesTests
{
    private static readonly OrderLineGeneratorOptions Small = new() { Customers = 60, Products = 40, Seed = 11, DecimalCustomerIds = false };

    private static List<(string, string, DateTime, double)> Orders(OrderLineData data) =>
        data.ToTransactions().Transactions.Select(t => (t.CustomerId, t.OrderId!, t.Timestamp, t.Amount)).ToList();

    [Fact]
    public void FromObjects_SameLinesAsTheFile_SameReportAndTransactions()
    {
        var (lines, _) = OrderLineGenerator.Generate(Small);
        using var file = new TempCsv("x");
        OrderLineGenerator.WriteCsv(file.Path, Small);
        using var fromFile = EcomAI.Core.Data.OrderLines.Load(file.Path);
        using var fromObjects = EcomAI.Core.Data.OrderLines.FromObjects(lines);
        Assert.Equal(fromFile.Report.Findings.Select(f => (f.Rule, f.Lines)), fromObjects.Report.Findings.Select(f => (f.Rule, f.Lines)));
        Assert.Equal(Orders(fromFile), Orders(fromObjects));
        Assert.Equal("row", fromObjects.Report.Findings[0].LineUnit);
    }

    [Fact]
    public void Load_GzipAndParquet_SameTransactionsAsCsv()
    {
        using var csv = new TempCsv("x");
        OrderLineGenerator.WriteCsv(csv.Path, Small);
        string gz = csv.Path + ".gz";
        string parquet = csv.Path + ".parquet";
        try
        {
            using (var source = File.OpenRead(csv.Path))
            using (var target = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            {
                source.CopyTo(target);
            }

            using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"COPY (SELECT * FROM read_csv('{csv.Path}', all_varchar = true)) TO '{parquet}' (FORMAT parquet)";
                command.ExecuteNonQuery();
            }

            using var a = EcomAI.Core.Data.OrderLines.Load(csv.Path);
            using var b = EcomAI.Core.Data.OrderLines.Load(gz);
            using var c = EcomAI.Core.Data.OrderLines.Load(parquet);
            Assert.Equal(Orders(a), Orders(b));
            Assert.Equal(Orders(a), Orders(c));
            Assert.Equal(a.Report.Count(LineRule.Duplicate), c.Report.Count(LineRule.Duplicate));
        }
        finally
        {
            File.Delete(gz);
            File.Delete(parquet);
        }
    }

    [Fact]
    public void Load_OneThreadOrMany_IdenticalResults()
    {
        using var csv = new TempCsv("x");
        OrderLineGenerator.WriteCsv(csv.Path, Small with { Customers = 300 });
        using var one = EcomAI.Core.Data.OrderLines.Load(csv.Path, new OrderLineOptions { MaxDegreeOfParallelism = 1 });
        using var many = EcomAI.Core.Data.OrderLines.Load(csv.Path, new OrderLineOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(Orders(one), Orders(many));
        Assert.Equal(one.Report.Findings.Select(f => (f.Rule, f.Lines, f.Amount)), many.Report.Findings.Select(f => (f.Rule, f.Lines, f.Amount)));
        var s1 = one.ToSales().Observations;
        var s4 = many.ToSales().Observations;
        Assert.Equal(s1, s4);
    }

    [Fact]
    public void Load_FileBackedWhenLargeForMemory_SameResultsAsInMemory()
    {
        using var csv = new TempCsv("x");
        var truth = OrderLineGenerator.WriteCsv(csv.Path, Small with { Customers = 200 });
        using var inMemory = EcomAI.Core.Data.OrderLines.Load(csv.Path);
        Assert.Null(inMemory.DatabaseFile);
        DuckDbSession.InMemoryBudget = 1;
        try
        {
            string? file;
            using (var onDisk = EcomAI.Core.Data.OrderLines.Load(csv.Path))
            {
                file = onDisk.DatabaseFile;
                Assert.True(file is not null && File.Exists(file), "staged in a database file");
                Assert.Equal(Orders(inMemory), Orders(onDisk));
                Assert.Equal(inMemory.Report.Findings.Select(f => (f.Rule, f.Lines, f.Amount, string.Join(",", f.FirstLines))),
                    onDisk.Report.Findings.Select(f => (f.Rule, f.Lines, f.Amount, string.Join(",", f.FirstLines))));
                Assert.Equal(truth.DuplicateLines, onDisk.Report.Count(LineRule.Duplicate));
                Assert.Equal(inMemory.ToSales().Observations, onDisk.ToSales().Observations);
            }

            Assert.False(File.Exists(file), "the database file is deleted on Dispose");
        }
        finally
        {
            DuckDbSession.InMemoryBudget = null;
        }
    }

    [Fact]
    public void FromRows_TypedValuesAndStrings_ReadAlike()
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["Invoice"] = "1", ["Customer ID"] = 17850.0, ["StockCode"] = "A", ["Quantity"] = 2, ["Price"] = 1.5m, ["InvoiceDate"] = new DateTime(2011, 1, 3) },
            new Dictionary<string, object?> { ["Invoice"] = "2", ["Customer ID"] = "17850", ["StockCode"] = "A", ["Quantity"] = "3", ["Price"] = "1.5", ["InvoiceDate"] = "2011-01-04" },
        };
        using var data = EcomAI.Core.Data.OrderLines.FromRows(rows);
        var orders = data.ToTransactions().Transactions;
        Assert.All(orders, o => Assert.Equal("17850", o.CustomerId));
        Assert.Equal([3.0, 4.5], orders.Select(o => o.Amount));
    }
}

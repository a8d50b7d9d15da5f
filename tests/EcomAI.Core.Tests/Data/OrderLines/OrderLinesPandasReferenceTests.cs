using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>
/// Our preparation against an independent pandas implementation of the same rules (Reference/order_lines_pandas.py,
/// run with Debian's python3-pandas on Reference/online-retail-quirks.csv.gz; its outputs are committed beside it).
/// The export carries every quirk: US dates, ids written as 17850.0, cancellations, a return, duplicates, postage, free
/// items, guest orders, a quantity "abc", a price "1,5" and a quoted description with a comma and quotes.
/// </summary>
public class OrderLinesPandasReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Data", "OrderLines", "Reference");

    private static OrderLineData Load() =>
        EcomAI.Core.Data.OrderLines.Load(Path.Combine(Folder, "online-retail-quirks.csv.gz"), new OrderLineOptions { DateFormat = "M/d/yyyy H:mm" });

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Folder, file)).Skip(1).Select(l => l.Split(','));

    [Fact]
    public void ToTransactions_FrequencyMonetaryAndLastPurchase_MatchPandas()
    {
        using var data = Load();
        var ours = data.ToTransactions().Transactions.GroupBy(t => t.CustomerId).ToDictionary(g => g.Key,
            g => (Frequency: g.Count(), Monetary: g.Sum(t => t.Amount), Last: g.Max(t => t.Timestamp).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var pandas = Rows("customers.csv").ToList();
        Assert.Equal(pandas.Count, ours.Count);
        foreach (var row in pandas)
        {
            var found = ours[row[0]];
            Assert.Equal(int.Parse(row[1], CultureInfo.InvariantCulture), found.Frequency);
            Assert.Equal(double.Parse(row[2], CultureInfo.InvariantCulture), found.Monetary, 5);
            Assert.Equal(row[3], found.Last);
        }

        Assert.Equal(1, data.Report[LineRule.InvalidNumber]!.FirstValues.Count(v => v == "abc"));
    }

    [Fact]
    public void ToInteractions_ProductsPerCustomer_MatchPandas()
    {
        using var data = Load();
        var matrix = data.ToInteractions();
        foreach (var row in Rows("customers.csv"))
        {
            Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), matrix.UserInteractionCount(matrix.UserIndexOf(row[0])));
        }
    }

    [Fact]
    public void ToSales_OneObservationPerProductAndWeek_MatchesPandas()
    {
        using var data = Load();
        var ours = data.ToSales(SalesPeriod.Week).Observations.GroupBy(o => o.ProductId)
            .ToDictionary(g => g.Key, g => (Weeks: g.Count(), Quantity: g.Sum(o => o.Quantity)));
        var pandas = Rows("product_weeks.csv").ToList();
        Assert.Equal(pandas.Count, ours.Count);
        foreach (var row in pandas)
        {
            Assert.Equal(int.Parse(row[1], CultureInfo.InvariantCulture), ours[row[0]].Weeks);
            Assert.Equal(double.Parse(row[2], CultureInfo.InvariantCulture), ours[row[0]].Quantity, 6);
        }
    }
}

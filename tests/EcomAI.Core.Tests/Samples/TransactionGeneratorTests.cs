using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Samples;

public class TransactionGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_SameRows_DifferentSeed_DifferentRows()
    {
        Assert.Equal(TransactionGenerator.Generate(50, 3).Transactions, TransactionGenerator.Generate(50, 3).Transactions);
        Assert.NotEqual(TransactionGenerator.Generate(50, 3).Transactions, TransactionGenerator.Generate(50, 4).Transactions);
    }

    [Fact]
    public void Generate_TruthCoversEveryCustomerAndAllSegments()
    {
        var g = TransactionGenerator.Generate(400, 1);
        Assert.Equal(400, g.TrueSegment.Count);
        Assert.Equal(g.TrueSegment.Keys.Order(), g.Transactions.Select(t => t.CustomerId).Distinct().Order());
        Assert.Equal(Enumerable.Range(0, TransactionGenerator.SegmentNames.Count), g.TrueSegment.Values.Distinct().Order());
        Assert.All(g.Transactions, t => Assert.True(t.Timestamp < g.AsOf && t.Amount > 0));
    }

    [Fact]
    public void Generate_SegmentShapes_MatchTheirDescription()
    {
        var g = TransactionGenerator.Generate(3000, 2);
        var rfm = Rfm.FromTransactions(g.ToTransactionData(), new RfmOptions { AsOf = g.AsOf });
        double MedianRecency(string name) => Median(rfm.Customers.Where(c => TransactionGenerator.SegmentNames[g.TrueSegment[c.CustomerId]] == name).Select(c => (double)c.RecencyDays));
        double MedianFrequency(string name) => Median(rfm.Customers.Where(c => TransactionGenerator.SegmentNames[g.TrueSegment[c.CustomerId]] == name).Select(c => (double)c.Frequency));
        // Documented medians: recency Champions 5, At risk 150, Hibernating 330 days; orders Champions 18, Loyal 9.
        Assert.InRange(MedianRecency("Champions"), 4, 6);
        Assert.InRange(MedianRecency("At risk"), 135, 165);
        Assert.InRange(MedianRecency("Hibernating"), 300, 360);
        Assert.InRange(MedianFrequency("Champions"), 17, 19);
        Assert.InRange(MedianFrequency("Loyal"), 8, 10);
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    [Fact]
    public void Generate_OrderRowsAddUpToCents()
    {
        var g = TransactionGenerator.Generate(100, 6);
        Assert.All(g.Transactions, t => Assert.Equal(Math.Round(t.Amount, 2), t.Amount));
    }

    [Fact]
    public void Generate_WithReturns_NegativeRowsThatNetHandles()
    {
        var g = TransactionGenerator.Generate(new TransactionGeneratorOptions { Customers = 200, Seed = 1, ReturnRate = 0.2 });
        Assert.Contains(g.Transactions, t => t.Amount < 0);
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromTransactions(g.Transactions));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(ReturnHandling.Net, g.ToTransactionData().Returns);
    }

    [Theory]
    [InlineData(0, 0.0, "Customers = 0")]
    [InlineData(10, 1.5, "ReturnRate = 1.5")]
    public void Generate_BadOptions_InvalidOption(int customers, double returnRate, string expected)
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionGenerator.Generate(new TransactionGeneratorOptions { Customers = customers, ReturnRate = returnRate }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(expected, ex.Message);
    }
}

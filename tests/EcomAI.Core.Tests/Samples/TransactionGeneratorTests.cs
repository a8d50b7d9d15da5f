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
        double MedianRecency(string name) => Median(rfm.Customers.Where(c => g.TrueSegmentName(c.CustomerId) == name).Select(c => (double)c.RecencyDays));
        double MedianFrequency(string name) => Median(rfm.Customers.Where(c => g.TrueSegmentName(c.CustomerId) == name).Select(c => (double)c.Frequency));
        // Documented medians: recency Champions 5, At risk 220, Lost 340 days (clamped at 364); orders Champions 20, Loyal 8, New 1.
        Assert.InRange(MedianRecency("Champions"), 4, 6);
        Assert.InRange(MedianRecency("At risk"), 200, 240);
        Assert.InRange(MedianRecency("Lost"), 315, 364);
        Assert.InRange(MedianFrequency("Champions"), 19, 21);
        Assert.InRange(MedianFrequency("Loyal"), 7, 9);
        Assert.Equal(1, MedianFrequency("New"));
        Assert.Equal(["Champions", "Loyal", "New", "At risk", "Lost"], TransactionGenerator.SegmentNames);
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
    }

    [Fact]
    public void Generate_CustomMix_DrawsTheGivenTypesInProportionAndNamesThem()
    {
        var mix = new[] { TransactionGenerator.Type("Champions") with { Share = 1 }, TransactionGenerator.Type("Can't lose them") with { Share = 3 } };
        var g = TransactionGenerator.Generate(new TransactionGeneratorOptions { Customers = 4000, Seed = 3, Segments = mix });
        Assert.Equal(["Champions", "Can't lose them"], g.SegmentNames);
        double share = g.TrueSegment.Values.Count(s => s == 1) / 4000.0;
        Assert.InRange(share, 0.73, 0.77); // 3 / (1 + 3), binomial sd 0.007
        Assert.Equal("Can't lose them", g.TrueSegmentName(g.TrueSegment.First(kv => kv.Value == 1).Key));
    }

    [Fact]
    public void SegmentTypes_OnePerMapSegmentInMapOrder()
    {
        Assert.Equal(RfmSegmentMap.Segments, TransactionGenerator.SegmentTypes.Select(t => t.Name));
        Assert.Throws<ArgumentException>(() => TransactionGenerator.Type("Sleepers"));
    }

    [Fact]
    public void Generate_EmptyMix_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionGenerator.Generate(new TransactionGeneratorOptions { Segments = [] }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("Segments is empty", ex.Message);
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

    [Fact]
    public void ToDataFrame_CarriesTheTruth()
    {
        var g = TransactionGenerator.Generate(20, 8);
        var frame = g.ToDataFrame();
        Assert.Equal(g.Transactions.Count, frame.Rows.Count);
        string first = g.Transactions[0].CustomerId;
        Assert.Equal(TransactionGenerator.SegmentNames[g.TrueSegment[first]], frame.Columns["true_segment"][0]);
    }
}

using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

/// <summary>The contract between the order-lines layer and the recommenders: descriptions and dates reach the matrix.</summary>
public class OrderLineInteractionsTests
{
    private static OrderLineData Lines() => OrderLines.FromTable(CsvTable.Parse(
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n" +
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01T08:26:00,2.55,17850\n" +
        "536365,71053,WHITE METAL LANTERN,6,2010-12-01T08:26:00,3.39,17850\n" +
        "536366,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,2010-12-02T09:00:00,2.55,13047\n" +
        "536367,71053,WHITE METAL LANTERN,1,2010-12-03T10:00:00,3.39,13047\n" +
        "536368,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,2010-12-04T11:00:00,2.55,12583\n" +
        "536369,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,2010-12-05T11:00:00,2.55,17850\n", "lines.csv"));

    [Fact]
    public void ToInteractions_CarriesDescriptionsAndEachPairsLatestDate()
    {
        var matrix = Lines().ToInteractions();
        Assert.Equal(FeedbackKind.Implicit, matrix.Kind);
        Assert.Equal("WHITE METAL LANTERN", matrix.ItemDescription("71053"));
        Assert.True(matrix.HasTimestamps);
        // 17850 bought 85123A in two orders (Dec 1 and Dec 5): two orders, latest Dec 5.
        var pair = matrix.ToInteractions().Single(x => x.UserId == "17850" && x.ItemId == "85123A");
        Assert.Equal(2, pair.Value);
        Assert.Equal(new DateTime(2010, 12, 5, 11, 0, 0), pair.Timestamp);
    }

    [Fact]
    public void DefaultModel_ExplainsWithTheProductBought()
    {
        var matrix = Lines().ToInteractions();
        var item = Recommenders.ForRanking(matrix, Recommenders.Default(matrix)).Recommend("12583", 1).Items[0];
        Assert.Equal("71053", item.ItemId);
        Assert.Equal("because you bought WHITE HANGING HEART T-LIGHT HOLDER (100%)", item.Explanation);
    }
}

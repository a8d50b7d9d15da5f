using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Samples;

public class SampleDataTests
{
    // Expected counts come from the CSV text itself (one line per row after the header), not from the readers.
    private static int DataLines(string csv) => csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

    [Fact]
    public void Ratings_EmbeddedSample_HasOneInteractionPerCsvLine()
    {
        var csv = SampleData.RatingsCsv();
        var users = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Distinct().Count();
        var m = SampleData.Ratings();
        Assert.Equal(DataLines(csv), m.Count);
        Assert.Equal(users, m.UserCount);
    }

    [Fact]
    public void Sales_EmbeddedSample_KeepsEveryPositiveRow()
    {
        var csv = SampleData.SalesCsv();
        var sales = SampleData.Sales();
        Assert.Equal(DataLines(csv), sales.Observations.Count + sales.Exclusions.Total);
        Assert.Equal(12, sales.Observations.Select(o => o.ProductId).Distinct().Count());
    }
}

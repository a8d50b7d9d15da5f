using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Samples;

public class PricingSampleTests
{
    [Fact]
    public void ToCsv_ProductIdWithCommaAndQuote_ReadBackByTheProjectsReader()
    {
        var sample = new PricingSample(
            [
                new SaleObservation("Mug, large", 4.5, 10, new DateTime(2024, 1, 1), 2.0, false),
                new SaleObservation("Mug, large", 4.0, 13, new DateTime(2024, 1, 8), 2.0, true),
                new SaleObservation("12\" plate", 9.99, 4, new DateTime(2024, 1, 1), 5.0, false),
            ],
            [],
            new PricingSampleOptions());

        var read = SalesData.Parse(sample.ToCsv(), sourceName: "sample.csv");

        Assert.Equal(["Mug, large", "Mug, large", "12\" plate"], read.Observations.Select(o => o.ProductId));
        Assert.Equal([4.5, 4.0, 9.99], read.Observations.Select(o => o.Price));
        Assert.Equal([10.0, 13.0, 4.0], read.Observations.Select(o => o.Quantity));
        Assert.Equal([false, true, false], read.Observations.Select(o => o.Promotion));
    }
}

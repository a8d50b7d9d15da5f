namespace EcomAI.Interactive.Tests;

public class EcomSamplesTests
{
    // Expected sizes come from the CSV files in the repository, read with a plain split.
    [Fact]
    public void Frames_EmbeddedSamples_HaveEveryRowOfTheCsvFiles()
    {
        Assert.Equal(Notebooks.SampleFiles.Rows("transactions.csv").Count, EcomSamples.TransactionsFrame().Rows.Count);
        Assert.Equal(Notebooks.SampleFiles.Rows("ratings.csv").Count, EcomSamples.RatingsFrame().Rows.Count);
        Assert.Equal(Notebooks.SampleFiles.Rows("sales.csv").Count, EcomSamples.SalesFrame().Rows.Count);
    }

    [Fact]
    public void Typed_EmbeddedSamples_CountCustomersUsersAndProducts()
    {
        Assert.Equal(Notebooks.SampleFiles.Distinct("transactions.csv", 0), EcomSamples.Transactions().Transactions.Select(t => t.CustomerId).Distinct().Count());
        Assert.Equal(Notebooks.SampleFiles.Distinct("ratings.csv", 0), EcomSamples.Ratings().UserCount);
        Assert.Equal(Notebooks.SampleFiles.Distinct("sales.csv", 0), EcomSamples.Sales().Observations.Select(o => o.ProductId).Concat(EcomSamples.Sales().Exclusions.Rows.Select(r => r.ProductId)).Distinct().Count());
    }

    [Fact]
    public void SalesFrame_IntoPricing_SameRecommendationsAsTypedSample()
    {
        var fromFrame = EcomAI.Core.Pricing.PricingAnalysis.Run(EcomAI.Core.Pricing.SalesData.FromDataFrame(EcomSamples.SalesFrame()));
        var typed = EcomAI.Core.Pricing.PricingAnalysis.Run(EcomSamples.Sales());

        Assert.Equal(typed.Products.Select(p => p.Recommendation.Price), fromFrame.Products.Select(p => p.Recommendation.Price));
    }
}

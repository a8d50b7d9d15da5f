namespace EcomAI.Core.Pricing;

/// <summary>One product's outcome in a <see cref="PricingAnalysisResult"/>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Estimate">Its elasticity estimate.</param>
/// <param name="Recommendation">Its recommended price (carrying the same estimate).</param>
public sealed record ProductPricingResult(string ProductId, ElasticityEstimate Estimate, PriceRecommendation Recommendation)
{
    /// <summary>Where the unit cost behind <see cref="Recommendation"/> came from.</summary>
    public CostSource CostSource { get; init; }

    /// <summary>
    /// Observed revenue Σ price × quantity over the periods the fit used (in the data's currency): the size of the product,
    /// by which reports choose the products to show.
    /// </summary>
    public double ObservedRevenue { get; init; }

    /// <summary>One row: the product's estimate and recommendation figures (same columns as <see cref="PricingAnalysisResult.ToDataFrame"/>).</summary>
    public Microsoft.Data.Analysis.DataFrame ToDataFrame() => PricingFrames.Products([this]);
}

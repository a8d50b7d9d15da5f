namespace EcomAI.Core.Pricing;

/// <summary>One product's outcome in a <see cref="PricingAnalysisResult"/>.</summary>
/// <param name="ProductId">The product.</param>
/// <param name="Estimate">Its elasticity estimate.</param>
/// <param name="Recommendation">Its recommended price (carrying the same estimate).</param>
public sealed record ProductPricingResult(string ProductId, ElasticityEstimate Estimate, PriceRecommendation Recommendation);

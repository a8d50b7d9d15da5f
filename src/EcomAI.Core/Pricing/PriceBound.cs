namespace EcomAI.Core.Pricing;

/// <summary>Which end of a product's allowed price range set the recommended price.</summary>
public enum PriceBound
{
    /// <summary>Neither: the price is the optimum P* inside the range, or there is no price.</summary>
    None,

    /// <summary>The lower bound (<see cref="PriceRecommendation.MinPrice"/>, from <see cref="PriceRecommendation.MinPriceSource"/>).</summary>
    Min,

    /// <summary>The upper bound (<see cref="PriceRecommendation.MaxPrice"/>, from <see cref="PriceRecommendation.MaxPriceSource"/>).</summary>
    Max,
}

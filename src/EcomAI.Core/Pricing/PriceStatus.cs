namespace EcomAI.Core.Pricing;

/// <summary>How a recommended price was arrived at; <see cref="PriceRecommendation.Message"/> explains it in words.</summary>
public enum PriceStatus
{
    /// <summary>Interior optimum P* = c·b/(1 + b) (b &lt; −1), inside the price bounds.</summary>
    Optimal = 0,

    /// <summary>The unconstrained optimum lies below MinPrice: MinPrice is recommended.</summary>
    ClampedToMinPrice = 1,

    /// <summary>The unconstrained optimum lies above MaxPrice: MaxPrice is recommended.</summary>
    ClampedToMaxPrice = 2,

    /// <summary>
    /// −1 ≤ b &lt; 0 ("inelastic: no interior optimum"): the objective rises with price without limit, so the upper
    /// bound MaxPrice is recommended (no price when no MaxPrice is set).
    /// </summary>
    InelasticNoInteriorOptimum = 3,

    /// <summary>
    /// Revenue objective with b &lt; −1: revenue a·P^(b+1) falls as price rises, so the lower bound MinPrice is
    /// recommended (no price when no MinPrice is set).
    /// </summary>
    ElasticNoInteriorOptimum = 4,

    /// <summary>b ≥ 0 ("unusable estimate"): demand does not fall with price; no price is recommended.</summary>
    UnusableEstimate = 5,

    /// <summary>The elasticity could not be estimated (see <see cref="ElasticityEstimate.Status"/>); no price.</summary>
    NoEstimate = 6,

    /// <summary>The profit objective needs a positive unit cost and none was given or found in the data (or it was 0); no price.</summary>
    MissingUnitCost = 7,
}

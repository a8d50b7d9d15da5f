namespace EcomAI.Core.Pricing;

/// <summary>
/// How a recommended price was arrived at, and how far it can be trusted; <see cref="PriceRecommendation.Message"/> explains
/// it in words and, where more data would settle it, says so.
/// </summary>
public enum PriceStatus
{
    /// <summary>
    /// Interior optimum P* = c·b/(1 + b), inside the allowed range, and the whole confidence interval of b lies below −1, so
    /// an optimum exists whatever the true b within the interval.
    /// </summary>
    Optimal = 0,

    /// <summary>The optimum P* lies below the allowed range: its lower bound is recommended (the interval of b lies below −1).</summary>
    ClampedToMinPrice = 1,

    /// <summary>The optimum P* lies above the allowed range: its upper bound is recommended (the interval of b lies below −1).</summary>
    ClampedToMaxPrice = 2,

    /// <summary>
    /// −1 ≤ b &lt; 0 ("inelastic: no interior optimum"): the objective rises with price without limit, so the upper bound of
    /// the allowed range is recommended (no price without one).
    /// </summary>
    InelasticNoInteriorOptimum = 3,

    /// <summary>
    /// Revenue objective with b &lt; −1: revenue a·P^(b+1) falls as price rises (constant elasticity has no interior revenue
    /// optimum), so the lower bound of the allowed range is recommended (no price without one).
    /// </summary>
    ElasticNoInteriorOptimum = 4,

    /// <summary>b ≥ 0, or its confidence interval reaches 0 ("unusable estimate"): demand may not fall with price; no price.</summary>
    UnusableEstimate = 5,

    /// <summary>The elasticity could not be estimated (see <see cref="ElasticityEstimate.Status"/>: single price level, too few periods, ...); no price.</summary>
    NoEstimate = 6,

    /// <summary>The profit objective needs a positive unit cost and none was given or found in the data (or it was 0); no price.</summary>
    MissingUnitCost = 7,

    /// <summary>
    /// b &lt; −1 but its confidence interval reaches −1 ("optimum uncertain"): within the interval, profit may have no
    /// maximum, and P* (shown, within the allowed range) could be far too low or high. The message says how many more periods
    /// with price variation would settle it.
    /// </summary>
    OptimumUncertain = 8,
}

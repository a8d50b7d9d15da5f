using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>A recommended price for one product, its uncertainty, and what the demand model expects at it.</summary>
/// <remarks>
/// <para>Profit π(P) = (P − c)·a·P^b is maximised at P* = c·b/(1 + b) for b &lt; −1 (independent of a).
/// [<see cref="PriceLower"/>, <see cref="PriceUpper"/>] maps the ends of the elasticity's confidence interval through
/// the same rule (P* rises with b), so an interval end at b ≥ −1 makes the upper price unbounded
/// (<see cref="IntervalUnboundedAbove"/>; capped at MaxPrice when one is set).</para>
/// <para>Expected quantity is the model's a·P^b without promotion; revenue = P·Q, profit = (P − c)·Q,
/// margin = (P − c)/P. All are NaN when <see cref="Price"/> is NaN, i.e. when <see cref="Status"/> says no price can
/// be recommended; profit and margin are also NaN under the revenue objective when no unit cost is known.</para>
/// <para>What-if against today's price P₀ (the last period's price in the bulk analysis): Q₀ = a·P₀^b, revenue P₀·Q₀,
/// profit (P₀ − c)·Q₀, and the changes ΔR = P·Q − P₀·Q₀, ΔΠ = (P − c)·Q − (P₀ − c)·Q₀ per period. The interval of ΔΠ
/// pivots the curve at today's point and moves b over its confidence interval: ΔΠ(b) = Q₀·[(P − c)·(P/P₀)^b − (P₀ − c)],
/// taken at both ends. The current figures are NaN without a usable estimate or a P₀; the changes also without a price.</para>
/// </remarks>
public sealed record PriceRecommendation
{
    /// <summary>The product, when known.</summary>
    public string? ProductId { get; init; }

    /// <summary>What was maximised.</summary>
    public PricingObjective Objective { get; init; }

    /// <summary>How the price was arrived at.</summary>
    public PriceStatus Status { get; init; }

    /// <summary>Plain-language explanation, e.g. "inelastic: no interior optimum ..." (built from the figures on demand).</summary>
    public string Message => PriceMessages.Describe(this);

    /// <summary>Recommended price (NaN when the status gives none).</summary>
    public double Price { get; init; } = double.NaN;

    /// <summary>The optimum ignoring bounds: c·b/(1 + b) for profit with b &lt; −1; +∞ or 0 for corner solutions; NaN when none.</summary>
    public double UnconstrainedPrice { get; init; } = double.NaN;

    /// <summary>Lower end of the price interval implied by the elasticity's confidence interval.</summary>
    public double PriceLower { get; init; } = double.NaN;

    /// <summary>Upper end of the price interval; +∞ when unbounded and no MaxPrice is set.</summary>
    public double PriceUpper { get; init; } = double.NaN;

    /// <summary>True when the upper end of the elasticity interval is ≥ −1, so the data cannot rule out arbitrarily high prices.</summary>
    public bool IntervalUnboundedAbove { get; init; }

    /// <summary>Explanation of the price interval (built from the figures on demand).</summary>
    public string IntervalMessage => PriceMessages.DescribeInterval(this);

    /// <summary>The elasticity b used.</summary>
    public double Elasticity { get; init; } = double.NaN;

    /// <summary>The unit cost used (NaN when none).</summary>
    public double UnitCost { get; init; } = double.NaN;

    /// <summary>Lower price bound applied, if any.</summary>
    public double? MinPrice { get; init; }

    /// <summary>Where <see cref="MinPrice"/> came from: the product's data, the options, or the observed range (default).</summary>
    public BoundSource MinPriceSource { get; init; }

    /// <summary>Upper price bound applied, if any.</summary>
    public double? MaxPrice { get; init; }

    /// <summary>Where <see cref="MaxPrice"/> came from.</summary>
    public BoundSource MaxPriceSource { get; init; }

    /// <summary>
    /// Which end of the allowed range set <see cref="Price"/>: <see cref="PriceBound.Min"/> for
    /// <see cref="PriceStatus.ClampedToMinPrice"/> and <see cref="PriceStatus.ElasticNoInteriorOptimum"/>,
    /// <see cref="PriceBound.Max"/> for <see cref="PriceStatus.ClampedToMaxPrice"/> and
    /// <see cref="PriceStatus.InelasticNoInteriorOptimum"/>, the side P* fell outside for
    /// <see cref="PriceStatus.OptimumUncertain"/>, otherwise <see cref="PriceBound.None"/>.
    /// </summary>
    public PriceBound BoundApplied => !HasPrice ? PriceBound.None : Status switch
    {
        PriceStatus.ClampedToMinPrice or PriceStatus.ElasticNoInteriorOptimum => PriceBound.Min,
        PriceStatus.ClampedToMaxPrice or PriceStatus.InelasticNoInteriorOptimum => PriceBound.Max,
        PriceStatus.OptimumUncertain when Price > UnconstrainedPrice => PriceBound.Min,
        PriceStatus.OptimumUncertain when Price < UnconstrainedPrice => PriceBound.Max,
        _ => PriceBound.None,
    };

    /// <summary>Where the bound in <see cref="BoundApplied"/> came from (<see cref="BoundSource.None"/> when no bound set the price).</summary>
    public BoundSource BoundAppliedSource => BoundApplied switch
    {
        PriceBound.Min => MinPriceSource,
        PriceBound.Max => MaxPriceSource,
        _ => BoundSource.None,
    };

    /// <summary>Model quantity a·P^b at <see cref="Price"/>.</summary>
    public double ExpectedQuantity { get; init; } = double.NaN;

    /// <summary>Price × expected quantity.</summary>
    public double ExpectedRevenue { get; init; } = double.NaN;

    /// <summary>(Price − unit cost) × expected quantity.</summary>
    public double ExpectedProfit { get; init; } = double.NaN;

    /// <summary>(Price − unit cost) / Price.</summary>
    public double Margin { get; init; } = double.NaN;

    /// <summary>Today's price P₀: the product's last period's price (NaN when unknown).</summary>
    public double CurrentPrice { get; init; } = double.NaN;

    /// <summary>Expected quantity per period at today's price, a·P₀^b.</summary>
    public double CurrentQuantity { get; init; } = double.NaN;

    /// <summary>Expected revenue per period at today's price.</summary>
    public double CurrentRevenue { get; init; } = double.NaN;

    /// <summary>Expected profit per period at today's price (NaN without a unit cost).</summary>
    public double CurrentProfit { get; init; } = double.NaN;

    /// <summary>Expected revenue at the recommended price minus at today's, per period.</summary>
    public double RevenueChange { get; init; } = double.NaN;

    /// <summary>Expected profit at the recommended price minus at today's, per period: the expected gain of acting.</summary>
    public double ProfitChange { get; init; } = double.NaN;

    /// <summary>Lower end of <see cref="ProfitChange"/> over the confidence interval of b (curve pivoted at today's point).</summary>
    public double ProfitChangeLower { get; init; } = double.NaN;

    /// <summary>Upper end of <see cref="ProfitChange"/> over the confidence interval of b.</summary>
    public double ProfitChangeUpper { get; init; } = double.NaN;

    /// <summary>The estimate the recommendation is based on.</summary>
    public required ElasticityEstimate Estimate { get; init; }

    /// <summary>True when a price is recommended.</summary>
    public bool HasPrice => double.IsFinite(Price);

    /// <summary>One row with every figure (NaN figures become nulls).</summary>
    public DataFrame ToDataFrame() => PricingFrames.Recommendations([this]);
}

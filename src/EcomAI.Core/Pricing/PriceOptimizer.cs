namespace EcomAI.Core.Pricing;

/// <summary>
/// Turns an elasticity estimate into a recommended price under the constant-elasticity demand model Q = a·P^b.
/// </summary>
/// <remarks>
/// <para><b>Profit</b> π(P) = (P − c)·a·P^b. dπ/dP = a·P^(b−1)·((1 + b)·P − b·c) = 0 gives
/// <b>P* = c·b/(1 + b)</b>, a maximum only for b &lt; −1, and independent of a (a = 1000, b = −2, c = 10 gives 20).
/// For −1 ≤ b &lt; 0 profit rises without bound with price: the upper bound is returned
/// (<see cref="PriceStatus.InelasticNoInteriorOptimum"/>). For b ≥ 0 demand does not fall with price and the
/// estimate is unusable for pricing (<see cref="PriceStatus.UnusableEstimate"/>).</para>
/// <para><b>Revenue</b> R(P) = a·P^(b+1) is monotone: for b &lt; −1 it falls with price (lowest allowed price,
/// <see cref="PriceStatus.ElasticNoInteriorOptimum"/>); for −1 ≤ b &lt; 0 it rises (or is flat at b = −1: highest
/// allowed price, <see cref="PriceStatus.InelasticNoInteriorOptimum"/>). Constant elasticity therefore never gives an
/// interior revenue maximum; the bounds decide.</para>
/// <para>The seed's <c>((a*b)/(1-b)*cost)**(1/(1-b))</c> is not this optimum: it depends on a and is NaN for
/// a &gt; 0, b &lt; 0 (a negative number to a fractional power).</para>
/// </remarks>
public static class PriceOptimizer
{
    /// <summary>The profit-maximising price P* = c·b/(1 + b) for elasticity b &lt; −1 and unit cost c &gt; 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">b ≥ −1 (no interior optimum) or c not positive.</exception>
    public static double ProfitMaximizingPrice(double elasticity, double unitCost)
    {
        if (!(elasticity < -1) || !double.IsFinite(elasticity))
        {
            throw new ArgumentOutOfRangeException(nameof(elasticity), elasticity,
                "P* = c·b/(1 + b) is a maximum only for b < -1; for -1 <= b < 0 profit rises with price without limit, and b >= 0 is unusable.");
        }

        if (!(unitCost > 0) || !double.IsFinite(unitCost))
        {
            throw new ArgumentOutOfRangeException(nameof(unitCost), unitCost, "unitCost must be a positive finite number.");
        }

        return unitCost * elasticity / (1 + elasticity);
    }

    /// <summary>Recommends a price from plain arguments.</summary>
    public static PriceRecommendation Optimize(ElasticityEstimate estimate, double unitCost, double? minPrice = null, double? maxPrice = null,
        PricingObjective objective = PricingObjective.Profit) =>
        Optimize(estimate, new PriceOptimizerOptions { UnitCost = unitCost, MinPrice = minPrice, MaxPrice = maxPrice, Objective = objective });

    /// <summary>Recommends a price with the given options (UnitCost is required for the profit objective).</summary>
    /// <exception cref="ArgumentException">An option is invalid; the parameter is named.</exception>
    public static PriceRecommendation Optimize(ElasticityEstimate estimate, PriceOptimizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(requireCost: true);
        return OptimizeCore(estimate, options, options.UnitCost ?? double.NaN);
    }

    /// <summary>The recommendation for one estimate: the allowed range, the status, the price, its interval and the what-if.</summary>
    /// <remarks>Options already validated; allocates only the result, as the bulk analysis calls this for every product.</remarks>
    /// <param name="e">The estimate.</param>
    /// <param name="o">The options (objective, global bounds, MaxChange).</param>
    /// <param name="unitCost">The product's unit cost (NaN when none).</param>
    /// <param name="currentPrice">Today's price (the last period's), or null: <see cref="PriceOptimizerOptions.CurrentPrice"/>.</param>
    /// <param name="productMin">The product's own lower bound from its data, if any.</param>
    /// <param name="productMax">The product's own upper bound from its data, if any.</param>
    internal static PriceRecommendation OptimizeCore(ElasticityEstimate e, PriceOptimizerOptions o, double unitCost,
        double? currentPrice = null, double? productMin = null, double? productMax = null)
    {
        var (lo, loSource) = productMin is double pmin ? (pmin, BoundSource.Data)
            : o.MinPrice is double gmin ? (gmin, BoundSource.Given)
            : o.MaxChange is double m1 && double.IsFinite(e.ObservedMinPrice) ? (e.ObservedMinPrice * (1 - m1), BoundSource.Observed)
            : (double.NaN, BoundSource.None);
        var (hi, hiSource) = productMax is double pmax ? (pmax, BoundSource.Data)
            : o.MaxPrice is double gmax ? (gmax, BoundSource.Given)
            : o.MaxChange is double m2 && double.IsFinite(e.ObservedMaxPrice) ? (e.ObservedMaxPrice * (1 + m2), BoundSource.Observed)
            : (double.NaN, BoundSource.None);
        if (lo > hi)
        {
            // A product's own range that contradicts the global one: the product's data wins, the other side gives way.
            (lo, loSource) = loSource == BoundSource.Data ? (lo, loSource) : (hi, hiSource);
            (hi, hiSource) = hi < lo ? (lo, loSource) : (hi, hiSource);
        }

        PriceStatus status;
        double price = double.NaN, unconstrained = double.NaN, lower = double.NaN, upper = double.NaN;
        bool unboundedAbove = false;
        if (!e.IsUsable)
        {
            status = PriceStatus.NoEstimate;
        }
        else if (e.B >= 0 || e.BUpper >= 0)
        {
            status = PriceStatus.UnusableEstimate;
        }
        else if (o.Objective == PricingObjective.Profit && !(unitCost > 0))
        {
            status = PriceStatus.MissingUnitCost;
        }
        else
        {
            (price, unconstrained, status) = Choose(e, unitCost, o.Objective, lo, hi);
            lower = PriceFor(e.BLower, unitCost, o.Objective, lo, hi);
            upper = PriceFor(e.BUpper, unitCost, o.Objective, lo, hi);
            unboundedAbove = e.BUpper >= -1;
        }

        double q = double.IsFinite(price) ? e.PredictQuantity(price) : double.NaN;
        var whatIf = WhatIf.Of(e, price, q, unitCost, currentPrice ?? o.CurrentPrice);
        return new PriceRecommendation
        {
            ProductId = e.ProductId,
            Objective = o.Objective,
            Estimate = e,
            Elasticity = e.B,
            UnitCost = unitCost,
            MinPrice = double.IsNaN(lo) ? null : lo,
            MaxPrice = double.IsNaN(hi) ? null : hi,
            MinPriceSource = loSource,
            MaxPriceSource = hiSource,
            Status = status,
            Price = price,
            UnconstrainedPrice = unconstrained,
            PriceLower = lower,
            PriceUpper = upper,
            IntervalUnboundedAbove = unboundedAbove,
            ExpectedQuantity = q,
            ExpectedRevenue = price * q,
            ExpectedProfit = (price - unitCost) * q,
            Margin = (price - unitCost) / price,
            CurrentPrice = whatIf.CurrentPrice,
            CurrentQuantity = whatIf.CurrentQuantity,
            CurrentRevenue = whatIf.CurrentRevenue,
            CurrentProfit = whatIf.CurrentProfit,
            RevenueChange = whatIf.RevenueChange,
            ProfitChange = whatIf.ProfitChange,
            ProfitChangeLower = whatIf.ProfitChangeLower,
            ProfitChangeUpper = whatIf.ProfitChangeUpper,
        };
    }

    private static (double Price, double Unconstrained, PriceStatus Status) Choose(ElasticityEstimate e, double c, PricingObjective objective, double lo, double hi)
    {
        double b = e.B;
        if (objective == PricingObjective.Revenue)
        {
            // Revenue a·P^(b+1) is monotone in P under constant elasticity: no interior optimum, a bound is chosen.
            return b < -1
                ? (lo, 0, PriceStatus.ElasticNoInteriorOptimum)
                : (hi, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum);
        }

        if (b >= -1)
        {
            return (hi, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum);
        }

        double star = c * b / (1 + b);
        double price = star < lo ? lo : star > hi ? hi : star;
        var status = e.BUpper >= -1 ? PriceStatus.OptimumUncertain
            : star < lo ? PriceStatus.ClampedToMinPrice
            : star > hi ? PriceStatus.ClampedToMaxPrice
            : PriceStatus.Optimal;
        return (price, star, status);
    }

    /// <summary>The price the same rule gives for another value of b (the ends of its interval), within the range.</summary>
    internal static double PriceFor(double b, double c, PricingObjective objective, double lo, double hi)
    {
        double min = double.IsNaN(lo) ? 0 : lo, max = double.IsNaN(hi) ? double.PositiveInfinity : hi;
        if (objective == PricingObjective.Revenue)
        {
            return b < -1 ? min : max;
        }

        return b < -1 ? Math.Clamp(c * b / (1 + b), min, max) : max;
    }
}

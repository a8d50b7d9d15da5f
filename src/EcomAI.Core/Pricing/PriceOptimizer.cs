using System.Globalization;

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

    /// <summary>Core: options already validated; <paramref name="unitCost"/> NaN means none is known.</summary>
    internal static PriceRecommendation OptimizeCore(ElasticityEstimate e, PriceOptimizerOptions o, double unitCost)
    {
        var r = new PriceRecommendation
        {
            ProductId = e.ProductId,
            Objective = o.Objective,
            Estimate = e,
            Elasticity = e.B,
            UnitCost = unitCost,
            MinPrice = o.MinPrice,
            MaxPrice = o.MaxPrice,
        };
        if (!e.IsUsable)
        {
            return r with { Status = PriceStatus.NoEstimate, Message = $"no price: elasticity not estimated ({e.Status}: {e.Message})", IntervalMessage = "no interval without an estimate" };
        }

        double b = e.B;
        if (b >= 0)
        {
            return r with
            {
                Status = PriceStatus.UnusableEstimate,
                Message = F($"unusable estimate: b = {b:G4} >= 0 means demand does not fall as price rises; check the data (promotions, stock-outs, seasonality) before pricing"),
                IntervalMessage = "no interval for an unusable estimate",
            };
        }

        if (o.Objective == PricingObjective.Profit && double.IsNaN(unitCost))
        {
            return r with { Status = PriceStatus.MissingUnitCost, Message = "no price: the profit objective needs a unit cost; add a unit_cost column or set UnitCost", IntervalMessage = "no interval without a unit cost" };
        }

        var (price, unconstrained, status, message) = Choose(b, unitCost, o);
        r = r with { Status = status, Message = message, UnconstrainedPrice = unconstrained, Price = price };
        r = WithInterval(r, e, unitCost, o);
        if (!double.IsFinite(price))
        {
            return r;
        }

        double q = e.PredictQuantity(price);
        double c = double.IsNaN(unitCost) ? double.NaN : unitCost;
        string below = c > price ? F($"; note: the price is below the unit cost {c:G6}, every unit sold loses money") : "";
        return r with
        {
            Message = r.Message + below,
            ExpectedQuantity = q,
            ExpectedRevenue = price * q,
            ExpectedProfit = (price - c) * q,
            Margin = (price - c) / price,
        };
    }

    /// <summary>The rule, for a given b &lt; 0: price, unconstrained optimum, status, message.</summary>
    private static (double Price, double Unconstrained, PriceStatus Status, string Message) Choose(double b, double c, PriceOptimizerOptions o)
    {
        double? lo = o.MinPrice, hi = o.MaxPrice;
        if (o.Objective == PricingObjective.Revenue)
        {
            if (b < -1)
            {
                return lo is double min
                    ? (min, 0, PriceStatus.ElasticNoInteriorOptimum, F($"elastic: no interior optimum; revenue a·P^(b+1) falls as price rises (b = {b:G4} < -1), so the lower bound MinPrice = {min:G6} is recommended"))
                    : (double.NaN, 0, PriceStatus.ElasticNoInteriorOptimum, F($"elastic: no interior optimum; revenue falls as price rises (b = {b:G4} < -1) and no MinPrice is set: set MinPrice to get a price"));
            }

            return hi is double max
                ? (max, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum, F($"inelastic: no interior optimum; revenue a·P^(b+1) {(b == -1 ? "is flat" : "rises with price")} (b = {b:G4}), so the upper bound MaxPrice = {max:G6} is recommended"))
                : (double.NaN, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum, F($"inelastic: no interior optimum; revenue does not fall with price (b = {b:G4} >= -1) and no MaxPrice is set: set MaxPrice to get a price"));
        }

        if (b >= -1)
        {
            return hi is double max
                ? (max, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum, F($"inelastic: no interior optimum; profit rises with price for b = {b:G4} >= -1, so the upper bound MaxPrice = {max:G6} is recommended"))
                : (double.NaN, double.PositiveInfinity, PriceStatus.InelasticNoInteriorOptimum, F($"inelastic: no interior optimum; profit rises with price without limit for b = {b:G4} >= -1 and no MaxPrice is set: set MaxPrice to get a price"));
        }

        double star = c * b / (1 + b);
        if (lo is double l && star < l)
        {
            return (l, star, PriceStatus.ClampedToMinPrice, F($"optimum P* = c·b/(1+b) = {star:G6} is below MinPrice; MinPrice = {l:G6} is binding"));
        }

        if (hi is double h && star > h)
        {
            return (h, star, PriceStatus.ClampedToMaxPrice, F($"optimum P* = c·b/(1+b) = {star:G6} is above MaxPrice; MaxPrice = {h:G6} is binding"));
        }

        return (star, star, PriceStatus.Optimal, F($"optimal: P* = c·b/(1+b) = {c:G6}·{b:G4}/(1{b:+0.####;-0.####}) = {star:G6}"));
    }

    /// <summary>Maps the elasticity's interval ends through the (monotone non-decreasing in b) pricing rule.</summary>
    private static PriceRecommendation WithInterval(PriceRecommendation r, ElasticityEstimate e, double c, PriceOptimizerOptions o)
    {
        double lower = PriceFor(e.BLower, c, o), upper = PriceFor(e.BUpper, c, o);
        bool unboundedAbove = o.Objective == PricingObjective.Profit ? e.BUpper >= -1 : e.BUpper >= -1;
        string level = F($"{e.ConfidenceLevel:P0}");
        string message;
        if (o.Objective == PricingObjective.Profit)
        {
            message = e.BUpper >= -1
                ? F($"the {level} interval of b [{e.BLower:G4}, {e.BUpper:G4}] reaches b >= -1 (inelastic), where profit rises without limit: the price interval is unbounded above") +
                  (o.MaxPrice is double max ? F($" (capped at MaxPrice = {max:G6})") : "")
                : F($"P* at the ends of the {level} interval of b [{e.BLower:G4}, {e.BUpper:G4}]") +
                  (o.MinPrice is not null || o.MaxPrice is not null ? ", clamped to the price bounds" : "");
        }
        else
        {
            message = e.BLower < -1 && e.BUpper >= -1
                ? F($"the {level} interval of b [{e.BLower:G4}, {e.BUpper:G4}] straddles -1: the revenue-maximising price could be either bound")
                : F($"the whole {level} interval of b [{e.BLower:G4}, {e.BUpper:G4}] is on one side of -1: the same bound either way");
        }

        return r with { PriceLower = lower, PriceUpper = upper, IntervalUnboundedAbove = unboundedAbove, IntervalMessage = message };
    }

    /// <summary>The recommended price as a function of b (bounds included); non-decreasing in b.</summary>
    internal static double PriceFor(double b, double c, PriceOptimizerOptions o)
    {
        double lo = o.MinPrice ?? 0, hi = o.MaxPrice ?? double.PositiveInfinity;
        if (o.Objective == PricingObjective.Revenue)
        {
            return b < -1 ? lo : hi;
        }

        return b < -1 ? Math.Clamp(c * b / (1 + b), lo, hi) : hi;
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

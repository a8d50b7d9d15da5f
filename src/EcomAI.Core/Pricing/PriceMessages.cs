using System.Globalization;

namespace EcomAI.Core.Pricing;

/// <summary>The plain-words explanation of a recommendation: what was decided, why, and what data would settle it.</summary>
internal static class PriceMessages
{
    public static string Describe(PriceRecommendation r)
    {
        double b = r.Elasticity, c = r.UnitCost;
        var e = r.Estimate;
        string text = r.Status switch
        {
            PriceStatus.NoEstimate => $"no price: elasticity not estimated ({e.Status}: {e.Message})",
            PriceStatus.UnusableEstimate => b >= 0
                ? F($"unusable estimate: b = {b:G4} >= 0 means demand does not fall as price rises; check the data (promotions, stock-outs, seasonality) before pricing")
                : F($"unusable estimate: the {Level(e)} interval of b [{e.BLower:G4}, {e.BUpper:G4}] reaches 0, so the data cannot tell whether demand falls with price at all; {MoreData(e, 0)}"),
            PriceStatus.MissingUnitCost => double.IsNaN(c)
                ? "no price: the profit objective needs a unit cost; add a unit_cost column, set UnitCost, or set CostRatio (a fraction of the median price)"
                : F($"no price: the profit objective needs a positive unit cost, got {c:G6} (with cost 0 profit is revenue: use the revenue objective)"),
            PriceStatus.Optimal => F($"optimal: P* = c·b/(1+b) = {c:G6}·({b:G4})/(1 + ({b:G4})) = {r.Price:G6}, and the whole {Level(e)} interval of b lies below -1"),
            PriceStatus.ClampedToMinPrice => F($"optimum P* = c·b/(1+b) = {r.UnconstrainedPrice:G6} is below the allowed range; its lower bound {r.Price:G6} ({Bound(r, lower: true)}) is recommended"),
            PriceStatus.ClampedToMaxPrice => F($"optimum P* = c·b/(1+b) = {r.UnconstrainedPrice:G6} is above the allowed range; its upper bound {r.Price:G6} ({Bound(r, lower: false)}) is recommended"),
            PriceStatus.OptimumUncertain => F($"optimum uncertain: b = {b:G4} gives P* = {r.UnconstrainedPrice:G6}") +
                (r.Price != r.UnconstrainedPrice ? F($" (shown as {r.Price:G6}, the {(r.Price < r.UnconstrainedPrice ? "upper" : "lower")} bound of the allowed range)") : "") +
                F($", but the {Level(e)} interval of b [{e.BLower:G4}, {e.BUpper:G4}] reaches -1, where profit has no maximum: the right price could be much higher; {MoreData(e, -1)}"),
            PriceStatus.InelasticNoInteriorOptimum => Inelastic(r, b),
            PriceStatus.ElasticNoInteriorOptimum => r.HasPrice
                ? F($"elastic: revenue a·P^(b+1) falls as price rises for b = {b:G4} < -1 (under constant elasticity revenue has no interior optimum), so the lower bound {r.Price:G6} ({Bound(r, lower: true)}) is recommended")
                : F($"elastic: revenue falls as price rises (b = {b:G4} < -1) and there is no lower bound: set MinPrice or MaxChange to get a price"),
            _ => r.Status.ToString(),
        };

        return r.HasPrice && c > r.Price
            ? text + F($"; note: the price is below the unit cost {c:G6}, every unit sold loses money")
            : text;
    }

    public static string DescribeInterval(PriceRecommendation r)
    {
        if (r.Status is PriceStatus.NoEstimate or PriceStatus.UnusableEstimate or PriceStatus.MissingUnitCost)
        {
            return "no price interval: " + r.Status switch
            {
                PriceStatus.NoEstimate => "no elasticity estimate",
                PriceStatus.UnusableEstimate => "the estimate is unusable for pricing",
                _ => "no unit cost",
            };
        }

        var e = r.Estimate;
        string range = F($"the {Level(e)} interval of b [{e.BLower:G4}, {e.BUpper:G4}]");
        if (r.Objective == PricingObjective.Revenue)
        {
            return e.BLower < -1 && e.BUpper >= -1
                ? range + " straddles -1: the revenue-maximising price could be either bound"
                : range + " lies on one side of -1: the same bound either way";
        }

        if (e.BUpper >= -1)
        {
            return range + " reaches b >= -1 (inelastic), where profit rises without limit: the price interval is unbounded above" +
                (r.MaxPrice is double max ? F($" (capped at the upper bound {max:G6})") : "");
        }

        return "P* at the ends of " + range + (r.MinPrice is not null || r.MaxPrice is not null ? ", within the allowed range" : "");
    }

    /// <summary>Where a bound came from, in words.</summary>
    private static string Bound(PriceRecommendation r, bool lower)
    {
        var source = lower ? r.MinPriceSource : r.MaxPriceSource;
        var e = r.Estimate;
        return source switch
        {
            BoundSource.Observed => lower
                ? F($"the lowest observed price {e.ObservedMinPrice:G6} less MaxChange")
                : F($"the highest observed price {e.ObservedMaxPrice:G6} plus MaxChange"),
            BoundSource.Data => lower ? "the product's min_price" : "the product's max_price",
            BoundSource.Given => lower ? "MinPrice" : "MaxPrice",
            _ => "no bound",
        };
    }

    /// <summary>
    /// How many more periods would move the interval's end past <paramref name="edge"/>, if b stayed where it is: the
    /// standard error shrinks as 1/√n, so n must grow by the factor (t·SE / |b − edge|)².
    /// </summary>
    private static string MoreData(ElasticityEstimate e, double edge)
    {
        double distance = Math.Abs(e.B - edge);
        double halfWidth = e.BUpper - e.B;
        if (!(distance > 0) || !(halfWidth > 0) || e.N < 1)
        {
            return "more periods with price changes would narrow it";
        }

        double factor = (halfWidth / distance) * (halfWidth / distance);
        double more = Math.Ceiling(e.N * (factor - 1));
        return more > 0 && double.IsFinite(more)
            ? F($"about {more:0} more periods with price changes (now {e.N}) would settle it if b stayed at {e.B:G4}")
            : "more periods with price changes would narrow it";
    }

    private static string Inelastic(PriceRecommendation r, double b)
    {
        string what = r.Objective == PricingObjective.Revenue
            ? (b == -1 ? "revenue a·P^(b+1) is flat in price" : "revenue a·P^(b+1) rises with price")
            : "profit rises with price without limit";
        return r.HasPrice
            ? F($"inelastic: no interior optimum; {what} for b = {b:G4} >= -1, so the upper bound {r.Price:G6} ({Bound(r, lower: false)}) is recommended")
            : F($"inelastic: no interior optimum; {what} for b = {b:G4} >= -1 and there is no upper bound: set MaxPrice or MaxChange to get a price");
    }

    private static string Level(ElasticityEstimate e) => F($"{e.ConfidenceLevel * 100:0.##}%");

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

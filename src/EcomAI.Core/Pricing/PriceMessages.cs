using System.Globalization;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Words for a <see cref="PriceRecommendation"/>, built from its figures when asked (formatting numbers for 100,000
/// products that nobody reads would cost more than the fits).
/// </summary>
internal static class PriceMessages
{
    public static string Describe(PriceRecommendation r)
    {
        double b = r.Elasticity, c = r.UnitCost;
        string text = r.Status switch
        {
            PriceStatus.NoEstimate => $"no price: elasticity not estimated ({r.Estimate.Status}: {r.Estimate.Message})",
            PriceStatus.UnusableEstimate => F($"unusable estimate: b = {b:G4} >= 0 means demand does not fall as price rises; check the data (promotions, stock-outs, seasonality) before pricing"),
            PriceStatus.MissingUnitCost => double.IsNaN(c)
                ? "no price: the profit objective needs a unit cost; add a unit_cost column or set UnitCost"
                : F($"no price: the profit objective needs a positive unit cost, got {c:G6} (with cost 0 profit is revenue: use the revenue objective)"),
            PriceStatus.Optimal => F($"optimal: P* = c·b/(1+b) = {c:G6}·({b:G4})/(1 + ({b:G4})) = {r.Price:G6}"),
            PriceStatus.ClampedToMinPrice => F($"optimum P* = c·b/(1+b) = {r.UnconstrainedPrice:G6} is below MinPrice; MinPrice = {r.Price:G6} is binding"),
            PriceStatus.ClampedToMaxPrice => F($"optimum P* = c·b/(1+b) = {r.UnconstrainedPrice:G6} is above MaxPrice; MaxPrice = {r.Price:G6} is binding"),
            PriceStatus.InelasticNoInteriorOptimum => Inelastic(r, b),
            PriceStatus.ElasticNoInteriorOptimum => r.HasPrice
                ? F($"elastic: no interior optimum; revenue a·P^(b+1) falls as price rises (b = {b:G4} < -1), so the lower bound MinPrice = {r.Price:G6} is recommended")
                : F($"elastic: no interior optimum; revenue falls as price rises (b = {b:G4} < -1) and no MinPrice is set: set MinPrice to get a price"),
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
        string range = F($"the {e.ConfidenceLevel * 100:0.##}% interval of b [{e.BLower:G4}, {e.BUpper:G4}]");
        if (r.Objective == PricingObjective.Revenue)
        {
            return e.BLower < -1 && e.BUpper >= -1
                ? range + " straddles -1: the revenue-maximising price could be either bound"
                : range + " lies on one side of -1: the same bound either way";
        }

        if (r.IntervalUnboundedAbove)
        {
            return range + " reaches b >= -1 (inelastic), where profit rises without limit: the price interval is unbounded above" +
                (r.MaxPrice is double max ? F($" (capped at MaxPrice = {max:G6})") : "");
        }

        return "P* at the ends of " + range + (r.MinPrice is not null || r.MaxPrice is not null ? ", clamped to the price bounds" : "");
    }

    private static string Inelastic(PriceRecommendation r, double b)
    {
        string what = r.Objective == PricingObjective.Revenue
            ? (b == -1 ? "revenue a·P^(b+1) is flat in price" : "revenue a·P^(b+1) rises with price")
            : "profit rises with price without limit";
        return r.HasPrice
            ? F($"inelastic: no interior optimum; {what} for b = {b:G4} >= -1, so the upper bound MaxPrice = {r.Price:G6} is recommended")
            : F($"inelastic: no interior optimum; {what} for b = {b:G4} >= -1 and no MaxPrice is set: set MaxPrice to get a price");
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

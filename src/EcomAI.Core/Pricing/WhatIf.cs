namespace EcomAI.Core.Pricing;

/// <summary>
/// The what-if of a recommendation against today's price P₀: expected quantity, revenue and profit at both prices, and
/// the change in profit with its interval from the elasticity's interval.
/// </summary>
/// <remarks>
/// Both prices are read off the fitted curve Q(P) = a·P^b. For the interval the curve is pivoted at today's point
/// (P₀, Q(P₀)) and b moved over its confidence interval: ΔΠ(b) = Q(P₀)·[(P* − c)(P*/P₀)^b − (P₀ − c)], which is monotone
/// in b, so its extremes are at the interval's ends (and ΔΠ(b̂) is the point figure).
/// </remarks>
internal static class WhatIf
{
    public static PriceRecommendation Against(PriceRecommendation r, double? currentPrice)
    {
        if (currentPrice is not double p0 || !(p0 > 0) || !r.Estimate.IsUsable)
        {
            return r;
        }

        var e = r.Estimate;
        double q0 = e.PredictQuantity(p0);
        double c = r.UnitCost;
        double profit0 = (p0 - c) * q0;
        var result = r with
        {
            CurrentPrice = p0,
            CurrentQuantity = q0,
            CurrentRevenue = p0 * q0,
            CurrentProfit = profit0,
        };
        if (!r.HasPrice)
        {
            return result;
        }

        double p = r.Price;
        double Change(double b) => q0 * (((p - c) * Math.Pow(p / p0, b)) - (p0 - c));
        double atLower = Change(e.BLower), atUpper = Change(e.BUpper);
        return result with
        {
            RevenueChange = r.ExpectedRevenue - (p0 * q0),
            ProfitChange = r.ExpectedProfit - profit0,
            ProfitChangeLower = Math.Min(atLower, atUpper),
            ProfitChangeUpper = Math.Max(atLower, atUpper),
        };
    }
}

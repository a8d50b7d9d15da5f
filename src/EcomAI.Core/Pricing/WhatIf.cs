namespace EcomAI.Core.Pricing;

/// <summary>
/// The what-if of a recommendation against today's price P₀: expected quantity, revenue and profit at today's price, and
/// the changes in revenue and profit with the profit change's interval from the elasticity's interval.
/// </summary>
/// <remarks>
/// Both prices are read off the fitted curve Q(P) = a·P^b. For the interval the curve is pivoted at today's point
/// (P₀, Q(P₀)) and b moved over its confidence interval: ΔΠ(b) = Q(P₀)·[(P* − c)(P*/P₀)^b − (P₀ − c)], which is monotone
/// in b, so its extremes are at the interval's ends (and ΔΠ(b̂) is the point figure). A value type, so the bulk analysis
/// allocates nothing for it.
/// </remarks>
internal readonly record struct WhatIf(
    double CurrentPrice, double CurrentQuantity, double CurrentRevenue, double CurrentProfit,
    double RevenueChange, double ProfitChange, double ProfitChangeLower, double ProfitChangeUpper)
{
    /// <summary>No what-if: every figure NaN.</summary>
    public static WhatIf None { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The what-if of price <paramref name="price"/> (NaN: none) against <paramref name="currentPrice"/>.</summary>
    /// <param name="e">The estimate (a, b and its interval).</param>
    /// <param name="price">The recommended price, NaN when there is none.</param>
    /// <param name="quantity">The model's quantity at <paramref name="price"/>.</param>
    /// <param name="unitCost">The unit cost c (NaN: profit figures are NaN).</param>
    /// <param name="currentPrice">Today's price P₀, if known.</param>
    public static WhatIf Of(ElasticityEstimate e, double price, double quantity, double unitCost, double? currentPrice)
    {
        if (currentPrice is not double p0 || !(p0 > 0) || !e.IsUsable)
        {
            return None;
        }

        double q0 = e.PredictQuantity(p0);
        double c = unitCost;
        double revenue0 = p0 * q0, profit0 = (p0 - c) * q0;
        if (!double.IsFinite(price))
        {
            return None with { CurrentPrice = p0, CurrentQuantity = q0, CurrentRevenue = revenue0, CurrentProfit = profit0 };
        }

        double q = quantity;
        double atLower = Change(e.BLower), atUpper = Change(e.BUpper);
        return new WhatIf(p0, q0, revenue0, profit0, (price * q) - revenue0, ((price - c) * q) - profit0,
            Math.Min(atLower, atUpper), Math.Max(atLower, atUpper));

        double Change(double b) => q0 * (((price - c) * Math.Pow(price / p0, b)) - (p0 - c));
    }
}

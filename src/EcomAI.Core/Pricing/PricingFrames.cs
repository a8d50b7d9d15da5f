using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>DataFrame layouts of the pricing results (one place, so every ToDataFrame agrees on names).</summary>
internal static class PricingFrames
{
    public static DataFrame Estimates(IReadOnlyList<ElasticityEstimate> e) => new(
        new StringDataFrameColumn("product_id", e.Select(x => x.ProductId ?? "")),
        new StringDataFrameColumn("method", e.Select(x => x.Method.ToString())),
        new StringDataFrameColumn("status", e.Select(x => x.Status.ToString())),
        new Int32DataFrameColumn("n", e.Select(x => x.N)),
        new Int32DataFrameColumn("excluded", e.Select(x => x.Excluded)),
        new Int32DataFrameColumn("distinct_prices", e.Select(x => x.DistinctPrices)),
        Col("a", e, x => x.A),
        Col("b", e, x => x.B),
        Col("se_b", e, x => x.StdErrorB),
        Col("t_b", e, x => x.TStatisticB),
        Col("b_lower", e, x => x.BLower),
        Col("b_upper", e, x => x.BUpper),
        Col("confidence_level", e, x => x.ConfidenceLevel),
        Col("intercept", e, x => x.Intercept),
        Col("se_intercept", e, x => x.StdErrorIntercept),
        Col("t_intercept", e, x => x.TStatisticIntercept),
        Col("r_squared", e, x => x.RSquared),
        Col("residual_se", e, x => x.ResidualStdError),
        new Int32DataFrameColumn("df", e.Select(x => x.DegreesOfFreedom)),
        new BooleanDataFrameColumn("promotion_used", e.Select(x => x.PromotionUsed)),
        Col("promotion_coef", e, x => x.PromotionCoefficient ?? double.NaN),
        Col("promotion_se", e, x => x.PromotionStdError ?? double.NaN),
        Col("promotion_t", e, x => x.PromotionTStatistic ?? double.NaN),
        Col("observed_min_price", e, x => x.ObservedMinPrice),
        Col("observed_max_price", e, x => x.ObservedMaxPrice),
        new StringDataFrameColumn("message", e.Select(x => x.Message)));

    /// <summary>One row per recommendation: the decision and the what-if first, then the range, the cost and the estimate.</summary>
    public static DataFrame Recommendations(IReadOnlyList<PriceRecommendation> r) => new(RecommendationColumns(r, null));

    /// <summary>As <see cref="Recommendations"/>, with each product's cost source and observed revenue.</summary>
    public static DataFrame Products(IReadOnlyList<ProductPricingResult> p) =>
        new(RecommendationColumns(p.Select(x => x.Recommendation).ToList(), p));

    private static List<DataFrameColumn> RecommendationColumns(IReadOnlyList<PriceRecommendation> r, IReadOnlyList<ProductPricingResult>? products)
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("product_id", r.Select(x => x.ProductId ?? "")),
            new StringDataFrameColumn("price_status", r.Select(x => x.Status.ToString())),
            Col("current_price", r, x => x.CurrentPrice),
            Col("price", r, x => x.Price),
            Col("profit_change", r, x => x.ProfitChange),
            Col("profit_change_lower", r, x => x.ProfitChangeLower),
            Col("profit_change_upper", r, x => x.ProfitChangeUpper),
            Col("current_profit", r, x => x.CurrentProfit),
            Col("expected_profit", r, x => x.ExpectedProfit),
            Col("current_revenue", r, x => x.CurrentRevenue),
            Col("expected_revenue", r, x => x.ExpectedRevenue),
            Col("revenue_change", r, x => x.RevenueChange),
            Col("current_quantity", r, x => x.CurrentQuantity),
            Col("expected_quantity", r, x => x.ExpectedQuantity),
            Col("margin", r, x => x.Margin),
            Col("unit_cost", r, x => x.UnitCost),
        };
        if (products is not null)
        {
            columns.Add(new StringDataFrameColumn("cost_source", products.Select(x => x.CostSource.ToString())));
        }

        columns.AddRange(
        [
            Col("min_price", r, x => x.MinPrice ?? double.NaN),
            new StringDataFrameColumn("min_price_source", r.Select(x => x.MinPriceSource.ToString())),
            Col("max_price", r, x => x.MaxPrice ?? double.NaN),
            new StringDataFrameColumn("max_price_source", r.Select(x => x.MaxPriceSource.ToString())),
            new StringDataFrameColumn("bound_applied", r.Select(x => x.BoundApplied.ToString())),
            Col("price_lower", r, x => x.PriceLower),
            Col("price_upper", r, x => x.PriceUpper),
            new BooleanDataFrameColumn("interval_unbounded_above", r.Select(x => x.IntervalUnboundedAbove)),
            Col("unconstrained_price", r, x => x.UnconstrainedPrice),
            new StringDataFrameColumn("objective", r.Select(x => x.Objective.ToString())),
            Col("b", r, x => x.Estimate.B),
            Col("se_b", r, x => x.Estimate.StdErrorB),
            Col("b_lower", r, x => x.Estimate.BLower),
            Col("b_upper", r, x => x.Estimate.BUpper),
            Col("r_squared", r, x => x.Estimate.RSquared),
            new Int32DataFrameColumn("n", r.Select(x => x.Estimate.N)),
            new Int32DataFrameColumn("excluded", r.Select(x => x.Estimate.Excluded)),
            new StringDataFrameColumn("elasticity_status", r.Select(x => x.Estimate.Status.ToString())),
        ]);
        if (products is not null)
        {
            columns.Add(Col("observed_revenue", products, x => x.ObservedRevenue));
        }

        columns.Add(new StringDataFrameColumn("message", r.Select(x => x.Message)));
        return columns;
    }

    // NaN means "no figure" in the records; in a DataFrame that is a null, which notebooks show as empty.
    private static DoubleDataFrameColumn Col<T>(string name, IReadOnlyList<T> rows, Func<T, double> get) =>
        new(name, rows.Select(x => get(x) is double v && !double.IsNaN(v) ? v : (double?)null));
}

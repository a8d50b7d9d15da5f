using EcomAI.Charts.Pricing;
using EcomAI.Charts.Styling;
using EcomAI.Core.Pricing;

namespace EcomAI.Charts.Report;

public sealed partial class EcomReport
{
    /// <summary>Default number of products given demand and profit curves in <see cref="AddPricing"/>.</summary>
    public const int DefaultPricingCurves = 3;

    /// <summary>The columns of the pricing table in the report (the decision, the what-if, the range, the estimate).</summary>
    private static readonly string[] PricingColumns =
    [
        "product_id", "price_status", "current_price", "price", "profit_change", "profit_change_lower", "profit_change_upper",
        "current_profit", "expected_profit", "current_quantity", "expected_quantity", "unit_cost", "cost_source",
        "min_price", "max_price", "bound_applied", "b", "b_lower", "b_upper", "n", "observed_revenue", "message",
    ];

    /// <summary>
    /// Adds a pricing section that reads for thousands of products: what the statuses and the figures mean, the elasticity
    /// chart of the products that sold the most (sorted, clipped axis), demand and profit curves of the products with the
    /// largest expected gain, and the table by expected gain (largest first).
    /// </summary>
    /// <param name="result">The pricing analysis; to report selected products only, pass <c>result.ForProducts(ids)</c>.</param>
    /// <param name="sales">The sales it was fitted on (for the observed points of the demand curves); null to skip demand curves.</param>
    /// <param name="maxProductCharts">
    /// Products given demand and profit curves: the first of <see cref="PricingAnalysisResult.ByExpectedGain"/> with a
    /// usable estimate. Default <see cref="DefaultPricingCurves"/>; 0 for none.
    /// </param>
    /// <param name="maxElasticityProducts">Products in the elasticity chart (largest observed revenue); default <see cref="PricingCharts.DefaultMaxElasticityProducts"/>.</param>
    /// <param name="maxRows">Rows of the table: the products with the largest expected gain; the caption says how many are left out.</param>
    /// <returns>This report.</returns>
    /// <exception cref="Core.Data.InputDataException"><see cref="Core.Data.ErrorIds.InvalidOption"/>: a count is below its minimum.</exception>
    public EcomReport AddPricing(PricingAnalysisResult result, IEnumerable<SaleObservation>? sales = null, int maxProductCharts = DefaultPricingCurves,
        int maxElasticityProducts = PricingCharts.DefaultMaxElasticityProducts, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckCount(maxProductCharts, 0, nameof(maxProductCharts));
        CheckCount(maxElasticityProducts, 1, nameof(maxElasticityProducts));
        CheckCount(maxRows, 1, nameof(maxRows));
        string period = result.Period?.ToString().ToLowerInvariant() ?? "period";
        AddHeading($"Prices ({Fmt.I(result.Products.Count)} product{(result.Products.Count == 1 ? "" : "s")}, " + (result.Period is null ? "one observation per row as given)" : $"demand per {period})"));
        AddText(PricingSummary(result, period));
        if (result.Exclusions.Total > 0)
        {
            AddText(result.Exclusions.Summary);
        }

        if (result.Products.Any(p => p.Estimate.IsUsable))
        {
            AddChart(PricingCharts.ElasticityIntervals(result, maxElasticityProducts));
        }

        var byGain = result.ByExpectedGain;
        var curves = byGain.Where(p => p.Estimate.IsUsable).Take(maxProductCharts).ToList();
        if (curves.Count > 0)
        {
            AddText(curves.Count == 1
                ? $"Demand and profit curves of {curves[0].ProductId}, the product with the largest expected gain."
                : $"Demand and profit curves of the {curves.Count} products with the largest expected gain.");
        }

        var observations = sales?.ToList();
        foreach (var product in curves)
        {
            if (observations is not null && observations.Any(o => string.Equals(o.ProductId, product.ProductId, StringComparison.Ordinal)))
            {
                AddChart(PricingCharts.DemandCurve(product.Estimate, observations));
            }

            if (double.IsFinite(product.Recommendation.UnitCost))
            {
                AddChart(PricingCharts.ProfitCurve(product.Recommendation));
            }
        }

        var top = result.ForProducts(byGain.Take(maxRows).Select(p => p.ProductId)).ToDataFrame();
        foreach (string column in top.Columns.Select(c => c.Name).Except(PricingColumns).ToList())
        {
            top.Columns.Remove(column);
        }

        string caption = byGain.Count > maxRows
            ? $"The {Fmt.I(maxRows)} of {Fmt.I(byGain.Count)} products with the largest expected gain (profit change per {period} at the recommended price against today's)"
            : $"Every product by expected gain (profit change per {period} at the recommended price against today's), largest first";
        AddTable(top, caption);
        return this;
    }

    /// <summary>What the section shows, in words: statuses, costs, and how today's price and the gain are defined.</summary>
    private static string PricingSummary(PricingAnalysisResult result, string period)
    {
        string Counts<T>(IEnumerable<T> values) where T : struct, Enum =>
            string.Join(", ", values.GroupBy(v => v).OrderBy(g => g.Key).Select(g => $"{g.Key} {Fmt.I(g.Count())}"));
        var products = result.Products;
        int gaining = products.Count(p => p.Recommendation.ProfitChange > 0);
        int surelyGaining = products.Count(p => p.Recommendation.ProfitChangeLower > 0);
        return $"Statuses: {Counts(products.Select(p => p.Recommendation.Status))}. "
            + $"Unit cost from: {Counts(products.Select(p => p.CostSource))}. "
            + $"Today's price is each product's last {period}'s price; the expected gain is the model's profit per {period} at the "
            + $"recommended price minus at today's, with its interval from the elasticity's interval. "
            + $"{Fmt.I(gaining)} products are expected to gain by moving to the recommended price, {Fmt.I(surelyGaining)} of them over the whole interval. "
            + "Only Optimal prices rest on an elasticity whose whole interval lies below -1; the others say in their message what limits them.";
    }
}

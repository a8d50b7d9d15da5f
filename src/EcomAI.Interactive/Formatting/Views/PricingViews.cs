using System.Globalization;
using EcomAI.Charts.Pricing;
using EcomAI.Core.Pricing;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of the pricing results (pure).</summary>
internal static class PricingViews
{
    public static ResultView Of(PricingAnalysisResult result)
    {
        var summary = new List<string>
        {
            "Price status: " + string.Join(", ", result.StatusCounts.OrderBy(kv => kv.Key).Select(kv => F($"{kv.Key} {kv.Value}"))),
        };
        if (result.Exclusions.Total > 0)
        {
            summary.Add(result.Exclusions.Summary);
        }

        return new ResultView(F($"Pricing analysis: {result.Products.Count} products"), summary, result.ToDataFrame(),
            [() => PricingCharts.ElasticityIntervals(result)]);
    }

    public static ResultView Of(PriceRecommendation recommendation)
    {
        string product = recommendation.ProductId is null ? "" : recommendation.ProductId + ": ";
        string price = double.IsFinite(recommendation.Price) ? F($"{recommendation.Price:G6}") : "none";
        return new ResultView(
            F($"{product}recommended price {price} ({recommendation.Status})"),
            [recommendation.Message, recommendation.IntervalMessage],
            recommendation.ToDataFrame(),
            [() => PricingCharts.ProfitCurve(recommendation)]);
    }

    public static ResultView Of(ProductPricingResult result) => Of(result.Recommendation) with { Tables = [new ResultTable(null, result.ToDataFrame())] };

    public static ResultView Of(SalesExclusionReport report) =>
        new(report.Total == 0 ? "No sales rows excluded" : report.Summary, [], report.ToDataFrame(), []);

    public static ResultView Of(ElasticityEstimate estimate)
    {
        string product = estimate.ProductId is null ? "" : estimate.ProductId + ": ";
        string title = estimate.IsUsable
            ? F($"{product}elasticity b = {estimate.B:G4}, {estimate.ConfidenceLevel * 100:0.#}% CI [{estimate.BLower:G4}, {estimate.BUpper:G4}], n = {estimate.N}")
            : F($"{product}elasticity not estimated ({estimate.Status})");
        var summary = string.IsNullOrEmpty(estimate.Message) ? [] : new[] { estimate.Message };
        return new ResultView(title, summary, estimate.ToDataFrame(), [() => PricingCharts.ElasticityIntervals([estimate])]);
    }

    public static ResultView Of(PriceCurve curve) =>
        new(F($"Price curve{(curve.ProductId is null ? "" : " of " + curve.ProductId)}: {curve.Points.Count} prices"), [], curve.ToDataFrame(), []);

    public static ResultView Of(SalesData sales)
    {
        var summary = sales.Exclusions.Total > 0 ? new[] { sales.Exclusions.Summary } : [];
        return new ResultView(F($"Sales: {sales.Observations.Count} usable rows from {sales.SourceName}"), summary, sales.ToDataFrame(), []);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using EcomAI.Charts.Pricing;
using EcomAI.Core.Pricing;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of the pricing results (pure).</summary>
internal static class PricingViews
{
    public static ResultView Of(PricingAnalysisResult result)
    {
        var products = result.Products;
        string period = result.Period?.ToString().ToLowerInvariant() ?? "period";
        var summary = new List<string>
        {
            "Price status: " + string.Join(", ", result.StatusCounts.OrderBy(kv => kv.Key).Select(kv => F($"{kv.Key} {kv.Value}"))),
            "Unit cost from: " + string.Join(", ", products.GroupBy(p => p.CostSource).OrderBy(g => g.Key).Select(g => F($"{g.Key} {g.Count()}"))),
        };
        var periods = products.Select(p => p.Estimate.N).Order().ToList();
        if (periods.Count > 0)
        {
            summary.Add(F($"Periods per product ({(result.Period is null ? "rows as given" : period + "s")}): {periods[0]} to {periods[^1]}, median {Median(periods):0.#}"));
        }

        int gaining = products.Count(p => p.Recommendation.ProfitChange > 0);
        int sure = products.Count(p => p.Recommendation.ProfitChangeLower > 0);
        summary.Add(F($"Sorted by expected gain (profit per {period} at the recommended price minus at today's, the last {period}'s price): ") +
            F($"{gaining} products gain, {sure} of them over the whole interval of b"));
        if (result.Exclusions.Total > 0)
        {
            summary.Add(result.Exclusions.Summary);
        }

        string title = F($"Pricing analysis: {products.Count} products") + (result.Period is null ? "" : F($", demand per {period}"));
        var byGain = result.ForProducts(result.ByExpectedGain.Select(p => p.ProductId));
        return new ResultView(title, summary, byGain.ToDataFrame(), [() => PricingCharts.ElasticityIntervals(result)]);
    }

    public static ResultView Of(PriceRecommendation recommendation)
    {
        string product = recommendation.ProductId is null ? "" : recommendation.ProductId + ": ";
        string price = double.IsFinite(recommendation.Price) ? F($"{recommendation.Price:G6}") : "none";
        var summary = new List<string> { recommendation.Message, recommendation.IntervalMessage };
        if (Range(recommendation) is { } range)
        {
            summary.Add(range);
        }

        if (double.IsFinite(recommendation.ProfitChange))
        {
            double level = recommendation.Estimate.ConfidenceLevel * 100;
            summary.Add(F($"What-if: today's price {recommendation.CurrentPrice:G6} -> {recommendation.Price:G6}: expected profit per period ") +
                F($"{recommendation.CurrentProfit:G6} -> {recommendation.ExpectedProfit:G6} (change {recommendation.ProfitChange:+0.###;-0.###;0}, ") +
                F($"{level:0.#}% interval {recommendation.ProfitChangeLower:+0.###;-0.###;0} to {recommendation.ProfitChangeUpper:+0.###;-0.###;0}); ") +
                F($"revenue {recommendation.CurrentRevenue:G6} -> {recommendation.ExpectedRevenue:G6}; quantity {recommendation.CurrentQuantity:G6} -> {recommendation.ExpectedQuantity:G6}"));
        }
        else if (double.IsFinite(recommendation.CurrentPrice))
        {
            summary.Add(F($"Today's price {recommendation.CurrentPrice:G6}: expected quantity {recommendation.CurrentQuantity:G6}, profit {recommendation.CurrentProfit:G6} per period"));
        }

        return new ResultView(
            F($"{product}recommended price {price} ({recommendation.Status})"),
            summary,
            recommendation.ToDataFrame(),
            [() => PricingCharts.ProfitCurve(recommendation)]);
    }

    public static ResultView Of(ProductPricingResult result)
    {
        var view = Of(result.Recommendation);
        string cost = double.IsFinite(result.Recommendation.UnitCost)
            ? F($"Unit cost {result.Recommendation.UnitCost:G6} ({result.CostSource}); observed revenue {result.ObservedRevenue:G6}")
            : F($"No unit cost ({result.CostSource}); observed revenue {result.ObservedRevenue:G6}");
        return view with { Summary = [.. view.Summary, cost], Tables = [new ResultTable(null, result.ToDataFrame())] };
    }

    /// <summary>"Allowed range [8, 36] (Observed, Observed); the upper bound set the price", or null without bounds.</summary>
    private static string? Range(PriceRecommendation r)
    {
        if (r.MinPrice is null && r.MaxPrice is null)
        {
            return null;
        }

        string lo = r.MinPrice is double min ? F($"{min:G6}") : "0", hi = r.MaxPrice is double max ? F($"{max:G6}") : "∞";
        string bound = r.BoundApplied switch
        {
            PriceBound.Min => "; its lower end set the price",
            PriceBound.Max => "; its upper end set the price",
            _ => "",
        };
        return F($"Allowed range [{lo}, {hi}] (lower end: {r.MinPriceSource}, upper end: {r.MaxPriceSource}){bound}");
    }

    private static double Median(List<int> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;

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

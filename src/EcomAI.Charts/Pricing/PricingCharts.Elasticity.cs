using EcomAI.Charts.Styling;
using EcomAI.Core.Pricing;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Pricing;

public static partial class PricingCharts
{
    /// <summary>Elasticity of every product of a pricing analysis with its confidence interval.</summary>
    /// <param name="result">The analysis.</param>
    /// <returns>See <see cref="ElasticityIntervals(IEnumerable{ElasticityEstimate})"/>.</returns>
    public static GenericChart ElasticityIntervals(PricingAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return ElasticityIntervals(result.Products.Select(p => p.Estimate));
    }

    /// <summary>
    /// One row per product: the elasticity b as a dot with its confidence interval as error bars, and a dashed
    /// line at b = −1 (left of it demand is elastic and profit has an interior optimum). Products without a
    /// usable estimate are left out and counted in the title.
    /// </summary>
    /// <param name="estimates">Estimates in the order to show them (top to bottom).</param>
    /// <returns>Traces "Elasticity b" (x = b, y = product, error_x = interval) and "Unit elasticity (b = −1)".</returns>
    /// <exception cref="ArgumentException">No estimate is usable, or two estimates have the same product id.</exception>
    public static GenericChart ElasticityIntervals(IEnumerable<ElasticityEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var all = estimates.ToList();
        var usable = all.Where(e => e.IsUsable).ToList();
        if (usable.Count == 0)
        {
            throw new ArgumentException(
                $"None of the {all.Count} estimates is usable, so there is no elasticity to chart.", nameof(estimates));
        }

        var names = usable.Select((e, i) => e.ProductId ?? $"(product {i + 1})").ToList();
        string? duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Product '{duplicate}' appears twice: pass one estimate per product.", nameof(estimates));
        }

        var dots = CSharpChart.Scatter<double, string, string>(
            usable.Select(e => e.B), names, StyleParam.Mode.Markers, Name: "Elasticity b");
        Trace t = ChartStyle.Only(dots);
        t.SetProperty("error_x", new Dictionary<string, object>
        {
            ["type"] = "data",
            ["symmetric"] = false,
            ["array"] = usable.Select(e => e.BUpper - e.B).ToArray(),
            ["arrayminus"] = usable.Select(e => e.B - e.BLower).ToArray(),
        });
        ChartStyle.HoverText(t, usable.Select((e, i) =>
            $"Product: {names[i]}<br>b = {Fmt.N(e.B, 3)}<br>{Level(e.ConfidenceLevel)} CI: {Fmt.N(e.BLower, 3)} to {Fmt.N(e.BUpper, 3)}"
            + $"<br>R² = {Fmt.N(e.RSquared, 3)}, n = {e.N}"));

        var unit = CSharpChart.Scatter<double, string, string>(
            [-1.0, -1.0], [names[0], names[^1]], StyleParam.Mode.Lines, Name: "Unit elasticity (b = −1)");
        Trace u = ChartStyle.Only(unit);
        u.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "rgba(80, 80, 80, 0.9)", ["width"] = 1.5 });
        ChartStyle.HoverText(u, "b = −1: left of this line demand is elastic and profit has an interior optimum");

        var levels = usable.Select(e => e.ConfidenceLevel).Distinct().ToList();
        string title = "Price elasticity by product"
            + (levels.Count == 1 ? $" with {Level(levels[0])} confidence intervals" : " with confidence intervals")
            + (all.Count > usable.Count ? $" ({all.Count - usable.Count} without a usable estimate not shown)" : string.Empty);
        var yAxis = new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = names.ToArray(),
            ["autorange"] = "reversed",
        };
        int height = Math.Clamp(160 + (28 * usable.Count), 320, 2400);
        return ChartStyle.Finish(
            CSharpChart.Combine([dots, unit]), title,
            "Price elasticity b (% change in quantity per 1% price rise)", "Product", yAxis: yAxis, height: height);
    }
}

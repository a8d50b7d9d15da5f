using EcomAI.Charts.Styling;
using EcomAI.Core.Pricing;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Pricing;

public static partial class PricingCharts
{
    /// <summary>Default number of products in <see cref="ElasticityIntervals(PricingAnalysisResult, int)"/>: a readable chart (about 1,500 px high).</summary>
    public const int DefaultMaxElasticityProducts = 50;

    /// <summary>
    /// The elasticity of the products that sold the most, with confidence intervals: at most <paramref name="maxProducts"/>
    /// products with a usable estimate, those with the largest <see cref="ProductPricingResult.ObservedRevenue"/> (ties by
    /// id), sorted by b (most elastic on top). The title's note says how many were chosen from how many.
    /// </summary>
    /// <param name="result">The analysis (use <see cref="PricingAnalysisResult.ForProducts"/> to chart a selection).</param>
    /// <param name="maxProducts">At most this many products (≥ 1); default <see cref="DefaultMaxElasticityProducts"/>.</param>
    /// <returns>See <see cref="ElasticityIntervals(IEnumerable{ElasticityEstimate})"/>, including the clipped axis.</returns>
    /// <exception cref="ArgumentException">No product has a usable estimate.</exception>
    public static GenericChart ElasticityIntervals(PricingAnalysisResult result, int maxProducts = DefaultMaxElasticityProducts)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxProducts, 1);
        var usable = result.Products.Where(p => p.Estimate.IsUsable).ToList();
        var shown = usable
            .OrderByDescending(p => p.ObservedRevenue).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Take(maxProducts)
            .OrderBy(p => p.Estimate.B).ThenBy(p => p.ProductId, StringComparer.Ordinal)
            .Select(p => p.Estimate)
            .ToList();
        var notes = new List<string>();
        if (shown.Count < usable.Count)
        {
            notes.Add($"the {Fmt.I(shown.Count)} of {Fmt.I(usable.Count)} products with the largest observed revenue, sorted by b");
        }

        return Intervals(shown, result.Products.Count - usable.Count, notes, nameof(result));
    }

    /// <summary>
    /// One row per product: the elasticity b as a dot with its confidence interval as error bars, and a dashed line at
    /// b = −1 (left of it demand is elastic and profit has an interior optimum). Products without a usable estimate are
    /// left out and counted in the title.
    /// </summary>
    /// <param name="estimates">Estimates in the order to show them (top to bottom).</param>
    /// <returns>
    /// Traces "Elasticity b" (x = b, y = product, error_x = interval) and "Unit elasticity (b = −1)". The x axis is
    /// clipped so a few huge intervals (products with few periods) cannot squash the rest: it spans the intervals, but no
    /// further than the window [min(−5, ⌊q₀.₀₅⌋), max(1, ⌈q₀.₉₅⌉)] of the shown b (quantiles by linear interpolation),
    /// plus 5 % of its width each side. Dots and bars beyond the axis are drawn to its edge (a dot as a triangle pointing
    /// out), the hover text keeps the true values, and the title states how many intervals reach beyond it.
    /// </returns>
    /// <exception cref="ArgumentException">No estimate is usable, or two estimates have the same product id.</exception>
    public static GenericChart ElasticityIntervals(IEnumerable<ElasticityEstimate> estimates)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        var all = estimates.ToList();
        var usable = all.Where(e => e.IsUsable).ToList();
        return Intervals(usable, all.Count - usable.Count, [], nameof(estimates));
    }

    private static GenericChart Intervals(List<ElasticityEstimate> usable, int unusable, List<string> notes, string parameter)
    {
        if (usable.Count == 0)
        {
            throw new ArgumentException(
                $"None of the {usable.Count + unusable} estimates is usable, so there is no elasticity to chart.", parameter);
        }

        var names = usable.Select((e, i) => e.ProductId ?? $"(product {i + 1})").ToList();
        string? duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Product '{duplicate}' appears twice: pass one estimate per product.", parameter);
        }

        // An interval the fit could not give (NaN ends) is drawn as the dot alone.
        double[] b = usable.Select(e => e.B).ToArray();
        double[] lower = usable.Select(e => double.IsNaN(e.BLower) ? e.B : e.BLower).ToArray();
        double[] upper = usable.Select(e => double.IsNaN(e.BUpper) ? e.B : e.BUpper).ToArray();
        var (lo, hi) = ClippedAxis(b, lower, upper);
        int clipped = 0;
        double[] x = new double[b.Length], plus = new double[b.Length], minus = new double[b.Length];
        string[] symbols = new string[b.Length];
        for (int i = 0; i < b.Length; i++)
        {
            clipped += lower[i] < lo || upper[i] > hi ? 1 : 0;
            x[i] = Math.Clamp(b[i], lo, hi);
            plus[i] = Math.Clamp(upper[i], lo, hi) - x[i];
            minus[i] = x[i] - Math.Clamp(lower[i], lo, hi);
            symbols[i] = b[i] < lo ? "triangle-left" : b[i] > hi ? "triangle-right" : "circle";
        }

        var dots = CSharpChart.Scatter<double, string, string>(x, names, StyleParam.Mode.Markers, Name: "Elasticity b");
        Trace t = ChartStyle.Only(dots);
        t.SetProperty("error_x", new Dictionary<string, object>
        {
            ["type"] = "data",
            ["symmetric"] = false,
            ["array"] = plus,
            ["arrayminus"] = minus,
        });
        t.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = symbols, ["size"] = 8 });
        ChartStyle.HoverText(t, usable.Select((e, i) =>
            $"Product: {names[i]}<br>b = {Fmt.N(e.B, 3)}<br>{Level(e.ConfidenceLevel)} CI: {Fmt.N(e.BLower, 3)} to {Fmt.N(e.BUpper, 3)}"
            + $"<br>R² = {Fmt.N(e.RSquared, 3)}, n = {e.N}"
            + (lower[i] < lo || upper[i] > hi ? "<br>(reaches beyond the axis)" : string.Empty)));

        var unit = CSharpChart.Scatter<double, string, string>(
            [-1.0, -1.0], [names[0], names[^1]], StyleParam.Mode.Lines, Name: "Unit elasticity (b = −1)");
        Trace u = ChartStyle.Only(unit);
        u.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "rgba(80, 80, 80, 0.9)", ["width"] = 1.5 });
        ChartStyle.HoverText(u, "b = −1: left of this line demand is elastic and profit has an interior optimum");

        if (unusable > 0)
        {
            notes.Add($"{Fmt.I(unusable)} without a usable estimate not shown");
        }

        if (clipped > 0)
        {
            notes.Add($"axis clipped to [{Fmt.N(lo, 2)}, {Fmt.N(hi, 2)}]: {Fmt.I(clipped)} of {Fmt.I(usable.Count)} intervals reach beyond it (hover for the true values)");
        }

        var levels = usable.Select(e => e.ConfidenceLevel).Distinct().ToList();
        string title = "Price elasticity by product"
            + (levels.Count == 1 ? $" with {Level(levels[0])} confidence intervals" : " with confidence intervals")
            + string.Concat(notes.Select(n => "<br><sub>" + n + "</sub>"));
        var xAxis = new Dictionary<string, object> { ["range"] = new[] { lo, hi } };
        var yAxis = new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = names.ToArray(),
            ["autorange"] = "reversed",
        };
        // One line per note under the title: the top margin grows with them so the notes never overlap the plot.
        int height = Math.Clamp(180 + (28 * usable.Count) + (18 * notes.Count), 320, 2400);
        var margin = new Dictionary<string, object> { ["margin"] = new Dictionary<string, object> { ["t"] = 80 + (18 * notes.Count) } };
        return ChartStyle.Finish(
            CSharpChart.Combine([dots, unit]), title,
            "Price elasticity b (% change in quantity per 1% price rise)", "Product", xAxis: xAxis, yAxis: yAxis, height: height, extraLayout: margin);
    }

    /// <summary>The x range: the intervals, within the window [min(−5, ⌊q₀.₀₅(b)⌋), max(1, ⌈q₀.₉₅(b)⌉)], with −1 inside and 5 % padding.</summary>
    internal static (double Lo, double Hi) ClippedAxis(double[] b, double[] lower, double[] upper)
    {
        double[] sorted = [.. b.Order()];
        double windowLo = Math.Min(-5, Math.Floor(Quantile(sorted, 0.05)));
        double windowHi = Math.Max(1, Math.Ceiling(Quantile(sorted, 0.95)));
        double lo = Math.Min(Math.Max(windowLo, lower.Min()), -1);
        double hi = Math.Max(Math.Min(windowHi, upper.Max()), -1);
        double pad = 0.05 * Math.Max(hi - lo, 0.1);
        return (lo - pad, hi + pad);
    }

    /// <summary>Quantile of sorted values by linear interpolation (NumPy's default, Hyndman–Fan type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        double h = (sorted.Length - 1) * q;
        int i = (int)Math.Floor(h);
        return i + 1 < sorted.Length ? sorted[i] + ((h - i) * (sorted[i + 1] - sorted[i])) : sorted[i];
    }
}

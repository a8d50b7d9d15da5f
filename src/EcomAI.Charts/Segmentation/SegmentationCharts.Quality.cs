using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// Inertia (left axis, the elbow) and mean silhouette (right axis) against K, with the recommended K marked on the
    /// silhouette line, the K whose smallest segment is below the minimum share marked apart, and the rule, the best
    /// runner-up and any skipped K in the title.
    /// </summary>
    /// <param name="report">The K search.</param>
    /// <returns>
    /// Traces "Inertia", "Mean silhouette" (on <c>yaxis2</c>), "Recommended K = k", then "Smallest segment below m %"
    /// (on <c>yaxis2</c>) when some evaluated K is not eligible.
    /// </returns>
    /// <exception cref="ArgumentException">The report has no rows or its recommended K is not among them.</exception>
    public static GenericChart QualityByK(ClusterQualityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Rows.OrderBy(r => r.K).ToList();
        ClusterQualityRow? best = rows.FirstOrDefault(r => r.K == report.RecommendedK);
        if (rows.Count == 0 || best is null)
        {
            throw new ArgumentException(
                $"The quality report has {rows.Count} rows and recommends K = {report.RecommendedK}, which is not among them.", nameof(report));
        }

        var inertia = CSharpChart.Scatter<int, double, string>(
            rows.Select(r => r.K), rows.Select(r => r.Inertia), StyleParam.Mode.Lines_Markers, Name: "Inertia");
        ChartStyle.HoverText(ChartStyle.Only(inertia), rows.Select(r =>
            $"K = {r.K} ({report.StatusOf(r.K)})<br>Inertia: {Fmt.N(r.Inertia, 1)}<br>Silhouette: {Fmt.N(r.Silhouette, 3)}"
            + $"<br>Calinski–Harabasz: {Fmt.N(r.CalinskiHarabasz, 1)}<br>Davies–Bouldin: {Fmt.N(r.DaviesBouldin, 3)}"
            + $"<br>Smallest segment: {Fmt.Pct(r.SmallestShare)} of customers"));

        var silhouette = CSharpChart.Scatter<int, double, string>(
            rows.Select(r => r.K), rows.Select(r => r.Silhouette), StyleParam.Mode.Lines_Markers, Name: "Mean silhouette");
        Trace s = ChartStyle.Only(silhouette);
        s.SetProperty("yaxis", "y2");
        ChartStyle.HoverText(s, rows.Select(r => $"K = {r.K} ({report.StatusOf(r.K)})<br>Mean silhouette: {Fmt.N(r.Silhouette, 3)}"));

        var marker = CSharpChart.Scatter<int, double, string>(
            [best.K], [best.Silhouette], StyleParam.Mode.Markers, Name: $"Recommended K = {best.K}");
        Trace m = ChartStyle.Only(marker);
        m.SetProperty("yaxis", "y2");
        m.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "star", ["size"] = 18 });
        ChartStyle.HoverText(m, [$"Recommended K = {best.K}<br>{report.Rule}<br>Mean silhouette: {Fmt.N(best.Silhouette, 3)}"]);
        var charts = new List<GenericChart> { inertia, silhouette, marker };

        var small = rows.Where(r => !r.Eligible).ToList();
        if (small.Count > 0 && !report.NoKEligible)
        {
            string share = Fmt.Pct(report.MinSegmentShare);
            var excluded = CSharpChart.Scatter<int, double, string>(
                small.Select(r => r.K), small.Select(r => r.Silhouette), StyleParam.Mode.Markers, Name: $"Smallest segment below {share}");
            Trace x = ChartStyle.Only(excluded);
            x.SetProperty("yaxis", "y2");
            x.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "x", ["size"] = 14 });
            ChartStyle.HoverText(x, small.Select(r => $"K = {r.K}: smallest segment {Fmt.Pct(r.SmallestShare)} of customers (below {share}), not chosen"));
            charts.Add(excluded);
        }

        string sampled = report.SilhouetteSampled ? $"; silhouette on a sample of {Fmt.I(report.SilhouettePoints)} customers" : string.Empty;
        string runnerUp = report.RunnerUps.Count > 0 ? $"; runner-up K = {report.RunnerUps[0].K} ({Fmt.N(report.RunnerUps[0].Silhouette, 3)})" : string.Empty;
        string skipped = report.Skipped.Count > 0 ? $"; skipped K = {string.Join(", ", report.Skipped.Select(k => k.K))}" : string.Empty;
        var extra = new Dictionary<string, object>
        {
            ["yaxis2"] = ChartStyle.Axis("Mean silhouette (−1 to 1, higher is better)", new Dictionary<string, object>
            {
                ["overlaying"] = "y",
                ["side"] = "right",
                ["showgrid"] = false,
            }),
            ["legend"] = new Dictionary<string, object> { ["x"] = 1.08, ["xanchor"] = "left" },
        };
        return ChartStyle.Finish(
            CSharpChart.Combine(charts),
            $"Choosing K: recommended K = {best.K} ({Fmt.N(best.Silhouette, 3)}){runnerUp}{skipped} — {report.Rule}{sampled}",
            "Number of segments K", "Inertia (within-segment sum of squares, scaled units)",
            xAxis: new Dictionary<string, object> { ["dtick"] = 1 },
            extraLayout: extra);
    }
}

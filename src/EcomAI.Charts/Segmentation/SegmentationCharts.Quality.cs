using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// Inertia (left axis, the elbow) and mean silhouette (right axis) against K, with the recommended K marked
    /// on the silhouette line and the rule that chose it in the title.
    /// </summary>
    /// <param name="report">The K search.</param>
    /// <returns>Traces "Inertia", "Mean silhouette" (on <c>yaxis2</c>) and "Recommended K = k".</returns>
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
            $"K = {r.K}<br>Inertia: {Fmt.N(r.Inertia, 1)}<br>Silhouette: {Fmt.N(r.Silhouette, 3)}"
            + $"<br>Calinski–Harabasz: {Fmt.N(r.CalinskiHarabasz, 1)}<br>Davies–Bouldin: {Fmt.N(r.DaviesBouldin, 3)}"));

        var silhouette = CSharpChart.Scatter<int, double, string>(
            rows.Select(r => r.K), rows.Select(r => r.Silhouette), StyleParam.Mode.Lines_Markers, Name: "Mean silhouette");
        Trace s = ChartStyle.Only(silhouette);
        s.SetProperty("yaxis", "y2");
        ChartStyle.HoverText(s, rows.Select(r => $"K = {r.K}<br>Mean silhouette: {Fmt.N(r.Silhouette, 3)}"));

        var marker = CSharpChart.Scatter<int, double, string>(
            [best.K], [best.Silhouette], StyleParam.Mode.Markers, Name: $"Recommended K = {best.K}");
        Trace m = ChartStyle.Only(marker);
        m.SetProperty("yaxis", "y2");
        m.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "star", ["size"] = 18 });
        ChartStyle.HoverText(m, [$"Recommended K = {best.K}<br>{report.Rule}<br>Mean silhouette: {Fmt.N(best.Silhouette, 3)}"]);

        string sampled = report.SilhouetteSampled ? $"; silhouette on a sample of {Fmt.I(report.SilhouettePoints)} customers" : string.Empty;
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
            CSharpChart.Combine([inertia, silhouette, marker]),
            $"Choosing K: inertia and silhouette (recommended K = {best.K}: {report.Rule}{sampled})",
            "Number of segments K", "Inertia (within-segment sum of squares, scaled units)",
            xAxis: new Dictionary<string, object> { ["dtick"] = 1 },
            extraLayout: extra);
    }
}

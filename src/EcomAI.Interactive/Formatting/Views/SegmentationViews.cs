using System.Globalization;
using EcomAI.Charts.Segmentation;
using EcomAI.Core.Segmentation;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of the segmentation results (pure).</summary>
internal static class SegmentationViews
{
    public static ResultView Of(SegmentationResult result)
    {
        var summary = new List<string>
        {
            string.Join("; ", result.Profiles.Select(p => F($"{p.Label}: {p.Size} ({p.Share * 100:0}%)"))),
        };
        var charts = new List<Func<Plotly.NET.GenericChart>>
        {
            () => SegmentationCharts.CustomerMap(result),
            () => SegmentationCharts.SegmentProfiles(result),
        };
        if (result.Quality is { } quality)
        {
            summary.Add(F($"K = {quality.RecommendedK} chosen automatically: {quality.Rule}"));
            charts.Add(() => SegmentationCharts.QualityByK(quality));
        }

        return new ResultView(
            F($"Segmentation: {result.K} segments of {result.Customers.Count} customers"),
            summary,
            [new ResultTable("Segment profiles", result.ProfilesToDataFrame()), new ResultTable("Customers (ToDataFrame())", result.ToDataFrame(), 10)],
            charts);
    }

    public static ResultView Of(ClusterQualityReport report) =>
        new(F($"Choosing K: recommended K = {report.RecommendedK}"), [report.Rule], report.ToDataFrame(), [() => SegmentationCharts.QualityByK(report)]);

    public static ResultView Of(RfmTable rfm) =>
        new(F($"RFM of {rfm.Count} customers as of {rfm.AsOf:yyyy-MM-dd}"), [], rfm.ToDataFrame(), [() => SegmentationCharts.RfmGrid(rfm)]);

    public static ResultView Of(KMeansModel model) =>
        new(F($"K-means: K = {model.K}, inertia {model.Inertia:G6}, {model.Iterations} iterations{(model.Converged ? "" : " (not converged)")}"), [], model.ToDataFrame(), []);

    public static ResultView Of(TransactionData transactions) =>
        new(F($"Transactions: {transactions.Count} rows"), [], transactions.ToDataFrame(), []);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

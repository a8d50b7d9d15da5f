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
            result.Choice,
            string.Join("; ", result.Profiles.Select(p => F($"{p.Label}: {p.Size} ({p.Share * 100:0}%)"))),
        };
        if (result.Rfm.Exclusions.Any)
        {
            summary.Add(result.Rfm.Exclusions.Summary);
        }

        var charts = new List<Func<Plotly.NET.GenericChart>>
        {
            () => SegmentationCharts.CustomerMap(result),
            () => SegmentationCharts.SegmentProfiles(result),
            () => SegmentationCharts.RfmMap(result),
        };
        if (result.Quality is { } quality)
        {
            charts.Add(() => SegmentationCharts.QualityByK(quality));
        }

        return new ResultView(
            F($"Segmentation: {result.K} segments of {result.Customers.Count} customers"),
            summary,
            [new ResultTable("Segment profiles", result.ProfilesToDataFrame()), new ResultTable("Customers (ToDataFrame())", result.ToDataFrame(), 10)],
            charts);
    }

    public static ResultView Of(ClusterQualityReport report) =>
        new(F($"Choosing K: recommended K = {report.RecommendedK}"), [report.Explanation], report.ToDataFrame(), [() => SegmentationCharts.QualityByK(report)]);

    public static ResultView Of(SegmentMovement movement) =>
        new(F($"Segment movement {movement.FromDate:yyyy-MM-dd} → {movement.ToDate:yyyy-MM-dd}"),
            [movement.Summary, movement.From.Choice],
            [new ResultTable("Transition table (rows: segment at the first date)", movement.ToMatrixDataFrame()), new ResultTable("Each customer's move (ToDataFrame())", movement.ToDataFrame(), 10)],
            [() => SegmentationCharts.TransitionHeatmap(movement), () => SegmentationCharts.MovementSankey(movement)]);

    public static ResultView Of(RfmTable rfm) =>
        new(F($"RFM of {rfm.Count} customers as of {rfm.AsOf:yyyy-MM-dd}"), rfm.Exclusions.Any ? [rfm.Exclusions.Summary] : [], rfm.ToDataFrame(),
            [() => SegmentationCharts.RfmGrid(rfm), () => SegmentationCharts.RfmMap(rfm)]);

    public static ResultView Of(KMeansModel model) =>
        new(F($"K-means: K = {model.K}, inertia {model.Inertia:G6}, {model.Iterations} iterations{(model.Converged ? "" : " (not converged)")}"), [], model.ToDataFrame(), []);

    public static ResultView Of(TransactionData transactions) =>
        new(F($"Transactions: {transactions.Count} rows"), [], transactions.ToDataFrame(), []);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

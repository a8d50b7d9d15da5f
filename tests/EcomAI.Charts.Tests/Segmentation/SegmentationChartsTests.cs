using System.Text.Json.Nodes;
using EcomAI.Charts.Json;
using EcomAI.Charts.Segmentation;
using EcomAI.Core.Segmentation;

namespace EcomAI.Charts.Tests.Segmentation;

public class SegmentationChartsTests
{
    private const double Tol = 1e-9;

    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static string Name(JsonObject trace) => trace["name"]!.GetValue<string>();

    /// <summary>
    /// Eight customers on a line in RFM space: (recency, frequency, monetary) = t·(10, 1, 100), t = 1..8.
    /// Two well separated groups (t = 1..4 and 5..8 are not separated, but K-means with K = 2 splits the line in halves).
    /// </summary>
    private static RfmTable CollinearRfm()
    {
        var customers = Enumerable.Range(1, 8).Select(t => new RfmRecord(
            $"c{t}", new DateTime(2024, 1, 1), 10 * t, t, 100.0 * t, RScore: 6 - ((t + 1) / 2), FScore: (t + 1) / 2, MScore: (t + 1) / 2)).ToList();
        return new RfmTable(customers, new DateTime(2024, 6, 1), MonetaryKind.Total, true, 0, 0);
    }

    private static SegmentationResult CollinearSegments() =>
        CustomerSegmentation.Fit(CollinearRfm(), new SegmentationOptions { K = 2, Log1p = false, Scaling = FeatureScaling.ZScore, Seed = 1 });

    [Fact]
    public void CustomerMap_CollinearCustomers_PC1ExplainsEverythingAndCoordinatesAreHandComputed()
    {
        var result = CollinearSegments();

        var chart = SegmentationCharts.CustomerMap(result);

        Assert.Equal("PC1 (100.0% of variance, scaled units)", ChartJson.AxisTitle(chart, "xaxis"));
        Assert.Equal("PC2 (0.0% of variance, scaled units)", ChartJson.AxisTitle(chart, "yaxis"));
        Assert.Contains("100.0% of variance shown", ChartJson.Title(chart), StringComparison.Ordinal);

        // z-scores (population σ of t = √5.25) are equal in all three features: z = (t − 4.5)/√5.25 · (1, 1, 1),
        // so the PC1 coordinate is √3·(t − 4.5)/√5.25 (loading (1, 1, 1)/√3, sign positive) and PC2 is 0.
        var traces = ChartJson.Traces(chart);
        var points = traces.Take(2).SelectMany(t =>
            Numbers(t["x"]).Zip(Numbers(t["y"]), t["text"]!.AsArray().Select(s => s!.GetValue<string>())));
        foreach (var (x, y, text) in points)
        {
            int tValue = int.Parse(text.Split("<br>")[0].Replace("Customer c", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Math.Sqrt(3) * (tValue - 4.5) / Math.Sqrt(5.25), x, 1e-9);
            Assert.Equal(0.0, y, 1e-9);
        }
    }

    [Fact]
    public void CustomerMap_Segments_OneTracePerSegmentPlusCentresAtTheMembersMean()
    {
        var result = CollinearSegments();

        var traces = ChartJson.Traces(SegmentationCharts.CustomerMap(result));

        Assert.Equal(3, traces.Count);
        Assert.Equal("Segment centres", Name(traces[2]));
        var profiles = result.Profiles.OrderBy(p => p.Segment).ToList();
        for (int s = 0; s < 2; s++)
        {
            Assert.Equal($"{profiles[s].Segment}: {profiles[s].Label} ({profiles[s].Size})", Name(traces[s]));
            double[] xs = Numbers(traces[s]["x"]);
            Assert.Equal(profiles[s].Size, xs.Length);
            // A K-means centre is the mean of its members, and projection is affine: the centre's projection is the members' mean.
            Assert.Equal(xs.Average(), Numbers(traces[2]["x"])[s], 1e-9);
        }

        Assert.Equal(8, traces.Take(2).Sum(t => Numbers(t["x"]).Length));
    }

    [Fact]
    public void CustomerMap_MorePointsThanCap_DrawsEveryKthAndSaysSo()
    {
        var chart = SegmentationCharts.CustomerMap(CollinearSegments(), maxPoints: 3);

        var traces = ChartJson.Traces(chart);
        // ⌈8 / 3⌉ = 3: customers at rows 0, 3 and 6 are drawn.
        Assert.Equal(3, traces.Take(2).Sum(t => Numbers(t["x"]).Length));
        Assert.Contains("1 in 3 of 8 customers drawn", ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void QualityByK_Report_InertiaAndSilhouetteOnTwoAxesWithRecommendedKMarked()
    {
        var report = new ClusterQualityReport(
            [new ClusterQualityRow(2, 100, 0.40, 50, 0.9), new ClusterQualityRow(3, 60, 0.55, 70, 0.7), new ClusterQualityRow(4, 45, 0.50, 65, 0.8)],
            RecommendedK: 3, Rule: ClusterQualityReport.HighestSilhouetteRule, SilhouetteSampled: false, SilhouettePoints: 500);

        var chart = SegmentationCharts.QualityByK(report);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Inertia", "Mean silhouette", "Recommended K = 3"], traces.Select(Name));
        Assert.Equal([2.0, 3, 4], Numbers(traces[0]["x"]));
        Assert.Equal([100.0, 60, 45], Numbers(traces[0]["y"]));
        Assert.Equal([0.40, 0.55, 0.50], Numbers(traces[1]["y"]));
        Assert.Equal("y2", traces[1]["yaxis"]!.GetValue<string>());
        Assert.Equal([3.0], Numbers(traces[2]["x"]));
        Assert.Equal([0.55], Numbers(traces[2]["y"]));
        var layout = ChartJson.Layout(chart);
        Assert.Equal("y", layout["yaxis2"]!["overlaying"]!.GetValue<string>());
        Assert.StartsWith("Mean silhouette", layout["yaxis2"]!["title"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Number of segments K", ChartJson.AxisTitle(chart, "xaxis"));
        Assert.StartsWith("Inertia", ChartJson.AxisTitle(chart, "yaxis"), StringComparison.Ordinal);
        Assert.Contains(ClusterQualityReport.HighestSilhouetteRule, ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void QualityByK_RecommendedKMissing_Throws()
    {
        var report = new ClusterQualityReport([new ClusterQualityRow(2, 1, 0.5, 1, 1)], 5, "rule", false, 10);
        Assert.Throws<ArgumentException>(() => SegmentationCharts.QualityByK(report));
    }

    [Fact]
    public void SegmentProfiles_Result_ThreePanelsOfMembersMeansInOriginalUnits()
    {
        var result = CollinearSegments();

        var chart = SegmentationCharts.SegmentProfiles(result);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Mean recency (days)", "Mean frequency (orders)", "Mean monetary (Total, currency)"], traces.Select(Name));
        Assert.Equal(["x", "x2", "x3"], traces.Select(t => t["xaxis"]!.GetValue<string>()));
        Assert.Equal(["y", "y2", "y3"], traces.Select(t => t["yaxis"]!.GetValue<string>()));
        // Expected values computed here from the members, independently of the profile code.
        var segments = result.Profiles.OrderBy(p => p.Segment).Select(p => p.Segment).ToList();
        double Mean(int segment, Func<CustomerSegment, double> f) => result.Customers.Where(c => c.Segment == segment).Average(f);
        Assert.Equal(segments.Select(s => Mean(s, c => c.RecencyDays)), Numbers(traces[0]["y"]));
        Assert.Equal(segments.Select(s => Mean(s, c => c.Frequency)), Numbers(traces[1]["y"]));
        Assert.Equal(segments.Select(s => Mean(s, c => c.Monetary)), Numbers(traces[2]["y"]));
        var layout = ChartJson.Layout(chart);
        Assert.Equal("Mean frequency (orders)", layout["yaxis2"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal(3, layout["grid"]!["columns"]!.GetValue<int>());
    }

    [Fact]
    public void RfmGrid_Table_CountsCustomersPerRecencyAndFrequencyScore()
    {
        static RfmRecord C(string id, int r, int f, double m) => new(id, new DateTime(2024, 1, 1), 1, 1, m, r, f, 3);
        var rfm = new RfmTable(
            [C("a", 5, 5, 100), C("b", 5, 5, 300), C("c", 1, 2, 10), C("d", 3, 5, 50)],
            new DateTime(2024, 6, 1), MonetaryKind.Total, true, 0, 0);

        var chart = SegmentationCharts.RfmGrid(rfm);

        var trace = ChartJson.Traces(chart).Single();
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        Assert.Equal([1.0, 2, 3, 4, 5], Numbers(trace["x"]));
        var z = trace["z"]!.AsArray().Select(Numbers).ToArray();
        // Row = F score − 1, column = R score − 1.
        Assert.Equal(2.0, z[4][4]);
        Assert.Equal(1.0, z[1][0]);
        Assert.Equal(1.0, z[4][2]);
        Assert.Equal(4.0, z.Sum(row => row.Sum()));
        Assert.Contains("Mean monetary (Total): 200.00", trace["text"]![4]![4]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Mean monetary (Total): n/a", trace["text"]![0]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Recency score R (5 = most recent)", ChartJson.AxisTitle(chart, "xaxis"));
        Assert.Equal("Frequency score F (5 = most orders)", ChartJson.AxisTitle(chart, "yaxis"));
    }
}

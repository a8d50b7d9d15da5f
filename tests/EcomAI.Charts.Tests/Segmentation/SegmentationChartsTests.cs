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
        return new RfmTable(customers, new DateTime(2024, 6, 1), MonetaryKind.Total, true, RfmExclusions.None);
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

    private static ClusterQualityReport Report(int recommended, params ClusterQualityRow[] rows) =>
        new(MinK: 2, MaxK: 5, rows, [new SkippedK(5, "more than the 4 distinct points")], recommended, MinSegmentShare: 0.02,
            NoKEligible: false, SilhouetteSampled: false, SilhouettePoints: 500);

    [Fact]
    public void QualityByK_Report_InertiaAndSilhouetteOnTwoAxesWithRecommendedAndIneligibleKMarked()
    {
        var report = Report(3,
            new ClusterQualityRow(2, 100, 0.40, 50, 0.9, 0.40, true),
            new ClusterQualityRow(3, 60, 0.55, 70, 0.7, 0.20, true),
            new ClusterQualityRow(4, 45, 0.60, 65, 0.8, 0.01, false));

        var chart = SegmentationCharts.QualityByK(report);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Inertia", "Mean silhouette", "Recommended K = 3", "Smallest segment below 2.0%"], traces.Select(Name));
        Assert.Equal([2.0, 3, 4], Numbers(traces[0]["x"]));
        Assert.Equal([100.0, 60, 45], Numbers(traces[0]["y"]));
        Assert.Equal([0.40, 0.55, 0.60], Numbers(traces[1]["y"]));
        Assert.Equal("y2", traces[1]["yaxis"]!.GetValue<string>());
        Assert.Equal([3.0], Numbers(traces[2]["x"]));
        Assert.Equal([0.55], Numbers(traces[2]["y"]));
        Assert.Equal([4.0], Numbers(traces[3]["x"])); // best silhouette, but its smallest segment holds 1 %
        var layout = ChartJson.Layout(chart);
        Assert.Equal("y", layout["yaxis2"]!["overlaying"]!.GetValue<string>());
        Assert.StartsWith("Mean silhouette", layout["yaxis2"]!["title"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Number of segments K", ChartJson.AxisTitle(chart, "xaxis"));
        Assert.StartsWith("Inertia", ChartJson.AxisTitle(chart, "yaxis"), StringComparison.Ordinal);
        Assert.Contains("recommended K = 3 (0.550); runner-up K = 2 (0.400); skipped K = 5", ChartJson.Title(chart), StringComparison.Ordinal);
        Assert.Contains(report.Rule, ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void QualityByK_RecommendedKMissing_Throws()
    {
        var report = Report(5, new ClusterQualityRow(2, 1, 0.5, 1, 1, 0.5, true));
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
            new DateTime(2024, 6, 1), MonetaryKind.Total, true, RfmExclusions.None);

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

    [Fact]
    public void RfmMap_Table_CountsPerRecencyAndFmCellLabelledWithTheSegment()
    {
        // FM = ⌊(F + M + 1) / 2⌋: a (5, 5, 5) → FM 5; b (5, 4, 5) → 5; c (1, 2, 1) → 2; d (3, 1, 2) → 2.
        static RfmRecord C(string id, int r, int f, int m) => new(id, new DateTime(2024, 1, 1), 1, 1, 10, r, f, m);
        var rfm = new RfmTable([C("a", 5, 5, 5), C("b", 5, 4, 5), C("c", 1, 2, 1), C("d", 3, 1, 2)],
            new DateTime(2024, 6, 1), MonetaryKind.Total, true, RfmExclusions.None);

        var chart = SegmentationCharts.RfmMap(rfm);

        var trace = ChartJson.Traces(chart).Single();
        var z = trace["z"]!.AsArray().Select(Numbers).ToArray();
        // Row = R − 1, column = FM − 1.
        Assert.Equal(2.0, z[4][4]);
        Assert.Equal(1.0, z[0][1]);
        Assert.Equal(1.0, z[2][1]);
        Assert.Equal(4.0, z.Sum(row => row.Sum()));
        var annotations = ChartJson.Layout(chart)["annotations"]!.AsArray();
        Assert.Equal(25, annotations.Count);
        string Label(int r, int fm) => annotations.Single(a => a!["x"]!.GetValue<int>() == fm && a["y"]!.GetValue<int>() == r)!["text"]!.GetValue<string>();
        Assert.Equal("Champions<br>2", Label(5, 5));
        Assert.Equal("Lost<br>1", Label(1, 2));
        Assert.Equal("About to sleep<br>1", Label(3, 2));
        Assert.Equal("Can't lose them<br>0", Label(1, 5));
        Assert.Equal("Recency score R (5 = most recent)", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void RfmMap_KMeansResult_MarksEachSegmentInTheCellThatNamedIt()
    {
        var result = CollinearSegments();

        var traces = ChartJson.Traces(SegmentationCharts.RfmMap(result));

        Assert.Equal(["Customers", "Segment centres"], traces.Select(Name));
        var x = Numbers(traces[1]["x"]);
        var y = Numbers(traces[1]["y"]);
        var profiles = result.Profiles.OrderBy(p => p.Segment).ToList();
        for (int s = 0; s < profiles.Count; s++)
        {
            Assert.Equal(profiles[s].FmScore, Math.Round(x[s]));
            Assert.Equal(profiles[s].RScore, Math.Round(y[s]));
        }
    }

    [Fact]
    public void TransitionHeatmap_And_Sankey_CarryTheTransitionCounts()
    {
        // Two dates of a hand-made shop: A keeps buying, B stops; the map places them at both dates.
        const string csv = "customer_id,date,amount\nA,2024-01-01,100\nA,2024-05-30,100\nB,2024-01-02,10\nC,2024-01-03,50\nC,2024-03-01,20\nD,2024-05-01,5\n";
        var movement = CustomerSegmentation.Compare(TransactionReader.FromCsvText(csv), new DateTime(2024, 2, 1), new DateTime(2024, 6, 1),
            new SegmentationOptions { Method = SegmentationMethod.RfmMap });

        var heat = ChartJson.Traces(SegmentationCharts.TransitionHeatmap(movement)).Single();
        var rows = heat["y"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        var columns = heat["x"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        var z = heat["z"]!.AsArray().Select(Numbers).ToArray();
        foreach (var t in movement.Transitions)
        {
            Assert.Equal(t.ShareOfFrom, z[rows.IndexOf(t.FromLabel)][columns.IndexOf(t.ToLabel)], 12);
            string written = heat["text"]![rows.IndexOf(t.FromLabel)]![columns.IndexOf(t.ToLabel)]!.GetValue<string>();
            Assert.Equal(t.Count == 0 ? string.Empty : t.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), written);
        }

        var sankey = ChartJson.Traces(SegmentationCharts.MovementSankey(movement)).Single();
        Assert.Equal("sankey", sankey["type"]!.GetValue<string>());
        var values = Numbers(sankey["link"]!["value"]);
        Assert.Equal(movement.Moves.Count, values.Sum());
        Assert.Equal(movement.Transitions.Count(t => t.Count > 0), values.Length);
        var labels = sankey["node"]!["label"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Contains(SegmentMovement.NotYetCustomer, labels); // D bought first in May
    }
}

using System.Text.Json.Nodes;
using EcomAI.Charts.CustomerValue;
using EcomAI.Charts.Json;
using EcomAI.Core.CustomerValue;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Charts.Tests.CustomerValue;

public class CustomerValueChartsTests
{
    private static readonly Lazy<CustomerValueResult> Result = new(() =>
        CustomerValueAnalysis.Run(
            BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 3000, Seed = 4 }).Transactions,
            new CustomerValueOptions { PurchasePeriod = TimeUnit.Day, CalibrationEnd = new DateTime(1997, 9, 30) }));

    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static JsonObject Trace(IReadOnlyList<JsonObject> traces, string name) => traces.Single(t => t["name"]?.GetValue<string>() == name);

    [Fact]
    public void ProbabilityAlive_CdnowParameters_HeatmapHoldsTheClosedForm()
    {
        var model = BgNbdModel.FromParameters(BgNbdParameters.Cdnow);

        var trace = ChartJson.Traces(CustomerValueCharts.ProbabilityAlive(model, 10, 39)).Single();

        // z[x][j] = 1/(1 + a/(b+x−1)·((α+T)/(α+t_x))^(r+x)), FHL 2008; row 0 (no repeats) is 1 everywhere.
        var z = trace["z"]!.AsArray();
        var recency = Numbers(trace["x"]);
        Assert.Equal(11, z.Count);
        Assert.Equal(0, recency[0]);
        Assert.Equal(39, recency[^1]);
        var (r, alpha, a, b) = BgNbdParameters.Cdnow;
        foreach (int x in new[] { 1, 4, 10 })
        {
            var row = Numbers(z[x]);
            for (int j = 0; j < recency.Length; j += 10)
            {
                double expected = 1 / (1 + (a / (b + x - 1) * Math.Pow((alpha + 39) / (alpha + recency[j]), r + x)));
                Assert.Equal(expected, row[j], 12);
            }
        }

        Assert.All(Numbers(z[0]), v => Assert.Equal(1.0, v));
    }

    [Fact]
    public void CalibrationVsHoldout_Result_PlotsTheGroupMeans()
    {
        var holdout = Result.Value.Holdout!;

        var traces = ChartJson.Traces(CustomerValueCharts.CalibrationVsHoldout(holdout));

        Assert.Equal(holdout.Groups.Select(g => g.MeanActual), Numbers(Trace(traces, "Actual")["y"]));
        Assert.Equal(holdout.Groups.Select(g => g.MeanExpected), Numbers(Trace(traces, "Expected (BG/NBD)")["y"]));
    }

    [Fact]
    public void ClvDistribution_Result_BinsCountEveryCustomerOnce()
    {
        var chart = CustomerValueCharts.ClvDistribution(Result.Value, bins: 20);

        var counts = Numbers(ChartJson.Traces(chart).Single()["y"]);
        Assert.Equal(Result.Value.Customers.Count, counts.Sum());
        Assert.InRange(counts.Length, 20, 21);
        Assert.Contains("12 months", ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void CohortTracking_Result_EndsAtTheTotalsAndMarksCalibrationEnd()
    {
        var tracking = Result.Value.Tracking!;

        var chart = CustomerValueCharts.CohortTracking(tracking);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(tracking.ActualCumulative[^1], Numbers(Trace(traces, "Actual")["y"])[^1]);
        Assert.Equal(tracking.ExpectedCumulative[^1], Numbers(Trace(traces, "Expected (BG/NBD)")["y"])[^1]);
        var shape = ChartJson.Layout(chart)["shapes"]!.AsArray().Single()!;
        Assert.Equal("1997-09-30", shape["x0"]!.GetValue<string>()); // purchases merged per day: the calibration end is its own period
    }

    [Fact]
    public void ClvBySegment_JoinedTable_BarsAreSegmentTotals()
    {
        var result = Result.Value;
        var segments = CustomerSegmentation.Fit(
            BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 3000, Seed = 4 }).Transactions,
            SegmentationOptions.Default with { K = 3, Seed = 2 });
        var table = result.BySegment(segments);

        var bars = ChartJson.Traces(CustomerValueCharts.ClvBySegment(table)).Single();

        Assert.Equal(table.Rows.Select(r => r.TotalClv), Numbers(bars["y"]));
    }
}

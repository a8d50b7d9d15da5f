using AngleSharp.Html.Parser;
using EcomAI.Charts.Recommendation;
using EcomAI.Charts.Report;
using EcomAI.Charts.Tests.Support;
using EcomAI.Core.Pricing;
using Xunit.Abstractions;

namespace EcomAI.Charts.Tests.Report;

/// <summary>Every chart type, built from the embedded sample data, drawn by headless Chromium with the network cut off.</summary>
public class EcomReportResultsBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public void Save_AllResultChartsFromSamples_EveryTraceDrawsOffline()
    {
        var r = SampleResults.Value;
        var segOptions = r.SegmentationOptions;
        var segmentation = r.Segmentation;
        var ratings = r.Ratings;
        var itemKnn = r.ItemKnn;
        var list = r.List;
        var evaluations = r.ByMethod;
        var byK = r.ByK;
        var sales = r.Sales;
        var pricing = r.Pricing;

        var report = new EcomReport("All EcomAI charts from the embedded samples")
            .DescribeData("Embedded samples: transactions.csv, ratings.csv, sales.csv")
            .WithOptions(segOptions)
            .AddSegmentation(segmentation)
            .AddMovement(r.Movement)
            .AddRecommendations(list)
            .AddChart(RecommendationCharts.SimilarityHeatmap(itemKnn, ratings.ItemIds.Take(8).ToList()))
            .AddEvaluation(evaluations)
            .AddChart(RecommendationCharts.MetricsByK(byK))
            .AddPricing(pricing, sales.Observations, maxProductCharts: 1);

        string dir = TestPaths.Output("browser-all-charts");
        string path = Path.Combine(dir, "all-charts.html");
        report.Save(path);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = HeadlessChromium.Open(path, dir);
        double seconds = clock.Elapsed.TotalSeconds;
        File.WriteAllText(Path.Combine(dir, "dom.html"), run.Output);

        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.StdErr}");
        var dom = new HtmlParser().ParseDocument(run.Output);
        var charts = dom.QuerySelectorAll("div.ecomai-chart");
        Assert.Equal(report.ChartCount, charts.Length);
        // Segmentation 5 (customer map, K quality, profiles, RFM map, RFM grid), movement 2 (heatmap, Sankey),
        // recommendation 4 (top-N, heatmap, by method, by K), pricing 3 (elasticities, demand, profit for one product):
        // each of the 14 chart builders once.
        Assert.Equal(14, report.ChartCount);
        var failures = new List<string>();
        foreach (var chart in charts)
        {
            // The page's own data for this chart (what was sent to Plotly.newPlot) gives the expected trace count.
            string script = chart.NextElementSibling!.TextContent;
            int start = script.IndexOf("var data=", StringComparison.Ordinal) + "var data=".Length;
            int end = script.IndexOf(";\nvar layout=", StringComparison.Ordinal);
            int expected = System.Text.Json.Nodes.JsonNode.Parse(script[start..end])!.AsArray().Count;
            int drawn = chart.QuerySelectorAll("g.trace").Length + chart.QuerySelectorAll("g.hm").Length + chart.QuerySelectorAll("g.sankey").Length;
            bool svg = chart.QuerySelector("svg.main-svg") is not null;
            if (!svg || drawn != expected)
            {
                failures.Add($"{chart.Id}: svg={svg}, traces drawn {drawn} of {expected}");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(HeadlessChromium.ExternalReferences(dom));
        Assert.Empty(HeadlessChromium.PageRequests(run.NetLogPath));
        Assert.Empty(HeadlessChromium.CompletedRequests(run.NetLogPath));

        string screenshot = Path.Combine(dir, "all-charts.png");
        var shot = HeadlessChromium.Open(path, dir, screenshot, windowHeight: 11000);
        Assert.True(shot.ExitCode == 0 && File.Exists(screenshot), $"screenshot failed: {shot.StdErr}");
        output.WriteLine($"Report: {path} ({new FileInfo(path).Length:N0} bytes, {report.ChartCount} charts); chromium load+draw+dump {seconds:F1} s");
        Console.WriteLine($"All-charts report: {new FileInfo(path).Length:N0} bytes, {report.ChartCount} charts; chromium load, draw and DOM dump {seconds:F1} s");
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"EcomReport all-charts screenshot: {screenshot}");
    }

    [Fact]
    public void AddSegmentation_Result_SaysHowTheRfmTableWasMade()
    {
        var r = SampleResults.Value;

        string html = new EcomReport("T").AddSegmentation(r.Segmentation).ToHtml();

        Assert.Contains("RFM as of " + r.Segmentation.Rfm.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + $"; monetary = {r.Segmentation.Rfm.Monetary}", html, StringComparison.Ordinal);
        Assert.Contains($"features: signed log1p, then {r.Segmentation.Scaler.Method} scaling. {r.Segmentation.Choice}.", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(r.Segmentation.Rfm.Exclusions.Summary), html, StringComparison.Ordinal);
    }

    [Fact]
    public void WithOptions_OptionsRecord_ListsEveryPropertyIncludingNestedOnes()
    {
        string html = new EcomReport("T").WithOptions(new PricingAnalysisOptions()).ToHtml();

        Assert.Contains("<tr><td>PricingAnalysisOptions.Optimizer.Objective</td><td>Profit</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>PricingAnalysisOptions.UnitCosts</td><td>(not set)</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("EqualityContract", html, StringComparison.Ordinal);
    }
}

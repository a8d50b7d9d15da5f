using AngleSharp.Html.Parser;
using EcomAI.Charts.Recommendation;
using EcomAI.Charts.Report;
using EcomAI.Charts.Tests.Support;
using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;
using Xunit.Abstractions;

namespace EcomAI.Charts.Tests.Report;

/// <summary>Every chart type, built from the embedded sample data, drawn by headless Chromium with the network cut off.</summary>
public class EcomReportResultsBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public void Save_AllResultChartsFromSamples_EveryTraceDrawsOffline()
    {
        var segOptions = new SegmentationOptions { K = null, MinK = 2, MaxK = 5, Seed = 7, Restarts = 3 };
        var segmentation = CustomerSegmentation.Fit(SampleData.Transactions(), segOptions);

        var ratings = RecommendationSamples.Ratings();
        var itemKnn = ItemKnn.Fit(ratings, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 20 });
        var list = itemKnn.Recommend(ratings.UserIds[0], 8);
        var evaluations = new[]
        {
            RecommenderEvaluation.Holdout(ratings, d => ItemKnn.Fit(d, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 20 }), 0.2, seed: 1, topK: 5),
            RecommenderEvaluation.Holdout(ratings, d => UserKnn.Fit(d, new KnnOptions { Neighbors = 20 }), 0.2, seed: 1, topK: 5),
        };
        var byK = new[] { 5, 10 }.Select(k =>
            RecommenderEvaluation.Holdout(ratings, d => ItemKnn.Fit(d, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 20 }), 0.2, seed: 1, topK: k));

        var sales = PricingSampleGenerator.EmbeddedSales();
        var pricing = PricingAnalysis.Run(sales);

        var report = new EcomReport("All EcomAI charts from the embedded samples")
            .DescribeData("Embedded samples: transactions.csv, ratings.csv, sales.csv")
            .WithOptions(segOptions)
            .AddSegmentation(segmentation)
            .AddRecommendations(list)
            .AddChart(RecommendationCharts.SimilarityHeatmap(itemKnn, ratings.ItemIds.Take(8).ToList()))
            .AddEvaluation(evaluations)
            .AddChart(RecommendationCharts.MetricsByK(byK))
            .AddPricing(pricing, sales.Observations, maxProductCharts: 1);

        string dir = TestPaths.Output("browser-all-charts");
        string path = Path.Combine(dir, "all-charts.html");
        report.Save(path);
        var run = HeadlessChromium.Open(path, dir);
        File.WriteAllText(Path.Combine(dir, "dom.html"), run.Output);

        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.StdErr}");
        var dom = new HtmlParser().ParseDocument(run.Output);
        var charts = dom.QuerySelectorAll("div.ecomai-chart");
        Assert.Equal(report.ChartCount, charts.Length);
        // Segmentation 4 (map, K quality, profiles, RFM grid), recommendation 4 (top-N, heatmap, by method, by K),
        // pricing 3 (elasticities, demand, profit for one product): each of the 11 chart builders once.
        Assert.Equal(11, report.ChartCount);
        var failures = new List<string>();
        foreach (var chart in charts)
        {
            // The page's own data for this chart (what was sent to Plotly.newPlot) gives the expected trace count.
            string script = chart.NextElementSibling!.TextContent;
            int start = script.IndexOf("var data=", StringComparison.Ordinal) + "var data=".Length;
            int end = script.IndexOf(";\nvar layout=", StringComparison.Ordinal);
            int expected = System.Text.Json.Nodes.JsonNode.Parse(script[start..end])!.AsArray().Count;
            int drawn = chart.QuerySelectorAll("g.trace").Length + chart.QuerySelectorAll("g.hm").Length;
            bool svg = chart.QuerySelector("svg.main-svg") is not null;
            if (!svg || drawn != expected)
            {
                failures.Add($"{chart.Id}: svg={svg}, traces drawn {drawn} of {expected}");
            }
        }

        Assert.Empty(failures);
        Assert.Empty(HeadlessChromium.PageRequests(run.NetLogPath));
        Assert.Empty(HeadlessChromium.CompletedRequests(run.NetLogPath));

        string screenshot = Path.Combine(dir, "all-charts.png");
        var shot = HeadlessChromium.Open(path, dir, screenshot, windowHeight: 11000);
        Assert.True(shot.ExitCode == 0 && File.Exists(screenshot), $"screenshot failed: {shot.StdErr}");
        output.WriteLine($"Report: {path} ({new FileInfo(path).Length:N0} bytes, {report.ChartCount} charts)");
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"EcomReport all-charts screenshot: {screenshot}");
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

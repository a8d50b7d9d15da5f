using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EcomAI.Charts.Report;
using EcomAI.Charts.Tests.Support;
using Xunit.Abstractions;

namespace EcomAI.Charts.Tests.Report;

/// <summary>
/// Opens generated reports in Debian's headless Chromium with the network cut off. Fails (does not skip)
/// when Chromium is missing: .ci/run installs it.
/// </summary>
public class EcomReportBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public void Save_FiveChartsOpenedOffline_EveryChartDrawsAndNoRequestIsMade()
    {
        string dir = TestPaths.Output("browser-report");
        string report = Path.Combine(dir, "report.html");
        // Expected traces per chart, counted from how the test charts are built.
        int[] expectedTraces = [1, 2, 1, 1, 3];
        new EcomReport("Offline browser test")
            .DescribeData("hand-made test series")
            .WithOption("network", "none")
            .AddChart(TestCharts.Points("one", 1, 2, 3), "one marker series")
            .AddChart(TestCharts.TwoLines(), "two lines")
            .AddChart(TestCharts.Columns(), "one bar series")
            .AddChart(TestCharts.Heatmap(), "one heatmap")
            .AddChart(TestCharts.ThreeMarkerSets(), "three marker series")
            .AddTable([new Dictionary<string, object?> { ["k"] = 1 }], "a table")
            .Save(report);

        var run = HeadlessChromium.Open(report, dir);
        File.WriteAllText(Path.Combine(dir, "dom.html"), run.Output);

        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.StdErr}");
        IDocument dom = new HtmlParser().ParseDocument(run.Output);
        var charts = dom.QuerySelectorAll("div.ecomai-chart");
        Assert.Equal(expectedTraces.Length, charts.Length);
        for (int i = 0; i < charts.Length; i++)
        {
            IElement chart = charts[i];
            Assert.Equal($"ecomai-chart-{i + 1}", chart.Id);
            Assert.Contains("js-plotly-plot", chart.ClassList);
            Assert.NotNull(chart.QuerySelector("svg.main-svg"));
            // plotly.js draws one <g class="trace ..."> per scatter/bar trace and one <g class="hm"> per heatmap.
            int drawn = chart.QuerySelectorAll("g.trace").Length + chart.QuerySelectorAll("g.hm").Length;
            Assert.True(expectedTraces[i] == drawn, $"chart {i + 1}: expected {expectedTraces[i]} traces drawn, found {drawn}");
        }

        // Nothing in the rendered page points outside: every src/href is inline (data:, blob:, #fragment) or absent.
        var external = HeadlessChromium.ExternalReferences(dom);
        Assert.Empty(external);
        Assert.Empty(HeadlessChromium.PageRequests(run.NetLogPath));
        // Chromium itself still tries a few background calls (update check, time); none may have succeeded.
        Assert.Empty(HeadlessChromium.CompletedRequests(run.NetLogPath));

        string screenshot = Path.Combine(dir, "report.png");
        var shot = HeadlessChromium.Open(report, dir, screenshot);
        Assert.True(shot.ExitCode == 0, $"chromium screenshot run exited with {shot.ExitCode}: {shot.StdErr}");
        byte[] png = File.ReadAllBytes(screenshot);
        Assert.True(png.Length > 10_000, "the screenshot should show drawn charts, not a blank page");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Empty(HeadlessChromium.PageRequests(shot.NetLogPath));
        output.WriteLine($"Report: {report}");
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"EcomReport browser test screenshot: {screenshot}");
    }

    [Fact]
    public void Fragment_PageWithoutPlotly_ShowsWhyTheChartIsMissing()
    {
        string dir = TestPaths.Output("browser-no-plotly");
        string page = Path.Combine(dir, "no-plotly.html");
        File.WriteAllText(page, "<html><body>" + EcomAI.Charts.Html.ChartHtml.Fragment(TestCharts.Columns(), "c1") + "</body></html>");

        var run = HeadlessChromium.Open(page, dir, virtualTimeMs: 2000);

        var div = new HtmlParser().ParseDocument(run.Output).GetElementById("c1");
        Assert.Equal("Chart not drawn: plotly.js is not loaded on this page.", div!.TextContent);
    }

    [Fact]
    public void Checks_PageWithExternalImageAndFetch_RequestsAndReferenceAreCaught()
    {
        // Control for the check above: a page that does reach out must be caught.
        string dir = TestPaths.Output("browser-control");
        string page = Path.Combine(dir, "external.html");
        File.WriteAllText(page,
            "<html><body><img src=\"http://example.com/x.png\">"
            + "<script>fetch('https://cdn.plot.ly/plotly-2.28.0.min.js').catch(function(){});</script></body></html>");

        var run = HeadlessChromium.Open(page, dir, virtualTimeMs: 3000);

        var requests = HeadlessChromium.PageRequests(run.NetLogPath);
        Assert.Contains("http://example.com/x.png", requests);
        Assert.Contains("https://cdn.plot.ly/plotly-2.28.0.min.js", requests);
        Assert.Equal(["http://example.com/x.png"], HeadlessChromium.ExternalReferences(new HtmlParser().ParseDocument(run.Output)));
    }
}

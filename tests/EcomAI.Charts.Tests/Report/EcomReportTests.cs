using System.Text.RegularExpressions;
using EcomAI.Charts.Html;
using EcomAI.Charts.Report;
using EcomAI.Charts.Tests.Support;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Charts.Tests.Report;

public class EcomReportTests
{
    private static EcomReport FiveChartReport() =>
        new EcomReport("Five charts")
            .DescribeData("hand-made test series")
            .AddChart(TestCharts.Points("one", 1, 2, 3))
            .AddChart(TestCharts.TwoLines())
            .AddChart(TestCharts.Columns())
            .AddChart(TestCharts.Heatmap())
            .AddChart(TestCharts.ThreeMarkerSets());

    private static int Count(string text, string part) =>
        Regex.Count(text, Regex.Escape(part));

    [Fact]
    public void ToHtml_FiveCharts_EmbedsPlotlyExactlyOnce()
    {
        string html = FiveChartReport().ToHtml();

        // A 300-character slice from the middle of the bundle: present once means embedded once.
        string probe = OfflinePlotly.Script.Substring(OfflinePlotly.Script.Length / 2, 300);
        Assert.Equal(1, Count(html, probe));
        Assert.Equal(5, Count(html, "Plotly.newPlot(el,data,layout,config)"));
        Assert.Equal(5, Regex.Count(html, "<div id=\"ecomai-chart-[1-5]\" class=\"ecomai-chart\">"));
    }

    [Fact]
    public void Save_FiveCharts_FileIsPlotlyPlusLessThan100KB()
    {
        string path = Path.Combine(TestPaths.Output("report-size"), "five.html");

        FiveChartReport().Save(path);

        long size = new FileInfo(path).Length;
        long plotly = System.Text.Encoding.UTF8.GetByteCount(OfflinePlotly.Script);
        Assert.InRange(size - plotly, 1, 100_000);
    }

    [Fact]
    public void Save_FiveCharts_FarSmallerThanPlotlyNetFullPagePerChart()
    {
        // Peer: Plotly.NET's PlotlyJSReference.Full page, one per chart (it has no multi-chart page), same charts.
        var charts = new[] { TestCharts.Points("one", 1, 2, 3), TestCharts.TwoLines(), TestCharts.Columns(), TestCharts.Heatmap(), TestCharts.ThreeMarkerSets() };
        long peer = charts.Sum(c => (long)System.Text.Encoding.UTF8.GetByteCount(PlotlyNetFullHtml.Of(c)));
        string path = Path.Combine(TestPaths.Output("report-size-peer"), "five.html");

        FiveChartReport().Save(path);

        long ours = new FileInfo(path).Length;
        Console.WriteLine($"Five charts: EcomReport {ours:N0} bytes; Plotly.NET Full pages {peer:N0} bytes ({(double)peer / ours:F2}x)");
        Assert.True(ours * 4 < peer, $"one report ({ours:N0} B) should be well under a fifth of five Full pages ({peer:N0} B)");
    }

    [Fact]
    public void ToHtml_NoCharts_DoesNotEmbedPlotly()
    {
        string html = new EcomReport("Tables only").AddText("nothing to draw").ToHtml();

        Assert.True(html.Length < 10_000, $"A chartless report should be small; got {html.Length} characters.");
        Assert.DoesNotContain("Plotly", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_TextWithMarkup_IsEscapedEverywhere()
    {
        const string evil = "<b>x</b> & \"y\"";
        var rows = new[] { new Dictionary<string, object?> { [evil] = evil } };

        string html = new EcomReport(evil).DescribeData(evil).WithOption(evil, evil).AddHeading(evil)
            .AddText(evil).AddTable(rows, evil).ToHtml();

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        // title, h1, data line, option name + value, heading, paragraph, caption, column, cell
        Assert.Equal(10, Count(html, "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"));
    }

    [Fact]
    public void ToHtml_Header_ListsDataAndOptionsInOrder()
    {
        string html = new EcomReport("Segments").DescribeData("orders.csv: 3 rows")
            .WithOption("K", 4).WithOption("Tolerance", 0.0001).WithOption("Log1p", true).ToHtml();

        Assert.Contains("<li>orders.csv: 3 rows</li>", html, StringComparison.Ordinal);
        int k = html.IndexOf("<tr><td>K</td><td>4</td></tr>", StringComparison.Ordinal);
        int tol = html.IndexOf("<tr><td>Tolerance</td><td>0.0001</td></tr>", StringComparison.Ordinal);
        int log = html.IndexOf("<tr><td>Log1p</td><td>true</td></tr>", StringComparison.Ordinal);
        Assert.True(k > 0 && k < tol && tol < log, "options must appear in the order given");
        Assert.DoesNotContain("generated", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_GeneratedAtGiven_ShowsThatTimeOnly()
    {
        string html = new EcomReport("T").GeneratedAt(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)).ToHtml();

        Assert.Contains("generated 2026-01-02 03:04:05 +00:00", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTable_DataFrameLongerThanMaxRows_ShowsFirstRowsAndSaysHowMany()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("customer", ["c1", "c2", "c3"]),
            new DoubleDataFrameColumn("monetary", [10.5, double.NaN, 1234567.0]));

        string html = new EcomReport("T").AddTable(frame, "Customers", maxRows: 2).ToHtml();

        Assert.Contains("<caption>Customers (first 2 of 3 rows)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>c1</td><td class=\"num\">10.5</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">NaN</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>c3</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTable_RowsWithDifferentKeys_UnionOfColumnsAndMissingShown()
    {
        var rows = new[]
        {
            new Dictionary<string, object?> { ["a"] = 1, ["b"] = null },
            new Dictionary<string, object?> { ["c"] = "z" },
        };

        string html = new EcomReport("T").AddTable(rows).ToHtml();

        Assert.Contains("<tr><th>a</th><th>b</th><th>c</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td class=\"num\">1</td><td>(missing)</td><td></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>2 rows</caption>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AddChart_ChartChangedAfterwards_ReportKeepsTheAddedState()
    {
        var chart = TestCharts.Points("before", 1, 2);
        var report = new EcomReport("T").AddChart(chart);

        foreach (var trace in Plotly.NET.GenericChart.getTraces(chart))
        {
            trace.SetProperty("name", "after");
        }

        Assert.Contains("\"name\":\"before\"", report.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Save_ExistingFile_ReplacedWithNoTemporaryFileLeft()
    {
        string dir = TestPaths.Output("report-atomic");
        string path = Path.Combine(dir, "r.html");
        File.WriteAllText(path, "old");

        new EcomReport("New").AddText("fresh").Save(path);

        Assert.Contains("<h1>New</h1>", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(["r.html"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void AddChart_ChartWithNaN_FailsAtOnceInsteadOfWritingABrokenPage()
    {
        var report = new EcomReport("T");

        var ex = Assert.Throws<InvalidOperationException>(() => report.AddChart(TestCharts.Points("p", double.NaN, 1)));
        Assert.Contains("NaN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, report.ChartCount);
    }

    [Fact]
    public void ToHtml_NonAsciiText_IsKeptReadable()
    {
        string html = new EcomReport("Kundensegmente – 客户细分").AddText("ü ≥ 5").ToHtml();

        // HtmlEncode writes non-ASCII as character references; decoding must give the text back.
        Assert.Contains("<h1>" + System.Net.WebUtility.HtmlEncode("Kundensegmente – 客户细分") + "</h1>", html, StringComparison.Ordinal);
        Assert.Equal("Kundensegmente – 客户细分", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "<h1>(.*)</h1>").Groups[1].Value));
    }

    [Fact]
    public void Constructor_EmptyTitle_InvalidOptionNamingTitle()
    {
        var ex = Assert.Throws<InputDataException>(() => new EcomReport(" "));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("Title is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddTable_MaxRowsZero_InvalidOptionNamingIt()
    {
        var frame = new DataFrame(new StringDataFrameColumn("a", ["x"]));
        var ex = Assert.Throws<InputDataException>(() => new EcomReport("T").AddTable(frame, maxRows: 0));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("maxRows = 0: use at least 1.", ex.Message);
    }
}

using System.Text;
using AngleSharp.Html.Parser;
using EcomAI.Charts.Tests.Support;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// An executed notebook's HTML outputs laid out in one page, as a notebook front end shows them, opened in
/// headless Chromium with the network cut off.
/// </summary>
internal static class NotebookPage
{
    public sealed record Result(int Charts, int Drawn, IReadOnlyList<string> PageRequests, string PagePath);

    public static Result Render(NotebookRunner.Run run, string screenshotPath)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>notebook outputs</title></head><body>\n");
        foreach (var output in run.Notebook.Outputs.Where(o => o.Html is not null))
        {
            html.Append("<div class=\"output\">").Append(output.Html).Append("</div>\n");
        }

        html.Append("</body></html>");
        string page = Path.ChangeExtension(run.OutputPath, ".html");
        File.WriteAllText(page, html.ToString());
        string work = Path.Combine(Path.GetDirectoryName(page)!, "chromium");

        var dom = HeadlessChromium.Open(page, work, virtualTimeMs: 20000);
        Assert.True(dom.ExitCode == 0, $"chromium exited with {dom.ExitCode}: {dom.StdErr}");
        var document = new HtmlParser().ParseDocument(dom.Output);
        var charts = document.QuerySelectorAll("div.ecomai-chart");
        // Plotly.newPlot marks the element and draws an SVG into it; a failed chart has neither.
        int drawn = charts.Count(c => c.ClassList.Contains("js-plotly-plot") && c.QuerySelector("svg.main-svg") is not null);

        var shot = HeadlessChromium.Open(page, work, screenshotPath, virtualTimeMs: 20000, windowHeight: 6000);
        Assert.True(shot.ExitCode == 0 && File.Exists(screenshotPath), $"chromium screenshot failed ({shot.ExitCode}): {shot.StdErr}");

        var requests = HeadlessChromium.PageRequests(dom.NetLogPath).Concat(HeadlessChromium.PageRequests(shot.NetLogPath))
            .Where(u => !u.StartsWith("file:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal))
            .ToList();
        return new Result(charts.Length, drawn, requests, page);
    }
}

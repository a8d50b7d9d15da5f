using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcomAI.Charts.Html;
using EcomAI.Charts.Tests.Support;

namespace EcomAI.Charts.Tests.Html;

public class ChartHtmlTests
{
    [Fact]
    public void Fragment_Chart_CallsNewPlotOnTheGivenDivWithTheChartJson()
    {
        var chart = TestCharts.TwoLines();

        string html = ChartHtml.Fragment(chart, "sales-1");

        Assert.StartsWith("<div id=\"sales-1\" class=\"ecomai-chart\"></div>", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot(el,data,layout,config)", html, StringComparison.Ordinal);
        var data = JsonNode.Parse(Regex.Match(html, "var data=(.*);\n").Groups[1].Value)!.AsArray();
        Assert.Equal(2, data.Count);
        Assert.Equal("cubes", data[1]!["name"]!.GetValue<string>());
        Assert.Equal(27.0, data[1]!["y"]![2]!.GetValue<double>());
    }

    [Fact]
    public void Fragment_Chart_ReferencesNoExternalScriptAndNoLogoLink()
    {
        string html = ChartHtml.Fragment(TestCharts.Columns(), "c");

        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        var config = JsonNode.Parse(Regex.Match(html, "var config=(.*);\n").Groups[1].Value)!;
        Assert.False(config["displaylogo"]!.GetValue<bool>());
    }

    [Fact]
    public void Fragment_NameContainsScriptEndTag_IsEscapedAndRoundTrips()
    {
        const string hostile = "</script><img src=x onerror=alert(1)>";
        var chart = TestCharts.Points(hostile, 1, 2);

        string html = ChartHtml.Fragment(chart, "x1");

        // Exactly one closing tag: the fragment's own.
        Assert.Single(Regex.Matches(html, "</script", RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        var data = JsonNode.Parse(Regex.Match(html, "var data=(.*);\n").Groups[1].Value)!.AsArray();
        Assert.Equal(hostile, data[0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("a b")]
    [InlineData("a'+alert(1)+'")]
    public void Fragment_UnsafeId_ThrowsNamingTheParameter(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => ChartHtml.Fragment(TestCharts.Columns(), id));
        Assert.Equal("divId", ex.ParamName);
    }
}

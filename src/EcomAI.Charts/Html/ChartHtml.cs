using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EcomAI.Charts.Json;
using Plotly.NET;

namespace EcomAI.Charts.Html;

/// <summary>
/// HTML for one chart that draws with an already-loaded global <c>Plotly</c> (see <see cref="OfflinePlotly"/>):
/// no CDN reference, no require.js, deterministic element ids chosen by the caller.
/// </summary>
public static partial class ChartHtml
{
    /// <summary>CSS class put on every chart element, so pages and tests can find the charts.</summary>
    public const string ChartClass = "ecomai-chart";

    /// <summary>
    /// A <c>&lt;div&gt;</c> with id <paramref name="divId"/> and a <c>&lt;script&gt;</c> that calls
    /// <c>Plotly.newPlot(divId, data, layout, config)</c> with the chart's JSON.
    /// </summary>
    /// <param name="chart">The chart to draw.</param>
    /// <param name="divId">Element id: a letter, then letters, digits, '-' or '_' (unique within the page).</param>
    /// <returns>HTML text. The page must contain <see cref="OfflinePlotly.ScriptElement"/> before it runs.</returns>
    /// <remarks>
    /// The JSON is written into a script element with every '&lt;' escaped as <c>\u003c</c>, so text such as
    /// <c>&lt;/script&gt;</c> in a series name cannot end the script or inject markup. If <c>Plotly</c> is not
    /// loaded the element shows a short message instead of failing silently.
    /// </remarks>
    public static string Fragment(GenericChart chart, string divId)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(divId);
        if (!IdPattern().IsMatch(divId))
        {
            throw new ArgumentException(
                $"Chart element id '{divId}' is not usable: start with a letter and use only letters, digits, '-' or '_'.",
                nameof(divId));
        }

        var figure = ChartJson.Figure(chart);
        string data = ScriptSafe(figure["data"]!.ToJsonString());
        string layout = ScriptSafe(figure["layout"]!.ToJsonString());
        var configNode = System.Text.Json.Nodes.JsonNode.Parse(ChartJson.ConfigText(chart))!.AsObject();

        // The plotly logo in the mode bar is a link to plotly.com: drop it so nothing on the page points outside.
        configNode.TryAdd("displaylogo", false);
        string config = ScriptSafe(configNode.ToJsonString());
        var html = new StringBuilder(data.Length + layout.Length + 512);
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{divId}\" class=\"{ChartClass}\"></div>\n");
        html.Append("<script type=\"text/javascript\">\n(function(){\n");
        html.Append(CultureInfo.InvariantCulture, $"var el=document.getElementById('{divId}');\n");
        html.Append("if(typeof Plotly==='undefined'){el.textContent='Chart not drawn: plotly.js is not loaded on this page.';return;}\n");
        html.Append("var data=").Append(data).Append(";\n");
        html.Append("var layout=").Append(layout).Append(";\n");
        html.Append("var config=").Append(config).Append(";\n");
        html.Append("Plotly.newPlot(el,data,layout,config);\n})();\n</script>");
        return html.ToString();
    }

    /// <summary>Makes JSON text safe inside a script element (JSON has '&lt;' only inside strings).</summary>
    internal static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}

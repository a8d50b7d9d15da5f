using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>Reads the plotly data (traces) back out of chart HTML, so tests assert data, not markup with random ids.</summary>
internal static partial class ChartData
{
    /// <summary>Marker that the inlined plotly.js bundle's define-hiding wrapper contains exactly once.</summary>
    public const string BundleMarker = "window.define=undefined";

    /// <summary><paramref name="html"/> without the script element that carries the plotly.js bundle.</summary>
    /// <remarks>The bundle itself mentions cdn.plot.ly (default map styles it never fetches for our charts).</remarks>
    public static string WithoutBundle(string html)
    {
        int marker = html.IndexOf(BundleMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return html;
        }

        int start = html.LastIndexOf("<script", marker, StringComparison.Ordinal);
        int end = html.IndexOf("</script>", marker, StringComparison.Ordinal) + "</script>".Length;
        return html[..start] + html[end..];
    }

    /// <summary>Every chart's traces, in page order.</summary>
    public static IReadOnlyList<JsonArray> Charts(string html) =>
        DataPattern().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsArray()).ToList();

    /// <summary>The trace with the given name in the only chart of <paramref name="html"/>.</summary>
    public static JsonObject Trace(string html, string name)
    {
        var chart = Assert.Single(Charts(html));
        return Assert.Single(chart, t => (string?)t!["name"] == name)!.AsObject();
    }

    public static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => (double)v!).ToArray();

    public static int Count(string text, string value) => Regex.Count(text, Regex.Escape(value));

    [GeneratedRegex(@"var data=(.*?);\nvar layout=", RegexOptions.Singleline)]
    private static partial Regex DataPattern();
}

using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Plotly.NET;

namespace EcomAI.Charts.Json;

/// <summary>
/// The plotly.js JSON of a chart (<c>data</c>, <c>layout</c>, <c>config</c>): what is drawn, independent of any
/// HTML wrapper or random element id. Tests and tools read series, values and titles from here.
/// </summary>
public static class ChartJson
{
    /// <summary>The figure JSON text <c>{"data":[...],"layout":{...},"frames":[]}</c>, as plotly.js expects it.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>Compact JSON text.</returns>
    /// <exception cref="InvalidOperationException">The chart holds NaN or infinite numbers, which JSON (and plotly.js) cannot carry.</exception>
    public static string FigureText(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return System.Text.Encoding.UTF8.GetString(FigureTree.Write(chart));
    }

    /// <summary>The plotly.js <c>config</c> object of the chart as JSON text.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>Compact JSON text.</returns>
    public static string ConfigText(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonConvert.SerializeObject(GenericChart.getConfig(chart));
    }

    /// <summary>The figure as a mutable JSON tree: <c>["data"]</c> is the trace array, <c>["layout"]</c> the layout.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>A fresh node tree (changing it does not change the chart).</returns>
    /// <remarks>Same content as Plotly.NET's <c>GenericChart.toFigureJson</c>, built without its slow dynamic serialisation.</remarks>
    /// <exception cref="InvalidOperationException">The chart holds NaN or infinite numbers, which JSON (and plotly.js) cannot carry.</exception>
    public static JsonObject Figure(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return JsonNode.Parse(FigureTree.Write(chart))!.AsObject();
    }

    /// <summary>The chart's traces (<c>data</c> array) in drawing order.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>One JSON object per trace.</returns>
    public static IReadOnlyList<JsonObject> Traces(GenericChart chart) =>
        Figure(chart)["data"]!.AsArray().Select(t => t!.AsObject()).ToList();

    /// <summary>The chart's <c>layout</c> object.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The layout JSON object.</returns>
    public static JsonObject Layout(GenericChart chart) =>
        Figure(chart)["layout"]!.AsObject();

    /// <summary>The chart title text, or <see langword="null"/> when the chart has none.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The <c>layout.title.text</c> value.</returns>
    public static string? Title(GenericChart chart) =>
        Layout(chart)["title"]?["text"]?.GetValue<string>();

    /// <summary>The title of an axis, e.g. <c>xaxis</c>, <c>yaxis</c>, <c>xaxis2</c>; <see langword="null"/> when untitled.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="axis">The layout key of the axis.</param>
    /// <returns>The axis title text.</returns>
    public static string? AxisTitle(GenericChart chart, string axis)
    {
        ArgumentException.ThrowIfNullOrEmpty(axis);
        return Layout(chart)[axis]?["title"]?["text"]?.GetValue<string>();
    }
}

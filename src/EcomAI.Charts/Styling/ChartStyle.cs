using Plotly.NET;

namespace EcomAI.Charts.Styling;

/// <summary>Titles, axis titles, size and hover text shared by every EcomAI chart.</summary>
internal static class ChartStyle
{
    public const int DefaultWidth = 900;
    public const int DefaultHeight = 560;

    /// <summary>
    /// Sets the chart title, axis titles and size. Axis extras (category order, reversed axis, ...) go in
    /// <paramref name="xAxis"/>/<paramref name="yAxis"/> beside the title.
    /// </summary>
    public static GenericChart Finish(
        GenericChart chart,
        string title,
        string xTitle,
        string yTitle,
        IDictionary<string, object>? xAxis = null,
        IDictionary<string, object>? yAxis = null,
        int width = DefaultWidth,
        int height = DefaultHeight,
        IDictionary<string, object>? extraLayout = null)
    {
        var layout = new Layout();
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = title });
        layout.SetProperty("xaxis", AxisCore(xTitle, xAxis));
        layout.SetProperty("yaxis", AxisCore(yTitle, yAxis));
        layout.SetProperty("width", width);
        layout.SetProperty("height", height);
        layout.SetProperty("hovermode", "closest");
        if (extraLayout is not null)
        {
            foreach (var (key, value) in extraLayout)
            {
                layout.SetProperty(key, value);
            }
        }

        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>Readable hover: each point shows its own text line(s) and nothing else.</summary>
    public static void HoverText(Trace trace, IEnumerable<string> lines)
    {
        trace.SetProperty("text", lines.ToArray());
        trace.SetProperty("hovertemplate", "%{text}<extra></extra>");
    }

    /// <summary>Hover text for bars: Plotly would also print the text inside the bars, so it is kept to the hover.</summary>
    public static void BarHoverText(Trace trace, IEnumerable<string> lines)
    {
        HoverText(trace, lines);
        trace.SetProperty("textposition", "none");
    }

    /// <summary>Same hover text on every point of the trace (lines, bands, bounds).</summary>
    public static void HoverText(Trace trace, string text)
    {
        trace.SetProperty("hovertemplate", text.Replace("%", "%%", StringComparison.Ordinal) + "<extra></extra>");
    }

    /// <summary>The single trace of a one-trace chart, to add properties Plotly.NET.CSharp does not expose.</summary>
    public static Trace Only(GenericChart chart) => GenericChart.getTraces(chart).Single();

    /// <summary>An axis object with a title (for second axes and subplots).</summary>
    public static Dictionary<string, object> Axis(string title, IDictionary<string, object>? extra)
    {
        return AxisCore(title, extra);
    }

    private static Dictionary<string, object> AxisCore(string title, IDictionary<string, object>? extra)
    {
        var axis = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["title"] = new Dictionary<string, object> { ["text"] = title },
            ["automargin"] = true,
        };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                axis[key] = value;
            }
        }

        return axis;
    }
}

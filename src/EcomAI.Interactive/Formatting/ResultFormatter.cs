using System.Net;
using EcomAI.Charts.Html;
using Plotly.NET;

namespace EcomAI.Interactive.Formatting;

/// <summary>Turns a <see cref="ResultView"/> or a chart into notebook HTML with offline plotly.js.</summary>
internal static class ResultFormatter
{
    /// <summary>CSS class of the note shown when a chart could not be built.</summary>
    public const string ChartErrorClass = "ecomai-chart-error";

    /// <summary>
    /// The result's HTML: table plus charts; the plotly.js bundle is included when this is the first chart output of
    /// the session (<paramref name="inlining"/>).
    /// </summary>
    public static string ToHtml(ResultView view, PlotlyInlining inlining, ChartIds ids)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(inlining);
        ArgumentNullException.ThrowIfNull(ids);

        var fragments = new List<string>(view.Charts.Count);
        foreach (var build in view.Charts)
        {
            fragments.Add(ChartOrError(build, ids));
        }

        bool drawsCharts = fragments.Any(f => !f.Contains(ChartErrorClass, StringComparison.Ordinal));
        string? script = drawsCharts && inlining.TakeFirst() ? OfflinePlotly.ScriptElement() : null;
        var tables = view.Tables.Select(t =>
            (t.Caption is null ? "" : "<h5>" + WebUtility.HtmlEncode(t.Caption) + "</h5>\n") + DataFrameHtml.RenderAuto(t.Frame, t.MaxRows));
        return ResultHtml.Render(view.Title, view.Summary, tables, fragments, script);
    }

    /// <summary>One chart on its own (a <see cref="GenericChart"/> displayed in a cell), with plotly.js if first.</summary>
    public static string ChartToHtml(GenericChart chart, PlotlyInlining inlining, ChartIds ids)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(inlining);
        ArgumentNullException.ThrowIfNull(ids);
        string fragment = ChartHtml.Fragment(chart, ids.Next());
        return inlining.TakeFirst() ? OfflinePlotly.ScriptElement() + "\n" + fragment : fragment;
    }

    // A chart that cannot be drawn (e.g. a profit curve without a unit cost) must not hide the table: say why instead.
    private static string ChartOrError(Func<GenericChart> build, ChartIds ids)
    {
        try
        {
            return ChartHtml.Fragment(build(), ids.Next());
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            return $"<p class=\"{ChartErrorClass}\">Chart not drawn: {WebUtility.HtmlEncode(exception.Message)}</p>";
        }
    }
}

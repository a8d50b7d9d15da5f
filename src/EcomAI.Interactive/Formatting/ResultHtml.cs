using System.Net;
using System.Text;

namespace EcomAI.Interactive.Formatting;

/// <summary>Composes one result's notebook output: title, summary lines, table and charts (pure).</summary>
internal static class ResultHtml
{
    /// <summary>CSS class of the element that wraps one result's output.</summary>
    public const string ResultClass = "ecomai-result";

    /// <summary>
    /// The HTML for one result. <paramref name="plotlyScript"/> (the plotly.js script element) is written
    /// first when given, so the charts after it find a global <c>Plotly</c>.
    /// </summary>
    /// <param name="title">Heading, e.g. the result type and its key figure.</param>
    /// <param name="summary">Short plain-text lines shown under the title (HTML-encoded here).</param>
    /// <param name="tables">The tables, already rendered (see <see cref="DataFrameHtml"/>).</param>
    /// <param name="chartFragments">Chart div+script fragments, already rendered.</param>
    /// <param name="plotlyScript">The plotly.js script element, or null when the page already has it.</param>
    /// <returns>HTML text.</returns>
    public static string Render(
        string title,
        IEnumerable<string> summary,
        IEnumerable<string> tables,
        IEnumerable<string> chartFragments,
        string? plotlyScript)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(chartFragments);

        var html = new StringBuilder(4096 + (plotlyScript?.Length ?? 0));
        html.Append("<div class=\"").Append(ResultClass).Append("\">\n");
        if (plotlyScript is not null)
        {
            html.Append(plotlyScript).Append('\n');
        }

        html.Append("<h4>").Append(WebUtility.HtmlEncode(title)).Append("</h4>\n");
        foreach (string line in summary)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }

        foreach (string table in tables)
        {
            // Wide tables (a pricing row has two dozen columns) scroll inside the output instead of wrapping every cell.
            html.Append("<div style=\"overflow-x:auto;max-width:100%\">").Append(table).Append("</div>\n");
        }
        foreach (string chart in chartFragments)
        {
            html.Append(chart).Append('\n');
        }

        html.Append("</div>");
        return html.ToString();
    }
}

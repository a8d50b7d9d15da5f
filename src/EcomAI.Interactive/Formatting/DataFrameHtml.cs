using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace EcomAI.Interactive.Formatting;

/// <summary>Renders a <see cref="DataFrame"/> as a plain HTML table (pure: no kernel, no I/O).</summary>
internal static class DataFrameHtml
{
    /// <summary>CSS class of every table this extension writes, so pages and tests can find them.</summary>
    public const string TableClass = "ecomai-table";

    /// <summary>Rows shown when the caller does not say: enough to read, small enough for a notebook.</summary>
    public const int DefaultMaxRows = 20;

    /// <summary>
    /// An HTML table with one header row (the column names) and at most <paramref name="maxRows"/> data rows,
    /// followed by a caption giving the full size when rows were left out.
    /// </summary>
    /// <param name="frame">The table to render; not modified.</param>
    /// <param name="maxRows">Largest number of data rows written (at least 1).</param>
    /// <returns>HTML text; every cell is HTML-encoded, numbers use the invariant culture.</returns>
    public static string Render(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);

        long rows = frame.Rows.Count;
        int columns = frame.Columns.Count;
        long shown = Math.Min(rows, maxRows);
        var html = new StringBuilder(256 + (int)shown * columns * 24);
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"{TableClass}\" data-rows=\"{rows}\" data-columns=\"{columns}\">");
        html.Append("<thead><tr>");
        foreach (DataFrameColumn column in frame.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            for (int column = 0; column < columns; column++)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(Cell(frame.Columns[column][row]))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody>");
        if (shown < rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<caption style=\"caption-side:bottom\">first {shown} of {rows} rows (call ToDataFrame() for all)</caption>");
        }

        html.Append("</table>");
        return html.ToString();
    }

    /// <summary>
    /// A single-row table written as name/value pairs, one per line: a wide record (an estimate with twenty
    /// fields) reads better down the page than across it.
    /// </summary>
    /// <param name="frame">A table with exactly one row; not modified.</param>
    /// <returns>HTML text with columns "field" and "value".</returns>
    public static string RenderRecord(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Rows.Count != 1)
        {
            throw new ArgumentException($"RenderRecord needs exactly one row; this table has {frame.Rows.Count}.", nameof(frame));
        }

        var html = new StringBuilder(256 + frame.Columns.Count * 48);
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"{TableClass}\" data-rows=\"1\" data-columns=\"{frame.Columns.Count}\">");
        html.Append("<thead><tr><th>field</th><th>value</th></tr></thead><tbody>");
        foreach (DataFrameColumn column in frame.Columns)
        {
            html.Append("<tr><td>").Append(WebUtility.HtmlEncode(column.Name)).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(Cell(column[0]))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }

    /// <summary>
    /// <see cref="RenderRecord"/> for one wide row (more than <paramref name="wideColumns"/> columns),
    /// otherwise <see cref="Render"/>.
    /// </summary>
    public static string RenderAuto(DataFrame frame, int maxRows = DefaultMaxRows, int wideColumns = 6)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Rows.Count == 1 && frame.Columns.Count > wideColumns ? RenderRecord(frame) : Render(frame, maxRows);
    }

    /// <summary>The text of one cell: six significant digits for floating point, ISO 8601 for dates.</summary>
    internal static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        decimal m => m.ToString("G", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // G6 keeps tables narrow; "20" rather than "20.000000000000004" is what a reader wants to see.
    private static string FormatDouble(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using System.Globalization;
using EcomAI.Charts.Html;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace EcomAI.Charts.Report;

/// <summary>
/// Builds one self-contained, offline HTML report from any set of results: a header saying what data and
/// options produced it, then headings, text, tables and charts in the order they were added.
/// </summary>
/// <remarks>
/// plotly.js (<see cref="OfflinePlotly"/>) is embedded once, whatever the number of charts, so a report
/// weighs about 3.6 MB plus its data. Every text is HTML-escaped. Charts and tables are copied when added:
/// changing them afterwards does not change the report. Nothing in the page refers to the network.
/// No clock is read: a timestamp appears only if given to <see cref="GeneratedAt(DateTimeOffset)"/>.
/// </remarks>
/// <example>
/// <code>
/// new EcomReport("Customer segments")
///     .DescribeData("orders.csv: 12,000 transactions, 1,500 customers")
///     .WithOption("K", 4).WithOption("Seed", 42)
///     .AddChart(SegmentationCharts.Scatter2D(result))
///     .AddTable(result.ToDataFrame(), "Segment of each customer")
///     .Save("segments.html");
/// </code>
/// </example>
public sealed partial class EcomReport
{
    /// <summary>Default maximum number of table rows written to the page (the rest are counted, not shown).</summary>
    public const int DefaultMaxRows = 200;

    private readonly List<string> _data = [];
    private readonly List<KeyValuePair<string, string>> _options = [];
    private readonly List<ReportSection> _sections = [];
    private DateTimeOffset? _generatedAt;

    /// <summary>Starts a report.</summary>
    /// <param name="title">Page and header title.</param>
    /// <exception cref="Core.Data.InputDataException"><see cref="Core.Data.ErrorIds.InvalidOption"/>: the title is blank.</exception>
    public EcomReport(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw InvalidOption("Title", "Title is empty: give the report a title, e.g. \"Customer segments\".");
        }

        Title = title;
    }

    /// <summary>The report title.</summary>
    public string Title { get; }

    /// <summary>Number of charts added so far.</summary>
    public int ChartCount => _sections.Count(s => s is ReportSection.Chart);

    /// <summary>Number of tables added so far.</summary>
    public int TableCount => _sections.Count(s => s is ReportSection.Table);

    /// <summary>Adds a line to the header's "Data" list (source file, row counts, date range...).</summary>
    /// <param name="description">Plain text.</param>
    /// <returns>This report.</returns>
    public EcomReport DescribeData(string description)
    {
        _data.Add(RequireText(description, nameof(description)));
        return this;
    }

    /// <summary>Adds an option to the header's "Options" table (algorithm settings that produced the results).</summary>
    /// <param name="name">Option name.</param>
    /// <param name="value">Option value, shown in invariant culture ("(not set)" for null).</param>
    /// <returns>This report.</returns>
    public EcomReport WithOption(string name, object? value)
    {
        _options.Add(new(RequireText(name, nameof(name)), value is null ? "(not set)" : ReportTable.Format(value)));
        return this;
    }

    /// <summary>Shows the given generation time in the header (no clock is read otherwise, keeping output reproducible).</summary>
    /// <param name="timestamp">The time to show.</param>
    /// <returns>This report.</returns>
    public EcomReport GeneratedAt(DateTimeOffset timestamp)
    {
        _generatedAt = timestamp;
        return this;
    }

    /// <summary>Adds a section heading.</summary>
    /// <param name="text">Heading text.</param>
    /// <returns>This report.</returns>
    public EcomReport AddHeading(string text)
    {
        _sections.Add(new ReportSection.Heading(RequireText(text, nameof(text))));
        return this;
    }

    /// <summary>Adds a paragraph of plain text.</summary>
    /// <param name="text">Paragraph text (escaped; line breaks kept).</param>
    /// <returns>This report.</returns>
    public EcomReport AddText(string text)
    {
        _sections.Add(new ReportSection.Paragraph(RequireText(text, nameof(text))));
        return this;
    }

    /// <summary>Adds a chart; its JSON is captured now.</summary>
    /// <param name="chart">The chart.</param>
    /// <param name="caption">Optional caption under the chart.</param>
    /// <returns>This report.</returns>
    public EcomReport AddChart(GenericChart chart, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        string id = string.Create(CultureInfo.InvariantCulture, $"ecomai-chart-{ChartCount + 1}");
        _sections.Add(new ReportSection.Chart(ChartHtml.Fragment(chart, id), caption));
        return this;
    }

    /// <summary>Adds a data frame as a table (for example a result's <c>ToDataFrame()</c>); its cells are copied now.</summary>
    /// <param name="table">The data frame.</param>
    /// <param name="caption">Optional caption above the table.</param>
    /// <param name="maxRows">At most this many rows are written; the caption says how many were left out.</param>
    /// <returns>This report.</returns>
    /// <exception cref="Core.Data.InputDataException"><see cref="Core.Data.ErrorIds.InvalidOption"/>: a count is below its minimum.</exception>
    public EcomReport AddTable(DataFrame table, string? caption = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckCount(maxRows, 1, nameof(maxRows));
        _sections.Add(new ReportSection.Table(ReportTable.From(table, maxRows), caption));
        return this;
    }

    /// <summary>Adds rows (column name → value) as a table; columns are the keys in first-seen order.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="caption">Optional caption above the table.</param>
    /// <param name="maxRows">At most this many rows are written; the caption says how many were left out.</param>
    /// <returns>This report.</returns>
    /// <exception cref="Core.Data.InputDataException"><see cref="Core.Data.ErrorIds.InvalidOption"/>: a count is below its minimum.</exception>
    public EcomReport AddTable(IEnumerable<IReadOnlyDictionary<string, object?>> rows, string? caption = null, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        CheckCount(maxRows, 1, nameof(maxRows));
        _sections.Add(new ReportSection.Table(ReportTable.From(rows, maxRows), caption));
        return this;
    }

    /// <summary>
    /// A report option's error is the core's one error for an invalid option (<see cref="InputDataException"/> with
    /// <see cref="ErrorIds.InvalidOption"/>, the message starting with the option's name), so front ends show one id.
    /// </summary>
    private static InputDataException InvalidOption(string option, string message) =>
        new(ErrorIds.InvalidOption, message, null, null, option, null);

    /// <summary>A count option (curves, rows, products) of at least <paramref name="min"/>.</summary>
    private static void CheckCount(int value, int min, string option)
    {
        if (value < min)
        {
            throw InvalidOption(option, string.Create(CultureInfo.InvariantCulture, $"{option} = {value}: use at least {min}."));
        }
    }

    private static string RequireText(string value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"'{parameter}' is empty: pass some text.", parameter);
        }

        return value;
    }
}

using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using EcomAI.Charts.Html;
using EcomAI.Core.Data;

namespace EcomAI.Charts.Report;

public sealed partial class EcomReport
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}"
        + "header{border-bottom:1px solid #ccc;margin-bottom:16px}h1{margin:0 0 8px}"
        + "table{border-collapse:collapse;margin:8px 0 24px;font-size:13px}"
        + "th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}"
        + "caption{text-align:left;white-space:nowrap;font-weight:600;padding:4px 0}"
        + "td.num{text-align:right;font-variant-numeric:tabular-nums}"
        + "figure{margin:0 0 24px}figcaption{color:#555;font-size:13px}.meta{color:#555;font-size:13px}"
        + "p{white-space:pre-wrap}.table-wrap{overflow-x:auto;max-width:100%}td{max-width:420px;overflow-wrap:break-word}td.num,th{white-space:nowrap}";

    /// <summary>Renders the whole page: header, sections, and plotly.js once (only if there is a chart).</summary>
    /// <returns>A complete HTML5 document.</returns>
    public string ToHtml()
    {
        var html = new StringBuilder(OfflinePlotly.Script.Length + 64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(Title)).Append("</title>\n");
        html.Append("<style>").Append(Style).Append("</style>\n");
        if (ChartCount > 0)
        {
            // Once per page, in the head, so every chart script below finds the global Plotly.
            html.Append(OfflinePlotly.ScriptElement()).Append('\n');
        }

        html.Append("</head>\n<body>\n");
        AppendHeader(html);
        html.Append("<main>\n");
        foreach (ReportSection section in _sections)
        {
            AppendSection(html, section);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the page to <paramref name="path"/> atomically (temporary file, then rename), as UTF-8.</summary>
    /// <param name="path">Output file; its folder is created if needed.</param>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllText(path, ToHtml());
    }

    private void AppendHeader(StringBuilder html)
    {
        html.Append("<header>\n<h1>").Append(Encode(Title)).Append("</h1>\n");
        if (_data.Count > 0)
        {
            html.Append("<h2>Data</h2>\n<ul class=\"data\">\n");
            foreach (string line in _data)
            {
                html.Append("<li>").Append(Encode(line)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (_options.Count > 0)
        {
            html.Append("<h2>Options</h2>\n<table class=\"options\">\n<tr><th>Option</th><th>Value</th></tr>\n");
            foreach (var (name, value) in _options)
            {
                html.Append("<tr><td>").Append(Encode(name)).Append("</td><td>").Append(Encode(value)).Append("</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        string version = typeof(EcomReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        html.Append("<p class=\"meta\">Produced by EcomAI.Interactive ").Append(Encode(version))
            .Append(CultureInfo.InvariantCulture, $"; charts drawn offline with the embedded plotly.js {OfflinePlotly.Version}");
        if (_generatedAt is { } at)
        {
            html.Append("; generated ").Append(Encode(at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)));
        }

        html.Append(".</p>\n</header>\n");
    }

    private static void AppendSection(StringBuilder html, ReportSection section)
    {
        switch (section)
        {
            case ReportSection.Heading h:
                html.Append("<h2>").Append(Encode(h.Text)).Append("</h2>\n");
                break;
            case ReportSection.Paragraph p:
                html.Append("<p>").Append(Encode(p.Text)).Append("</p>\n");
                break;
            case ReportSection.Chart c:
                html.Append("<figure>\n").Append(c.Html).Append('\n');
                if (c.Caption is { Length: > 0 } caption)
                {
                    html.Append("<figcaption>").Append(Encode(caption)).Append("</figcaption>\n");
                }

                html.Append("</figure>\n");
                break;
            case ReportSection.Table t:
                AppendTable(html, t.Value, t.Caption);
                break;
            default:
                throw new InvalidOperationException($"Unknown report section {section.GetType().Name}.");
        }
    }

    private static void AppendTable(StringBuilder html, ReportTable table, string? caption)
    {
        html.Append("<div class=\"table-wrap\">\n<table class=\"result\">\n");
        string shown = table.Rows.Count < table.TotalRows
            ? string.Create(CultureInfo.InvariantCulture, $"first {table.Rows.Count} of {table.TotalRows} rows")
            : string.Create(CultureInfo.InvariantCulture, $"{table.TotalRows} row{(table.TotalRows == 1 ? string.Empty : "s")}");
        html.Append("<caption>");
        if (caption is { Length: > 0 })
        {
            html.Append(Encode(caption)).Append(" (");
            html.Append(shown).Append(')');
        }
        else
        {
            html.Append(shown);
        }

        html.Append("</caption>\n<tr>");
        foreach (string column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                bool numeric = double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n</div>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

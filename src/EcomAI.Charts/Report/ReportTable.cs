using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Charts.Report;

/// <summary>A table snapshot for a report: column names and cells already formatted as invariant-culture text.</summary>
internal sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, long TotalRows)
{
    /// <summary>Copies up to <paramref name="maxRows"/> rows of a data frame (the frame is not changed).</summary>
    public static ReportTable From(DataFrame frame, int maxRows)
    {
        var columns = frame.Columns.Select(c => c.Name).ToList();
        long total = frame.Rows.Count;
        int take = (int)Math.Min(total, maxRows);
        var rows = new List<IReadOnlyList<string>>(take);
        for (int r = 0; r < take; r++)
        {
            var cells = new string[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                cells[c] = Format(frame.Columns[c][r]);
            }

            rows.Add(cells);
        }

        return new ReportTable(columns, rows, total);
    }

    /// <summary>Copies up to <paramref name="maxRows"/> rows; columns are the union of keys in first-seen order.</summary>
    public static ReportTable From(IEnumerable<IReadOnlyDictionary<string, object?>> source, int maxRows)
    {
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<IReadOnlyDictionary<string, object?>>();
        long total = 0;
        foreach (var row in source)
        {
            if (row is null)
            {
                throw new ArgumentException($"Row {total + 1} of the table is null: pass a dictionary for every row.", nameof(source));
            }

            total++;
            if (kept.Count < maxRows)
            {
                kept.Add(row);
                foreach (string key in row.Keys)
                {
                    if (seen.Add(key))
                    {
                        columns.Add(key);
                    }
                }
            }
        }

        var rows = kept
            .Select(row => (IReadOnlyList<string>)columns.Select(c => row.TryGetValue(c, out object? v) ? Format(v) : string.Empty).ToArray())
            .ToList();
        return new ReportTable(columns, rows, total);
    }

    /// <summary>Invariant text for a cell; missing values and non-finite numbers are shown, never hidden as 0.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "(missing)",
        string s => s,
        double d when double.IsNaN(d) => "NaN",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("G6", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

using System.Globalization;

namespace EcomAI.Core.Data;

/// <summary>
/// Finds columns by name (with aliases) and parses cells strictly and culture-invariantly, so that every
/// capability reports bad input the same way: source, row (and file line), column, value, and what to do.
/// </summary>
public sealed class ColumnBinding
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss", "yyyyMMdd",
    ];

    /// <summary>Binds to a source.</summary>
    public ColumnBinding(ITabularSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The table being read.</summary>
    public ITabularSource Source { get; }

    /// <summary>Fails with <see cref="ErrorIds.EmptyInput"/> when the source has no data rows.</summary>
    public void RequireRows(string what)
    {
        if (Source.RowCount == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput,
                $"{Source.SourceName} has no data rows: {what} need at least one row.");
        }
    }

    /// <summary>Index of the first column whose name matches <paramref name="name"/> or an alias (case-insensitive).</summary>
    /// <exception cref="InputDataException">No such column; the message lists the columns that exist.</exception>
    public int Require(string name, params string[] aliases)
    {
        int index = Find(name, aliases);
        if (index < 0)
        {
            string tried = aliases.Length == 0 ? $"'{name}'" : $"'{name}' (or {string.Join(", ", aliases.Select(a => $"'{a}'"))})";
            throw new InputDataException(ErrorIds.MissingColumn,
                $"{Source.SourceName} has no column {tried}. Columns present: {string.Join(", ", Source.Columns)}. " +
                "Rename the column or pass its name explicitly.", null, null, name, null);
        }

        return index;
    }

    /// <summary>Index of an optional column, or -1. Names compare as <see cref="OrderLineSchema.NormalizeName"/> does
    /// (case, spaces, underscores, hyphens and dots ignored).</summary>
    public int Find(string name, params string[] aliases)
    {
        var columns = Source.Columns.Select(OrderLineSchema.NormalizeName).ToList();
        foreach (string candidate in aliases.Prepend(name))
        {
            int c = columns.IndexOf(OrderLineSchema.NormalizeName(candidate));
            if (c >= 0)
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>The names of a schema column (canonical name, then aliases), to pass as aliases to <see cref="Require"/> or <see cref="Find"/>.</summary>
    public static string[] NamesOf(ColumnRole role) => [.. OrderLineSchema.Get(role).AcceptedNames];

    /// <summary>"DataFrame, row 3" or "orders.csv, line 4 (row 3)".</summary>
    public string Where(int row)
    {
        int? line = Source.LineNumberOf(row);
        return line is null ? $"{Source.SourceName}, row {row + 1}" : $"{Source.SourceName}, line {line} (row {row + 1})";
    }

    /// <summary>Builds an error about one cell.</summary>
    public InputDataException CellError(string errorId, int row, int column, string problem, string advice)
    {
        string columnName = Source.Columns[column];
        string? text = CellText(Source.GetCell(row, column));
        return new InputDataException(errorId,
            $"{Where(row)}, column '{columnName}': {problem}. {advice}",
            row + 1, Source.LineNumberOf(row), columnName, text);
    }

    /// <summary>A non-empty identifier (trimmed).</summary>
    public string ReadId(int row, int column)
    {
        string? text = CellText(Source.GetCell(row, column))?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw CellError(ErrorIds.MissingValue, row, column, "the value is empty", "Every row needs an identifier here.");
        }

        return text;
    }

    /// <summary>Optional text: null when empty.</summary>
    public string? ReadOptionalText(int row, int column)
    {
        if (column < 0)
        {
            return null;
        }

        string? text = CellText(Source.GetCell(row, column))?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>A finite number; text must be invariant-culture (dot decimal separator, no thousands separator).</summary>
    public double ReadNumber(int row, int column)
    {
        double? value = ReadOptionalNumber(row, column);
        if (value is null)
        {
            throw CellError(ErrorIds.MissingValue, row, column, "the value is empty", "Fill in a number.");
        }

        return value.Value;
    }

    /// <summary>A finite number, or null when the cell is empty or the column is absent (<paramref name="column"/> &lt; 0).</summary>
    public double? ReadOptionalNumber(int row, int column)
    {
        if (column < 0)
        {
            return null;
        }

        object? cell = Source.GetCell(row, column);
        double value;
        switch (cell)
        {
            case null:
                return null;
            case double d:
                value = d;
                break;
            case float f:
                value = f;
                break;
            case decimal m:
                value = (double)m;
                break;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                value = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                break;
            case bool:
                throw CellError(ErrorIds.InvalidNumber, row, column, $"'{cell}' is not a number", "Use a numeric column.");
            default:
                string text = CellText(cell)!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                // NumberStyles.Float: no thousands separators, so "2,5" and "1,000" are errors, not 25 and 1000.
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    throw CellError(ErrorIds.InvalidNumber, row, column, $"'{text}' is not a number",
                        "Use digits with a dot as the decimal separator and no thousands separator, e.g. 1234.5.");
                }

                break;
        }

        if (!double.IsFinite(value))
        {
            throw CellError(ErrorIds.NonFiniteNumber, row, column, $"{value.ToString(CultureInfo.InvariantCulture)} is not a finite number",
                "Remove the row or replace the value with a real number.");
        }

        return value;
    }

    /// <summary>A date or timestamp: ISO 8601 text (yyyy-MM-dd, optionally with time) or a typed date.</summary>
    public DateTime ReadDate(int row, int column)
    {
        object? cell = Source.GetCell(row, column);
        switch (cell)
        {
            case DateTime dt:
                return dt;
            case DateTimeOffset dto:
                return dto.UtcDateTime;
            case DateOnly d:
                return d.ToDateTime(TimeOnly.MinValue);
        }

        string? text = CellText(cell)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw CellError(ErrorIds.MissingValue, row, column, "the date is empty", "Fill in a date as yyyy-MM-dd.");
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed))
        {
            return DateTime.SpecifyKind(parsed, DateTimeKind.Unspecified);
        }

        throw CellError(ErrorIds.InvalidDate, row, column, $"'{text}' is not a date",
            "Use ISO 8601: yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss (ambiguous forms such as 03/04/2024 are refused).");
    }

    /// <summary>A boolean flag: true/false, yes/no, 1/0 (case-insensitive); empty is false.</summary>
    public bool ReadFlag(int row, int column)
    {
        if (column < 0)
        {
            return false;
        }

        object? cell = Source.GetCell(row, column);
        switch (cell)
        {
            case null:
                return false;
            case bool b:
                return b;
            case double or float or decimal or int or long or short or byte:
                double v = Convert.ToDouble(cell, CultureInfo.InvariantCulture);
                if (v is 0 or 1)
                {
                    return v == 1;
                }

                throw CellError(ErrorIds.InvalidNumber, row, column, $"{v.ToString(CultureInfo.InvariantCulture)} is not a flag", "Use 0 or 1.");
        }

        string text = CellText(cell)!.Trim();
        switch (text.ToUpperInvariant())
        {
            case "" or "0" or "FALSE" or "NO" or "N":
                return false;
            case "1" or "TRUE" or "YES" or "Y":
                return true;
            default:
                throw CellError(ErrorIds.InvalidNumber, row, column, $"'{text}' is not a flag", "Use true/false, yes/no or 1/0.");
        }
    }

    private static string? CellText(object? cell) => cell switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };
}

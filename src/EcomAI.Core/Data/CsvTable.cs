using System.Text;
using nietras.SeparatedValues;

namespace EcomAI.Core.Data;

/// <summary>
/// An RFC 4180 CSV file held as strings: a header row, then data rows, all with the header's field count.
/// Quoted fields may contain the delimiter, doubled quotes and line breaks.
/// </summary>
public sealed class CsvTable : ITabularSource
{
    private readonly string[] _columns;
    private readonly List<string[]> _rows;
    private readonly List<int> _lines;

    private CsvTable(string sourceName, string[] columns, List<string[]> rows, List<int> lines)
    {
        SourceName = sourceName;
        _columns = columns;
        _rows = rows;
        _lines = lines;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => _columns;

    /// <inheritdoc />
    public int RowCount => _rows.Count;

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public object? GetCell(int row, int column) => _rows[row][column];

    /// <summary>The text of a cell.</summary>
    public string GetText(int row, int column) => _rows[row][column];

    /// <inheritdoc />
    public int? LineNumberOf(int row) => _lines[row];

    /// <summary>Reads a CSV file (UTF-8, BOM allowed). The file is opened read-only and never modified.</summary>
    /// <exception cref="InputDataException">The file is missing, unreadable, has no header or is malformed.</exception>
    public static CsvTable Load(string path, char delimiter = ',')
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InputDataException(ErrorIds.FileError,
                $"The file '{path}' does not exist. Check the path (relative paths are resolved from '{Environment.CurrentDirectory}').");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
            return Read(reader, Path.GetFileName(path), delimiter);
        }
        catch (IOException ex)
        {
            throw new InputDataException(ErrorIds.FileError, $"The file '{path}' could not be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new InputDataException(ErrorIds.FileError, $"The file '{path}' could not be read: {ex.Message}", ex);
        }
    }

    /// <summary>Parses CSV text.</summary>
    public static CsvTable Parse(string text, string sourceName = "CSV text", char delimiter = ',')
    {
        using var reader = new StringReader(text);
        return Read(reader, sourceName, delimiter);
    }

    /// <summary>Reads CSV from a reader (parsed by Sep). The first record is the header.</summary>
    public static CsvTable Read(TextReader reader, string sourceName, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        // Buffered so that an unclosed quote can be told from a field that really runs to the end of the text.
        string text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Trim().Length == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput,
                $"{sourceName} is empty: expected a header row naming the columns, then one row per record.");
        }

        var options = new SepReaderOptions(new Sep(delimiter)) { HasHeader = true, Unescape = true, DisableColCountCheck = true };
        using var sep = options.FromText(text);
        string[] header = sep.Header.ColNames.Select(f => f.Trim()).ToArray();
        for (int c = 0; c < header.Length; c++)
        {
            if (header[c].Length == 0)
            {
                throw new InputDataException(ErrorIds.MalformedCsv,
                    $"{sourceName}, line 1: column {c + 1} of the header has no name. Give every column a name.", null, 1, null, null);
            }
        }

        var rows = new List<string[]>();
        var lines = new List<int>();
        foreach (var row in sep)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue; // blank line
            }

            if (UnclosedQuote(row.Span))
            {
                throw new InputDataException(ErrorIds.MalformedCsv,
                    $"{sourceName}, line {line}: a quoted field is never closed. Close it with a double quote.", rows.Count + 1, line, null, null);
            }

            if (row.ColCount != header.Length)
            {
                throw new InputDataException(ErrorIds.MalformedCsv,
                    $"{sourceName}, line {line}: expected {header.Length} fields as in the header but found {row.ColCount}. " +
                    "Quote values that contain the delimiter.", rows.Count + 1, line, null, null);
            }

            var fields = new string[row.ColCount];
            for (int c = 0; c < fields.Length; c++)
            {
                fields[c] = row[c].ToString();
            }

            rows.Add(fields);
            lines.Add(line);
        }

        return new CsvTable(sourceName, header, rows, lines);
    }

    /// <summary>Whether a record's raw text has an odd number of quotes (a quoted field that runs to the end of the text).</summary>
    private static bool UnclosedQuote(ReadOnlySpan<char> record) => record.Count('"') % 2 == 1;
}

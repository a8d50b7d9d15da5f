using System.Runtime.CompilerServices;
using System.Text;

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

    /// <summary>Reads CSV from a reader. The first record is the header.</summary>
    public static CsvTable Read(TextReader reader, string sourceName, char delimiter = ',')
    {
        var parser = new CsvRecordParser(reader, delimiter);
        var fields = new List<string>();
        if (!parser.TryReadRecord(fields, out _))
        {
            throw new InputDataException(ErrorIds.EmptyInput,
                $"{sourceName} is empty: expected a header row naming the columns, then one row per record.");
        }

        string[] header = fields.Select(f => f.Trim()).ToArray();
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
        while (parser.TryReadRecord(fields, out int line))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (fields.Count != header.Length)
            {
                throw new InputDataException(ErrorIds.MalformedCsv,
                    $"{sourceName}, line {line}: expected {header.Length} fields as in the header but found {fields.Count}. " +
                    "Quote values that contain the delimiter.", rows.Count + 1, line, null, null);
            }

            rows.Add(fields.ToArray());
            lines.Add(line);
        }

        return new CsvTable(sourceName, header, rows, lines);
    }

    /// <summary>Streaming RFC 4180 record parser that tracks line numbers.</summary>
    private sealed class CsvRecordParser(TextReader reader, char delimiter)
    {
        private int _line = 1;
        private readonly StringBuilder _field = new();

        // Runs once per record over whole files: compile it optimized at once instead of starting in tier-0 code.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryReadRecord(List<string> fields, out int startLine)
        {
            fields.Clear();
            startLine = _line;
            int ch = reader.Read();
            if (ch == -1)
            {
                return false;
            }

            _field.Clear();
            bool inQuotes = false;
            bool fieldWasQuoted = false;
            while (true)
            {
                if (inQuotes)
                {
                    if (ch == -1)
                    {
                        throw new InputDataException(ErrorIds.MalformedCsv,
                            $"Line {startLine}: a quoted field is never closed. Close it with a double quote.", null, startLine, null, null);
                    }

                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            _field.Append('"');
                        }
                        else
                        {
                            inQuotes = false;
                        }
                    }
                    else
                    {
                        if (ch == '\n')
                        {
                            _line++;
                        }

                        _field.Append((char)ch);
                    }
                }
                else if (ch == '"' && _field.Length == 0 && !fieldWasQuoted)
                {
                    inQuotes = true;
                    fieldWasQuoted = true;
                }
                else if (ch == delimiter)
                {
                    fields.Add(_field.ToString());
                    _field.Clear();
                    fieldWasQuoted = false;
                }
                else if (ch == '\r' || ch == '\n' || ch == -1)
                {
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    if (ch != -1)
                    {
                        _line++;
                    }

                    fields.Add(_field.ToString());
                    return true;
                }
                else
                {
                    _field.Append((char)ch);
                }

                ch = reader.Read();
            }
        }
    }
}

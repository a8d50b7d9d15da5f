using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;

namespace EcomAI.Core.Data;

/// <summary>
/// The header and separator of a CSV file (plain or gzip), read with Sep so that quoting, a byte-order mark and the
/// separator (comma, semicolon, tab, pipe) are handled the same way for every file; and the physical line on which a
/// given record starts, for messages.
/// </summary>
internal static class CsvDialect
{
    /// <summary>Whether the file is gzip-compressed (by name).</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The header names and the separator.</summary>
    public static (IReadOnlyList<string> Names, char Separator) ReadHeader(string path, string encoding, char? separator)
    {
        using var text = OpenText(path, encoding);
        var options = new SepReaderOptions(separator is char s ? new Sep(s) : null) { HasHeader = true, Unescape = true, DisableColCountCheck = true };
        using var reader = options.From(text);
        var names = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
        return (names, reader.Spec.Sep.Separator);
    }

    /// <summary>
    /// The physical line of each record (1-based, among the records the engine kept): record r is on line r + 1 when the
    /// file holds exactly one line per record (no quoted line breaks, blank or rejected lines), which a count of its line
    /// breaks shows; otherwise the file is read with Sep as far as the largest record asked for.
    /// </summary>
    public static IReadOnlyDictionary<long, long> LinesOfRecords(string path, string encoding, char separator, IReadOnlyCollection<long> records,
        IReadOnlySet<long> rejectedLines, Lazy<bool> onePerRecord)
    {
        if (records.Count == 0)
        {
            return new Dictionary<long, long>();
        }

        if (onePerRecord.Value)
        {
            return records.Distinct().ToDictionary(r => r, r => r + 1);
        }

        return StartLines(path, encoding, separator, records.Select(r => r - 1), rejectedLines).ToDictionary(p => p.Key + 1, p => p.Value);
    }

    /// <summary>
    /// Whether a file holds exactly one physical line per record after its header: no rejected lines, and as many lines as
    /// the engine kept records (a count of line breaks; not for gzip or UTF-16 files).
    /// </summary>
    public static bool OneLinePerRecord(string path, string encoding, int rejectedLines, long keptRecords) =>
        rejectedLines == 0 && !IsGzip(path) && encoding != "utf-16" && CountLines(path) == keptRecords + 1;

    /// <summary>The number of lines of a plain file: its line breaks, plus one for a last line without one.</summary>
    private static long CountLines(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        long lines = 0;
        int read;
        byte last = (byte)'\n';
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }

        return last == (byte)'\n' ? lines : lines + 1;
    }

    /// <summary>
    /// The physical start line of each requested record (0-based index among the records the engine kept), skipping blank
    /// lines and the records the engine rejected (given by their start line). Reads only as far as the largest record asked for.
    /// </summary>
    public static IReadOnlyDictionary<long, long> StartLines(string path, string encoding, char separator, IEnumerable<long> records, IReadOnlySet<long> rejectedLines)
    {
        var wanted = new SortedSet<long>(records);
        var result = new Dictionary<long, long>();
        if (wanted.Count == 0)
        {
            return result;
        }

        long last = wanted.Max;
        using var text = OpenText(path, encoding);
        var options = new SepReaderOptions(new Sep(separator)) { HasHeader = true, DisableColCountCheck = true };
        using var reader = options.From(text);
        long kept = -1;
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsEmpty)
            {
                continue;
            }

            if (rejectedLines.Contains(row.LineNumberFrom))
            {
                continue;
            }

            kept++;
            if (wanted.Contains(kept))
            {
                result[kept] = row.LineNumberFrom;
            }

            if (kept >= last)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The 1-based physical line of each byte offset (counting newlines before it in the decompressed file).</summary>
    public static IReadOnlyDictionary<long, long> LinesAtBytes(string path, IEnumerable<long> offsets)
    {
        var wanted = new SortedSet<long>(offsets);
        var result = new Dictionary<long, long>();
        if (wanted.Count == 0)
        {
            return result;
        }

        using Stream stream = Open(path);
        var buffer = new byte[1 << 16];
        long position = 0, newlines = 0;
        using var next = wanted.GetEnumerator();
        bool more = next.MoveNext();
        int read;
        while (more && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read && more; i++, position++)
            {
                while (more && next.Current == position)
                {
                    result[next.Current] = newlines + 1;
                    more = next.MoveNext();
                }

                if (buffer[i] == (byte)'\n')
                {
                    newlines++;
                }
            }
        }

        while (more)
        {
            result[next.Current] = newlines + 1;
            more = next.MoveNext();
        }

        return result;
    }

    private static Stream Open(string path)
    {
        Stream stream = File.OpenRead(path);
        return IsGzip(path) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    private static StreamReader OpenText(string path, string encoding)
    {
        Stream stream = Open(path);
        Encoding decoding = encoding switch
        {
            "latin-1" => Encoding.Latin1,
            "utf-16" => Encoding.Unicode,
            _ => new UTF8Encoding(false),
        };
        return new StreamReader(stream, decoding, detectEncodingFromByteOrderMarks: true);
    }
}

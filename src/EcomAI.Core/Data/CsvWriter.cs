using System.Globalization;
using System.IO.Compression;
using System.Text;
using nietras.SeparatedValues;

namespace EcomAI.Core.Data;

/// <summary>
/// The one CSV writer of the library (RFC 4180, written by Sep): a header, then one record per row. A field holding
/// the separator, a quote or a line break is quoted, with its quotes doubled, so <see cref="CsvTable"/> reads every
/// file back to the same strings (an id such as <c>Smith, J.</c> stays one field). Text is UTF-8 without a BOM.
/// </summary>
internal sealed class CsvWriter : IDisposable
{
    private readonly string[] _columns;
    private readonly Stream? _compressed;
    private readonly StreamWriter? _stream;
    private readonly SepWriter _writer;

    private CsvWriter(string[] columns, Stream? target, bool gzip)
    {
        if (columns.Length == 0 || columns.Distinct(StringComparer.Ordinal).Count() != columns.Length)
        {
            throw new ArgumentException("A CSV file needs at least one column, and distinct column names.", nameof(columns));
        }

        _columns = columns;
        var spec = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture });
        if (target is null)
        {
            _writer = spec.ToText();
        }
        else
        {
            if (gzip)
            {
                _compressed = new GZipStream(target, CompressionLevel.Fastest, leaveOpen: true);
            }

            _stream = new StreamWriter(_compressed ?? target, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _writer = spec.To(_stream);
        }

        // The header now, so a file without rows still names its columns.
        _writer.Header.Add(columns);
        _writer.Header.Write();
    }

    /// <summary>A writer whose text <see cref="ToString"/> returns once all rows are written.</summary>
    public static CsvWriter ToText(params string[] columns) => new(columns, null, gzip: false);

    /// <summary>A writer to <paramref name="stream"/> (left open), gzip-compressed when asked.</summary>
    public static CsvWriter ToStream(Stream stream, bool gzip, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new(columns, stream, gzip);
    }

    /// <summary>Writes CSV text with <paramref name="columns"/> and one record per item of <paramref name="rows"/>.</summary>
    public static string Text<T>(string[] columns, IEnumerable<T> rows, Func<T, string[]> fields)
    {
        using var writer = ToText(columns);
        foreach (var row in rows)
        {
            writer.Row(fields(row));
        }

        return writer.ToString();
    }

    /// <summary>Writes one record; <paramref name="fields"/> are in column order, one per column.</summary>
    public void Row(params ReadOnlySpan<string> fields)
    {
        if (fields.Length != _columns.Length)
        {
            throw new ArgumentException($"The file has {_columns.Length} columns; a row gave {fields.Length} fields.", nameof(fields));
        }

        using var row = _writer.NewRow();
        for (int c = 0; c < fields.Length; c++)
        {
            row[_columns[c]].Set(fields[c]);
        }
    }

    /// <summary>The text written so far (for a writer from <see cref="ToText"/>).</summary>
    public override string ToString()
    {
        if (_stream is not null)
        {
            throw new InvalidOperationException("This writer writes to a stream; read the stream instead.");
        }

        _writer.Flush();
        return _writer.ToString();
    }

    /// <summary>A number as exports write it: invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number with a fixed format (e.g. <c>0.00</c> for money), invariant culture.</summary>
    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        _stream?.Dispose();
        _compressed?.Dispose();
    }
}

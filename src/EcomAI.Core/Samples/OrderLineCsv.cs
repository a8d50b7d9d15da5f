using System.Globalization;
using System.IO.Compression;
using EcomAI.Core.Data;
using nietras.SeparatedValues;

namespace EcomAI.Core.Samples;

/// <summary>Writes order lines as a CSV export (with Sep: quoting of separators, quotes and newlines is handled).</summary>
internal sealed class OrderLineCsv : IDisposable
{
    /// <summary>The header of the generated export, as the public online-retail exports name the columns.</summary>
    public static readonly string[] Columns = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];

    private readonly Stream? _compressed;
    private readonly StreamWriter _text;
    private readonly SepWriter _writer;

    private OrderLineCsv(Stream stream, bool gzip)
    {
        if (gzip)
        {
            _compressed = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true);
        }

        _text = new StreamWriter(_compressed ?? stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(_text);
    }

    public static OrderLineCsv Writer(Stream stream, bool gzip) => new(stream, gzip);

    /// <summary>Writes one line.</summary>
    public void Write(OrderLine line, bool decimalIds, string? dateFormat)
    {
        using var row = _writer.NewRow();
        row[Columns[0]].Set(line.OrderId);
        row[Columns[1]].Set(line.ProductId);
        row[Columns[2]].Set(line.Description ?? string.Empty);
        row[Columns[3]].Set(LineWriter.Number(line.Quantity));
        row[Columns[4]].Set(line.OrderDate.ToString(dateFormat ?? "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        row[Columns[5]].Set(LineWriter.Number(line.UnitPrice));
        row[Columns[6]].Set(line.CustomerId is null ? string.Empty : decimalIds ? LineWriter.DecimalId(line.CustomerId) : line.CustomerId);
        row[Columns[7]].Set(line.Country ?? string.Empty);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _text.Dispose();
        _compressed?.Dispose();
    }
}

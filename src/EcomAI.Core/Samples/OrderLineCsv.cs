using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Samples;

/// <summary>Writes order lines as a CSV export through the library's <see cref="CsvWriter"/>.</summary>
internal sealed class OrderLineCsv : IDisposable
{
    /// <summary>The header of the generated export, as the public online-retail exports name the columns.</summary>
    public static readonly string[] Columns = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];

    private readonly CsvWriter _writer;

    private OrderLineCsv(Stream stream, bool gzip) => _writer = CsvWriter.ToStream(stream, gzip, Columns);

    public static OrderLineCsv Writer(Stream stream, bool gzip) => new(stream, gzip);

    /// <summary>Writes one line.</summary>
    public void Write(OrderLine line, bool decimalIds, string? dateFormat) => _writer.Row(
        line.OrderId,
        line.ProductId,
        line.Description ?? string.Empty,
        LineWriter.Number(line.Quantity),
        line.OrderDate.ToString(dateFormat ?? "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        LineWriter.Number(line.UnitPrice),
        line.CustomerId is null ? string.Empty : decimalIds ? LineWriter.DecimalId(line.CustomerId) : line.CustomerId,
        line.Country ?? string.Empty);

    public void Dispose() => _writer.Dispose();
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Samples;

public static partial class SampleData
{
    /// <summary>
    /// The settings of the order-lines sample: 300 customers, 120 products, seed 2010, every quirk of a real export
    /// (guest orders, cancellations, returns, duplicates, postage, free items, ids written as 17850.0), ISO dates.
    /// </summary>
    public static OrderLineGeneratorOptions OrderLinesOptions { get; } = new() { Customers = 300, Products = 120, Seed = 2010 };

    /// <summary>Writes the order-lines sample export (columns InvoiceNo, StockCode, Description, Quantity, InvoiceDate,
    /// UnitPrice, CustomerID, Country) to <paramref name="path"/>, atomically, and returns what the generator put in it.</summary>
    public static OrderLineTruth WriteOrderLinesCsv(string path) => OrderLineGenerator.WriteCsv(path, OrderLinesOptions);

    /// <summary>The order-lines sample export as CSV text (the file <see cref="WriteOrderLinesCsv"/> writes).</summary>
    public static string OrderLinesCsv()
    {
        using var stream = new MemoryStream();
        OrderLineGenerator.WriteCsv(stream, gzip: false, OrderLinesOptions);
        return new System.Text.UTF8Encoding(false).GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The order-lines sample, prepared with <paramref name="options"/> (default rules when null). Dispose it when done.</summary>
    public static OrderLineData OrderLines(OrderLineOptions? options = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-sample-{Guid.NewGuid():N}.csv");
        try
        {
            WriteOrderLinesCsv(path);
            return Data.OrderLines.Load(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

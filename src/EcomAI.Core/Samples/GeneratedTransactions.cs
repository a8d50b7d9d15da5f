using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Samples;

/// <summary>Synthetic transactions with the latent segment of every customer (the ground truth).</summary>
/// <param name="Transactions">All rows, ordered by customer then date.</param>
/// <param name="TrueSegment">Latent segment index (into <see cref="SegmentNames"/>) per customer id.</param>
/// <param name="AsOf">The day after the last possible transaction.</param>
public sealed record GeneratedTransactions(
    IReadOnlyList<Transaction> Transactions,
    IReadOnlyDictionary<string, int> TrueSegment,
    DateTime AsOf)
{
    /// <summary>Names of the latent segments (segment types of the RFM map), by index; the default mix's names unless others were generated.</summary>
    public IReadOnlyList<string> SegmentNames { get; init; } = TransactionGenerator.SegmentNames;

    /// <summary>The true segment name of a customer.</summary>
    public string TrueSegmentName(string customerId) => SegmentNames[TrueSegment[customerId]];

    /// <summary>The rows as validated <see cref="TransactionData"/> (returns netted when present).</summary>
    public TransactionData ToTransactionData() => TransactionReader.FromTransactions(Transactions,
        new TransactionReadOptions { Returns = ReturnHandling.Net });

    /// <summary>One row per transaction (customer_id, date, amount, order_id, quantity) plus true_segment, the latent segment's name.</summary>
    public DataFrame ToDataFrame()
    {
        var frame = TransactionReader.FromTransactions(Transactions, new TransactionReadOptions { Returns = ReturnHandling.Net }).ToDataFrame();
        frame.Columns.Add(new StringDataFrameColumn("true_segment",
            Transactions.Select(t => TrueSegmentName(t.CustomerId))));
        return frame;
    }

    /// <summary>
    /// CSV text (RFC 4180: fields with commas, quotes or line breaks are quoted) with columns customer_id, order_id, date,
    /// amount, quantity; invariant culture, amounts to the cent.
    /// </summary>
    public string ToCsv() => CsvWriter.Text(["customer_id", "order_id", "date", "amount", "quantity"], Transactions, t =>
    [
        t.CustomerId,
        t.OrderId ?? string.Empty,
        t.Timestamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CsvWriter.Number(t.Amount, "0.00"),
        t.Quantity?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    ]);

    /// <summary>Writes <see cref="ToCsv"/> atomically.</summary>
    public void WriteCsv(string path) => AtomicFile.WriteAllText(path, ToCsv());
}

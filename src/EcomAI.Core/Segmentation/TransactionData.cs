using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>Validated transactions ready for RFM, with what was done to them on the way in.</summary>
/// <param name="Transactions">The rows kept, in input order.</param>
/// <param name="SourceName">Where they came from, for messages.</param>
/// <param name="HasOrderIds">True when an order-id column was present (frequency then counts distinct orders).</param>
/// <param name="ExcludedReturnRows">Rows with a negative amount dropped under <see cref="ReturnHandling.Exclude"/>.</param>
/// <param name="Returns">How negative amounts were handled.</param>
public sealed record TransactionData(
    IReadOnlyList<Transaction> Transactions,
    string SourceName,
    bool HasOrderIds,
    int ExcludedReturnRows,
    ReturnHandling Returns)
{
    /// <summary>Number of rows kept.</summary>
    public int Count => Transactions.Count;

    /// <summary>One row per transaction: customer_id, date, amount, order_id, quantity.</summary>
    public DataFrame ToDataFrame()
    {
        var ids = new StringDataFrameColumn("customer_id");
        var dates = new PrimitiveDataFrameColumn<DateTime>("date");
        var amounts = new DoubleDataFrameColumn("amount");
        var orders = new StringDataFrameColumn("order_id");
        var quantities = new DoubleDataFrameColumn("quantity");
        foreach (var t in Transactions)
        {
            ids.Append(t.CustomerId);
            dates.Append(t.Timestamp);
            amounts.Append(t.Amount);
            orders.Append(t.OrderId);
            quantities.Append(t.Quantity);
        }

        return new DataFrame(ids, dates, amounts, orders, quantities);
    }
}

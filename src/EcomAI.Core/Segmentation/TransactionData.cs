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

    /// <summary>
    /// Customers all of whose rows were returns dropped under <see cref="ReturnHandling.Exclude"/> (so they left with
    /// them), in ordinal order; empty when not known. Set by <see cref="WithReturnOnlyCustomers"/>.
    /// </summary>
    public IReadOnlyList<string> ReturnOnlyCustomersExcluded { get; init; } = [];

    /// <summary>
    /// This data with <see cref="ReturnOnlyCustomersExcluded"/> filled from the rows as read (before the return
    /// policy): under <see cref="ReturnHandling.Exclude"/>, the customers none of whose rows is a purchase.
    /// </summary>
    /// <param name="read">The transactions as read, returns included.</param>
    public TransactionData WithReturnOnlyCustomers(IEnumerable<Transaction> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Returns != ReturnHandling.Exclude || ExcludedReturnRows == 0)
        {
            return this;
        }

        var kept = Transactions.Select(t => t.CustomerId).ToHashSet(StringComparer.Ordinal);
        var dropped = read.Where(t => t.Amount < 0 && !kept.Contains(t.CustomerId)).Select(t => t.CustomerId)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return this with { ReturnOnlyCustomersExcluded = Array.AsReadOnly(dropped) };
    }

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

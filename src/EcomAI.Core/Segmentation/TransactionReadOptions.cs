using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Column names and policies for reading transactions. Names are matched case-insensitively; common aliases are tried too.</summary>
public sealed record TransactionReadOptions
{
    /// <summary>The defaults: columns customer_id, date, amount (order_id and quantity optional), returns rejected.</summary>
    public static TransactionReadOptions Default { get; } = new();

    /// <summary>Customer id column (aliases: customer, customerid, CustomerID, customer_id).</summary>
    public string CustomerColumn { get; init; } = "customer_id";

    /// <summary>Date or timestamp column (aliases: date, timestamp, order_date, InvoiceDate).</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>Amount column (aliases: amount, total, revenue, value, sales).</summary>
    public string AmountColumn { get; init; } = "amount";

    /// <summary>Optional order id column (aliases: order, orderid, invoice, InvoiceNo). When absent every row is its own order.</summary>
    public string OrderColumn { get; init; } = "order_id";

    /// <summary>Optional quantity column (alias: qty).</summary>
    public string QuantityColumn { get; init; } = "quantity";

    /// <summary>Negative amounts: rejected (default), netted against monetary value, or excluded.</summary>
    public ReturnHandling Returns { get; init; } = ReturnHandling.Reject;

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckColumnName(CustomerColumn, nameof(CustomerColumn));
        Preconditions.CheckColumnName(DateColumn, nameof(DateColumn));
        Preconditions.CheckColumnName(AmountColumn, nameof(AmountColumn));
        Preconditions.CheckColumnName(OrderColumn, nameof(OrderColumn));
        Preconditions.CheckColumnName(QuantityColumn, nameof(QuantityColumn));
        Preconditions.CheckDefined(Returns, nameof(Returns));
    }
}

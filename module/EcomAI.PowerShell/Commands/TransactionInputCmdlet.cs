using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>Base of the cmdlets that read transactions (customer, date, amount, optional order id).</summary>
public abstract class TransactionInputCmdlet : RowInputCmdlet<Transaction>
{
    private const int Customer = 0, Date = 1, Amount = 2, Order = 3;

    /// <summary>Property (or CSV column) with the customer id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CustomerProperty { get; set; }

    /// <summary>Property with the purchase date (ISO 8601 text or a DateTime).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DateProperty { get; set; }

    /// <summary>Property with the amount spent.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? AmountProperty { get; set; }

    /// <summary>Optional property with the order id (frequency then counts distinct orders).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OrderProperty { get; set; }

    /// <summary>What to do with negative amounts (returns).</summary>
    [Parameter]
    public ReturnHandling Returns { get; set; } = ReturnHandling.Reject;

    /// <summary>Reference date for recency (default: the day after the last purchase).</summary>
    [Parameter]
    public DateTime? AsOf { get; set; }

    private protected override string RowNoun => "transactions";

    private protected override IReadOnlyList<InputColumn> InputColumns() =>
    [
        new("CustomerId", CustomerProperty, ["customer_id", "customer", "customer id", "client_id", "clientid"]),
        new("Date", DateProperty, ["timestamp", "order_date", "orderdate", "invoicedate", "invoice_date", "datetime"]),
        new("Amount", AmountProperty, ["total", "revenue", "value", "sales", "price_total"]),
        new("OrderId", OrderProperty, ["order_id", "order", "invoice", "invoiceno", "invoice_no"], Required: false),
    ];

    private protected override Transaction ReadRow(in InputRow row)
    {
        string customer = row.Id(Customer);
        DateTime date = row.Date(Date);
        double amount = row.Number(Amount);
        if (amount < 0 && Returns == ReturnHandling.Reject)
        {
            throw row.Error(Amount, ErrorIds.OutOfRange,
                string.Create(CultureInfo.InvariantCulture, $"the amount {amount} is negative (a return?)"),
                "Returns are rejected by default: pass -Returns Net to subtract them from monetary value, or -Returns Exclude to drop them.");
        }

        return new Transaction(customer, date, amount, row.Has(Order) ? row.OptionalText(Order) : null);
    }

    /// <summary>The parsed transactions as the core's validated input.</summary>
    private protected TransactionData ToTransactionData(IReadOnlyList<Transaction> rows) =>
        TransactionReader.FromTransactions(rows, new TransactionReadOptions { Returns = Returns });

    /// <summary>RFM options from the parameters.</summary>
    private protected RfmOptions RfmOptions => new() { AsOf = AsOf };
}

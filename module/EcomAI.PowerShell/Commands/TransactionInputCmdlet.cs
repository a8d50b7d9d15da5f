using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// Base of the customer-level cmdlets: the order lines become one transaction per customer and order (the core's
/// <see cref="OrderLineData.ToTransactions"/>); lines without a customer are left out and counted.
/// </summary>
public abstract class TransactionInputCmdlet : OrderLineInputCmdlet
{
    /// <summary>Reference date for recency (default: the day after the last purchase).</summary>
    [Parameter]
    public DateTime? AsOf { get; set; }

    private protected override string RowNoun => "order lines";

    /// <summary>RFM options from the parameters.</summary>
    private protected RfmOptions RfmOptions => RfmOptions.Default with { AsOf = AsOf };

    private protected sealed override void Analyze(OrderLineData data)
    {
        var transactions = Timed("Derived transactions (one per customer and order)", data.ToTransactions);
        Analyze(transactions);
    }

    /// <summary>Runs the job on the transactions.</summary>
    private protected abstract void Analyze(TransactionData transactions);
}

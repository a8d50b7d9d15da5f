using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="Rfm.FromTransactions(TransactionData, RfmOptions)"/>.</summary>
public sealed record RfmOptions
{
    /// <summary>The defaults: as-of the day after the last transaction, monetary = total.</summary>
    public static RfmOptions Default { get; } = new();

    /// <summary>
    /// The date recency is measured from. Null (default): the calendar day after the last transaction, so the most
    /// recent customer has recency 1. Transactions after the as-of date are excluded and counted.
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Total (default) or mean spend per order.</summary>
    public MonetaryKind Monetary { get; init; } = MonetaryKind.Total;

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public void Validate() => Preconditions.CheckDefined(Monetary, nameof(Monetary));
}

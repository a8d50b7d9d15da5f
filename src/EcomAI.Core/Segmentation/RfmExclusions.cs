using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// What was left out on the way from transactions to the RFM table, counted once per kind, with the customer ids
/// involved, so a front end can report everything in one message.
/// </summary>
/// <param name="Returns">How negative amounts were handled when the transactions were read.</param>
/// <param name="ReturnRowsExcluded">Rows with a negative amount dropped under <see cref="ReturnHandling.Exclude"/>.</param>
/// <param name="RowsAfterAsOf">Transactions dated on or after the as-of date (not yet happened at that date).</param>
/// <param name="CustomersOnlyAfterAsOf">Customers all of whose transactions are on or after the as-of date, in ordinal order.</param>
/// <param name="CustomersWithoutPurchases">Customers with only returns before the as-of date (refund-only), in ordinal order.</param>
public sealed record RfmExclusions(
    ReturnHandling Returns,
    int ReturnRowsExcluded,
    int RowsAfterAsOf,
    IReadOnlyList<string> CustomersOnlyAfterAsOf,
    IReadOnlyList<string> CustomersWithoutPurchases)
{
    /// <summary>Nothing left out.</summary>
    public static RfmExclusions None { get; } = new(ReturnHandling.Reject, 0, 0, [], []);

    /// <summary>
    /// Customers who left with their excluded returns (refund-only under <see cref="ReturnHandling.Exclude"/>), in
    /// ordinal order, when the transactions knew them (<see cref="TransactionData.ReturnOnlyCustomersExcluded"/>).
    /// </summary>
    public IReadOnlyList<string> CustomersOnlyReturnsExcluded { get; init; } = [];

    /// <summary>Number of ids a message lists before "and N more".</summary>
    public const int IdsShown = 5;

    /// <summary>True when anything (a row or a customer) was left out.</summary>
    public bool Any => ReturnRowsExcluded > 0 || RowsAfterAsOf > 0 || CustomersWithoutPurchases.Count > 0 || CustomersOnlyAfterAsOf.Count > 0
        || CustomersOnlyReturnsExcluded.Count > 0;

    /// <summary>
    /// One sentence for people, e.g. "Left out of RFM: 3 return rows (Returns = Exclude); 1 customer with only
    /// returns (Z)." or "Nothing was left out of RFM.".
    /// </summary>
    public string Summary => Describe(returnRows: true);

    /// <summary>
    /// What RFM left out, in one sentence; without the return rows when <paramref name="returnRows"/> is false (a front
    /// end that already reported them, such as the order-lines preparation, says the rest without repeating them).
    /// </summary>
    public string Describe(bool returnRows)
    {
        var parts = new List<string>(5);
        string returnOnly = Count(CustomersOnlyReturnsExcluded.Count, "customer") + " with only returns (" + Ids(CustomersOnlyReturnsExcluded) + ")";
        if (returnRows && ReturnRowsExcluded > 0)
        {
            parts.Add(Count(ReturnRowsExcluded, "return row") + " with a negative amount (Returns = Exclude)"
                + (CustomersOnlyReturnsExcluded.Count > 0 ? ", all the rows of " + returnOnly : string.Empty));
        }
        else if (CustomersOnlyReturnsExcluded.Count > 0)
        {
            parts.Add(returnOnly + ", left out with their returns");
        }

        if (RowsAfterAsOf > 0)
        {
            parts.Add(Count(RowsAfterAsOf, "transaction") + " dated on or after the as-of date");
        }

        if (CustomersWithoutPurchases.Count > 0)
        {
            parts.Add(Count(CustomersWithoutPurchases.Count, "customer") + " with only returns, no purchase (" + Ids(CustomersWithoutPurchases) + ")");
        }

        if (CustomersOnlyAfterAsOf.Count > 0)
        {
            parts.Add(Count(CustomersOnlyAfterAsOf.Count, "customer") + " whose transactions are all on or after the as-of date (" + Ids(CustomersOnlyAfterAsOf) + ")");
        }

        return parts.Count == 0 ? "Nothing was left out of RFM." : "Left out of RFM: " + string.Join("; ", parts) + ".";
    }

    /// <summary>"a, b, c and 12 more".</summary>
    internal static string Ids(IReadOnlyList<string> ids)
    {
        string shown = string.Join(", ", ids.Take(IdsShown));
        return ids.Count > IdsShown ? string.Create(CultureInfo.InvariantCulture, $"{shown} and {ids.Count - IdsShown:N0} more") : shown;
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n:N0} {noun}{(n == 1 ? string.Empty : "s")}");
}

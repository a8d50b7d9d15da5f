namespace EcomAI.Core.Segmentation;

/// <summary>One customer's RFM values and 1–5 scores (5 = best: most recent, most frequent, highest spend).</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="LastPurchase">Date of the last purchase (returns do not count).</param>
/// <param name="RecencyDays">Whole calendar days from the last purchase to the as-of date.</param>
/// <param name="Frequency">Distinct orders (or purchase rows when there is no order id).</param>
/// <param name="Monetary">Total or mean spend, per <see cref="RfmTable.Monetary"/>.</param>
/// <param name="RScore">Recency quintile score, 5 = most recent.</param>
/// <param name="FScore">Frequency quintile score, 5 = most orders.</param>
/// <param name="MScore">Monetary quintile score, 5 = highest spend.</param>
public sealed record RfmRecord(
    string CustomerId,
    DateTime LastPurchase,
    int RecencyDays,
    int Frequency,
    double Monetary,
    int RScore,
    int FScore,
    int MScore)
{
    /// <summary>The three scores as a code, e.g. "545".</summary>
    public string Code => $"{RScore}{FScore}{MScore}";
}

namespace EcomAI.Core.Segmentation;

/// <summary>What to do with rows whose amount is negative (returns or refunds).</summary>
public enum ReturnHandling
{
    /// <summary>Default: a negative amount is an error naming the row, so returns are never handled silently.</summary>
    Reject,

    /// <summary>
    /// Keep returns: they are subtracted from the customer's monetary value but are not purchases, so they do not
    /// count as orders and do not make a customer more recent. A customer with only returns gets no RFM row
    /// (listed in <see cref="RfmExclusions.CustomersWithoutPurchases"/>). A customer whose refunds exceed their
    /// purchases keeps a row with a negative monetary value, which segmentation transforms with the signed log
    /// (see <see cref="FeatureScaler"/>).
    /// </summary>
    Net,

    /// <summary>Drop rows with a negative amount; the number dropped is reported in <see cref="TransactionData.ExcludedReturnRows"/>.</summary>
    Exclude,
}

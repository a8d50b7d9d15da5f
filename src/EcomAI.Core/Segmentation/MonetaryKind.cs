namespace EcomAI.Core.Segmentation;

/// <summary>How the monetary value of a customer is summarised.</summary>
public enum MonetaryKind
{
    /// <summary>Total spend (sum of amounts, net of returns under <see cref="ReturnHandling.Net"/>). The default.</summary>
    Total,

    /// <summary>Mean spend per order: total divided by frequency.</summary>
    Mean,
}

namespace EcomAI.Core.Pricing;

/// <summary>A sales row left out of the demand model, and why.</summary>
/// <param name="Row">1-based data row in the input (not counting a header).</param>
/// <param name="ProductId">The row's product.</param>
/// <param name="Price">The row's price.</param>
/// <param name="Quantity">The row's quantity.</param>
/// <param name="Reason">Why it was excluded, e.g. "quantity 0 is not positive".</param>
public sealed record ExcludedSale(int Row, string ProductId, double Price, double Quantity, string Reason)
{
    /// <summary>The whole row, so a model that can use it (the levels fit takes zero quantities) gets it back.</summary>
    internal SaleObservation Observation { get; init; }
}

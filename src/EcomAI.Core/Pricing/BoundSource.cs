namespace EcomAI.Core.Pricing;

/// <summary>Where an end of a product's allowed price range came from.</summary>
public enum BoundSource
{
    /// <summary>No bound on this side.</summary>
    None,

    /// <summary>The observed prices widened by <see cref="PriceOptimizerOptions.MaxChange"/> (the default).</summary>
    Observed,

    /// <summary><see cref="PriceOptimizerOptions.MinPrice"/> or <see cref="PriceOptimizerOptions.MaxPrice"/>, for every product.</summary>
    Given,

    /// <summary>The product's own <c>min_price</c> or <c>max_price</c> column in the data.</summary>
    Data,
}

namespace EcomAI.Core.Samples;

/// <summary>The true demand model behind one generated product.</summary>
/// <param name="ProductId">Product id.</param>
/// <param name="A">True scale a of Q = a·P^b.</param>
/// <param name="B">True elasticity b.</param>
/// <param name="UnitCost">Unit cost c.</param>
/// <param name="BasePrice">Base (non-promotion) price P₀ around which weekly prices vary.</param>
/// <param name="PromotionLift">True log lift g of promotion weeks.</param>
/// <param name="OptimalPrice">True profit-maximising price c·b/(1 + b), or NaN when b ≥ −1 (no interior optimum).</param>
public sealed record PricingProductTruth(string ProductId, double A, double B, double UnitCost, double BasePrice, double PromotionLift, double OptimalPrice);

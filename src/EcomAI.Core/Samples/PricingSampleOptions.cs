namespace EcomAI.Core.Samples;

/// <summary>Settings of <see cref="PricingSampleGenerator"/>; validated once, naming the parameter.</summary>
/// <remarks>
/// Each product gets a true elasticity b, unit cost c, base price P₀ = c × markup and scale a chosen so that base-price
/// weeks sell about <see cref="MinBaseQuantity"/>–<see cref="MaxBaseQuantity"/> units. Week t's price is
/// P₀·e^u (u uniform in ±<see cref="PriceSpread"/>), times (1 − <see cref="PromotionDiscount"/>) on promotion weeks,
/// rounded to cents; quantity is ln Q = ln a + b·ln P + <see cref="PromotionLift"/>·promotion + ε, ε ~ N(0, σ²).
/// </remarks>
public sealed record PricingSampleOptions
{
    /// <summary>Number of products. Default 20.</summary>
    public int Products { get; init; } = 20;

    /// <summary>Weeks of sales per product. Default 52.</summary>
    public int Weeks { get; init; } = 52;

    /// <summary>Random seed; the same seed gives the same sample on every machine.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Most negative true elasticity. Default −3.5.</summary>
    public double ElasticityMin { get; init; } = -3.5;

    /// <summary>Least negative true elasticity for elastic products (must be below −1). Default −1.3.</summary>
    public double ElasticityMax { get; init; } = -1.3;

    /// <summary>Share of products drawn inelastic instead (b uniform in [−0.9, −0.2]). Default 0.</summary>
    public double InelasticShare { get; init; }

    /// <summary>Standard deviation σ of the log-quantity noise. Default 0.15.</summary>
    public double NoiseSigma { get; init; } = 0.15;

    /// <summary>Half-width of the log-uniform weekly price variation around the base price. Default 0.15.</summary>
    public double PriceSpread { get; init; } = 0.15;

    /// <summary>Probability that a week is a promotion week. Default 0.1.</summary>
    public double PromotionRate { get; init; } = 0.1;

    /// <summary>Price discount on promotion weeks, in [0, 1). Default 0.2.</summary>
    public double PromotionDiscount { get; init; } = 0.2;

    /// <summary>Log lift g of promotion weeks beyond the price effect (display, ads). Default 0.3.</summary>
    public double PromotionLift { get; init; } = 0.3;

    /// <summary>Typical units sold per week at the base price: lower end. Default 20.</summary>
    public double MinBaseQuantity { get; init; } = 20;

    /// <summary>Typical units sold per week at the base price: upper end. Default 500.</summary>
    public double MaxBaseQuantity { get; init; } = 500;

    /// <summary>Probability that a week is a stock-out with quantity 0 (such rows are excluded by the log model). Default 0.</summary>
    public double StockoutRate { get; init; }

    /// <summary>When true quantities are rounded to whole units (some may become 0 and be excluded by the model). Default false.</summary>
    public bool RoundQuantities { get; init; }

    /// <summary>Date of week 0. Default 2024-01-01 (a Monday).</summary>
    public DateTime StartDate { get; init; } = new(2024, 1, 1);

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    internal void Validate()
    {
        Preconditions.CheckAtLeast(Products, 1, nameof(Products));
        Preconditions.CheckAtLeast(Weeks, 1, nameof(Weeks));
        Preconditions.CheckFinite(ElasticityMax, nameof(ElasticityMax), max: -1);
        Preconditions.CheckOption(ElasticityMax < -1, nameof(ElasticityMax),
            $"{nameof(ElasticityMax)} = {ElasticityMax}: elastic products need b below -1; use {nameof(InelasticShare)} for inelastic ones.");
        Preconditions.CheckFinite(ElasticityMin, nameof(ElasticityMin), max: ElasticityMax);
        Preconditions.CheckFinite(InelasticShare, nameof(InelasticShare), 0, 1);
        Preconditions.CheckFinite(NoiseSigma, nameof(NoiseSigma), 0, 5);
        Preconditions.CheckFinite(PriceSpread, nameof(PriceSpread), 0, 2);
        Preconditions.CheckFinite(PromotionRate, nameof(PromotionRate), 0, 1);
        Preconditions.CheckFinite(StockoutRate, nameof(StockoutRate), 0, 1);
        Preconditions.CheckOption(StockoutRate < 1, nameof(StockoutRate), $"{nameof(StockoutRate)} = {StockoutRate}: use a probability below 1, or no week sells.");
        Preconditions.CheckFinite(PromotionDiscount, nameof(PromotionDiscount), 0, 1);
        Preconditions.CheckOption(PromotionDiscount < 1, nameof(PromotionDiscount), $"{nameof(PromotionDiscount)} = {PromotionDiscount}: use a discount below 1 (100 %).");
        Preconditions.CheckFinite(PromotionLift, nameof(PromotionLift));
        Preconditions.CheckFinite(MaxBaseQuantity, nameof(MaxBaseQuantity), min: 0);
        Preconditions.CheckFinite(MinBaseQuantity, nameof(MinBaseQuantity), 0, MaxBaseQuantity);
        Preconditions.CheckOption(MinBaseQuantity > 0, nameof(MinBaseQuantity), $"{nameof(MinBaseQuantity)} = {MinBaseQuantity}: use a positive quantity.");
    }
}

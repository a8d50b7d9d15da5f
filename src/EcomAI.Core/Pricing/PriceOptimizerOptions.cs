namespace EcomAI.Core.Pricing;

/// <summary>
/// How a price is chosen from an elasticity estimate: the objective, the unit cost, and the allowed range. Validated once
/// (<see cref="Core.Data.ErrorIds.InvalidOption"/>, naming the option).
/// </summary>
/// <remarks>
/// The allowed range of a product, from the first that applies: its own <c>min_price</c>/<c>max_price</c> columns (bulk
/// analysis), <see cref="MinPrice"/>/<see cref="MaxPrice"/>, and by default the observed range widened by
/// <see cref="MaxChange"/>: [lowest observed × (1 − MaxChange), highest observed × (1 + MaxChange)]. A price outside the
/// prices the data has seen rests on extrapolation, so the default keeps recommendations near the evidence.
/// </remarks>
public sealed record PriceOptimizerOptions
{
    /// <summary>The defaults: profit objective, no unit cost, the observed range ± 20 %.</summary>
    public static PriceOptimizerOptions Default { get; } = new();

    /// <summary>Unit cost c for every product (a product's own cost wins in the bulk analysis). Needed for the profit objective.</summary>
    public double? UnitCost { get; init; }

    /// <summary>Lowest allowed price for every product (overrides the observed range).</summary>
    public double? MinPrice { get; init; }

    /// <summary>Highest allowed price for every product (overrides the observed range).</summary>
    public double? MaxPrice { get; init; }

    /// <summary>
    /// How far beyond the observed prices a recommendation may go, as a fraction: default 0.2 gives [lowest × 0.8, highest
    /// × 1.2]. Null: no bound from the data (only <see cref="MinPrice"/>/<see cref="MaxPrice"/>).
    /// </summary>
    public double? MaxChange { get; init; } = 0.2;

    /// <summary>Today's price for the what-if of a single estimate (the bulk analysis uses each product's last period).</summary>
    public double? CurrentPrice { get; init; }

    /// <summary>What to maximise: profit (default) or revenue.</summary>
    public PricingObjective Objective { get; init; } = PricingObjective.Profit;

    internal void Validate(bool requireCost)
    {
        Preconditions.CheckDefined(Objective, nameof(Objective));
        if (UnitCost is double c)
        {
            Preconditions.CheckFinite(c, nameof(UnitCost), 0);
            Preconditions.CheckOption(!(Objective == PricingObjective.Profit && c == 0), nameof(UnitCost),
                $"{nameof(UnitCost)} = 0 makes profit equal to revenue: use Objective = Revenue, or give the real cost.");
        }

        Preconditions.CheckOption(!(requireCost && Objective == PricingObjective.Profit && UnitCost is null), nameof(UnitCost),
            $"{nameof(UnitCost)} is required for the profit objective: P* = c·b/(1 + b) depends on the unit cost c.");
        CheckPositive(MinPrice, nameof(MinPrice));
        CheckPositive(MaxPrice, nameof(MaxPrice));
        CheckPositive(CurrentPrice, nameof(CurrentPrice));
        Preconditions.CheckOption(!(MinPrice is double min && MaxPrice is double max && max < min), nameof(MaxPrice),
            $"{nameof(MaxPrice)} = {MaxPrice} is below {nameof(MinPrice)} = {MinPrice}: give MinPrice ≤ MaxPrice.");
        if (MaxChange is double m)
        {
            Preconditions.CheckFinite(m, nameof(MaxChange), 0, 0.99);
        }
    }

    private static void CheckPositive(double? value, string option)
    {
        if (value is double v)
        {
            Preconditions.CheckOption(double.IsFinite(v) && v > 0, option, $"{option} = {v}: use a positive price (or leave it unset).");
        }
    }
}

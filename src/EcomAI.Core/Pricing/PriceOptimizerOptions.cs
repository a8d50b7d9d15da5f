namespace EcomAI.Core.Pricing;

/// <summary>Options for <see cref="PriceOptimizer.Optimize(ElasticityEstimate, PriceOptimizerOptions)"/>; validated once, naming the parameter.</summary>
public sealed record PriceOptimizerOptions
{
    /// <summary>Defaults: profit objective, no bounds, no unit cost.</summary>
    public static PriceOptimizerOptions Default { get; } = new();

    /// <summary>
    /// Unit cost c (≥ 0; > 0 for the profit objective). In <see cref="PricingAnalysis"/> this is the fallback for
    /// products without a cost of their own.
    /// </summary>
    public double? UnitCost { get; init; }

    /// <summary>Lowest allowed price (> 0), or null for none.</summary>
    public double? MinPrice { get; init; }

    /// <summary>Highest allowed price (> MinPrice), or null for none.</summary>
    public double? MaxPrice { get; init; }

    /// <summary>What to maximise; <see cref="PricingObjective.Profit"/> by default.</summary>
    public PricingObjective Objective { get; init; } = PricingObjective.Profit;

    internal void Validate(bool requireCost)
    {
        if (!Enum.IsDefined(Objective))
        {
            throw OptionError.OutOfRange(nameof(Objective), Objective, "Objective must be Profit or Revenue.");
        }

        if (UnitCost is double c && (!double.IsFinite(c) || c < 0))
        {
            throw OptionError.OutOfRange(nameof(UnitCost), c, "UnitCost must be a finite number >= 0.");
        }

        if (requireCost && Objective == PricingObjective.Profit && UnitCost is null)
        {
            throw OptionError.Invalid(nameof(UnitCost), "UnitCost is required for the profit objective: P* = c·b/(1 + b) depends on the unit cost c.");
        }

        if (Objective == PricingObjective.Profit && UnitCost is 0)
        {
            throw OptionError.OutOfRange(nameof(UnitCost), 0.0, "UnitCost 0 makes profit equal to revenue: use Objective = Revenue, or give the real cost.");
        }

        if (MinPrice is double lo && (!double.IsFinite(lo) || lo <= 0))
        {
            throw OptionError.OutOfRange(nameof(MinPrice), lo, "MinPrice must be a positive finite number (or null for no lower bound).");
        }

        if (MaxPrice is double hi && (!double.IsFinite(hi) || hi <= 0))
        {
            throw OptionError.OutOfRange(nameof(MaxPrice), hi, "MaxPrice must be a positive finite number (or null for no upper bound).");
        }

        if (MinPrice is double min && MaxPrice is double max && max < min)
        {
            throw OptionError.OutOfRange(nameof(MaxPrice), max, $"MaxPrice ({max}) is below MinPrice ({min}): swap them.");
        }
    }
}

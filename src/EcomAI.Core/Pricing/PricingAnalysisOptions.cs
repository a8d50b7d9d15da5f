namespace EcomAI.Core.Pricing;

/// <summary>Options for <see cref="PricingAnalysis.Run(SalesData, PricingAnalysisOptions?)"/>.</summary>
public sealed record PricingAnalysisOptions
{
    private readonly IReadOnlyDictionary<string, double>? _unitCosts;

    /// <summary>Defaults: log-log OLS, profit objective, costs from the data, all cores.</summary>
    public static PricingAnalysisOptions Default { get; } = new();

    /// <summary>How each product's elasticity is fitted.</summary>
    public ElasticityOptions Elasticity { get; init; } = ElasticityOptions.Default;

    /// <summary>Objective and bounds for every product; its UnitCost is the fallback cost.</summary>
    public PriceOptimizerOptions Optimizer { get; init; } = PriceOptimizerOptions.Default;

    /// <summary>
    /// Unit cost per product id. A product's cost is taken from here first, then from its most recent row with a
    /// unit cost (latest date, then last in input), then from <see cref="PriceOptimizerOptions.UnitCost"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double>? UnitCosts
    {
        get => _unitCosts;
        // Copied on init: a caller changing its dictionary later cannot change validated options.
        init => _unitCosts = value is null ? null : new Dictionary<string, double>(value, StringComparer.Ordinal);
    }

    /// <summary>Worker threads (null = all cores). Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// For data without costs: a product without a cost (in <see cref="UnitCosts"/> or its data) gets this fraction of its
    /// median observed price as unit cost, e.g. 0.6. Null (default): none. Cannot be combined with
    /// <see cref="PriceOptimizerOptions.UnitCost"/>. The result's <see cref="ProductPricingResult.CostSource"/> says which cost was used.
    /// </summary>
    public double? CostRatio { get; init; }

    internal void Validate()
    {
        Preconditions.CheckOption(Elasticity is not null, nameof(Elasticity), $"{nameof(Elasticity)} is null: use ElasticityOptions.Default or your own.");
        Preconditions.CheckOption(Optimizer is not null, nameof(Optimizer), $"{nameof(Optimizer)} is null: use PriceOptimizerOptions.Default or your own.");
        Elasticity.Validate();
        Optimizer.Validate(requireCost: false);
        Preconditions.CheckThreads(MaxDegreeOfParallelism);

        if (CostRatio is double ratio)
        {
            Preconditions.CheckOption(double.IsFinite(ratio) && ratio > 0 && ratio < 1, nameof(CostRatio),
                $"{nameof(CostRatio)} = {ratio}: use a fraction of the price between 0 and 1, e.g. 0.6.");
            Preconditions.CheckOption(Optimizer.UnitCost is null, nameof(CostRatio),
                $"{nameof(CostRatio)} and {nameof(PriceOptimizerOptions.UnitCost)} are both given: give one cost rule for products without a cost.");
        }

        if (UnitCosts is not null)
        {
            foreach (var (id, c) in UnitCosts)
            {
                Preconditions.CheckOption(double.IsFinite(c) && c >= 0, nameof(UnitCosts), $"{nameof(UnitCosts)}['{id}'] = {c}: use a finite number >= 0.");
            }
        }
    }
}

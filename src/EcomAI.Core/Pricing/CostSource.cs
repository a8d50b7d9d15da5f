namespace EcomAI.Core.Pricing;

/// <summary>Where a product's unit cost came from (the output says it, so a price built on an assumed cost is not mistaken for one built on a real cost).</summary>
public enum CostSource
{
    /// <summary>No cost: only the revenue objective can be used.</summary>
    None,

    /// <summary>The cost given for this product in <see cref="PricingAnalysisOptions.UnitCosts"/>.</summary>
    Given,

    /// <summary>The product's cost column in the data (its most recent value).</summary>
    Data,

    /// <summary>The one cost given for every product (<see cref="PriceOptimizerOptions.UnitCost"/>).</summary>
    UnitCost,

    /// <summary>An assumed cost: <see cref="PricingAnalysisOptions.CostRatio"/> × the product's median observed price.</summary>
    CostRatio,
}

namespace EcomAI.Core.Pricing;

/// <summary>What the recommended price maximises.</summary>
public enum PricingObjective
{
    /// <summary>Profit (P − c)·Q(P) (the default).</summary>
    Profit = 0,

    /// <summary>Revenue P·Q(P) = a·P^(b+1); for constant elasticity this has no interior maximum (see <see cref="PriceOptimizer"/>).</summary>
    Revenue = 1,
}

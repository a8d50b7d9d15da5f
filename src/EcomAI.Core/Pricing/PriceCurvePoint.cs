namespace EcomAI.Core.Pricing;

/// <summary>The demand model's figures at one price of a grid.</summary>
/// <param name="Price">The price.</param>
/// <param name="Quantity">Model quantity a·P^b.</param>
/// <param name="Revenue">P·Q.</param>
/// <param name="Profit">(P − c)·Q.</param>
public readonly record struct PriceCurvePoint(double Price, double Quantity, double Revenue, double Profit);

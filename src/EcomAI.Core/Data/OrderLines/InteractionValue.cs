namespace EcomAI.Core.Data;

/// <summary>What the implicit feedback of a customer × product pair counts.</summary>
public enum InteractionValue
{
    /// <summary>The number of distinct orders with the product (the default: robust to bulk quantities).</summary>
    Orders,

    /// <summary>The summed quantity.</summary>
    Quantity,
}

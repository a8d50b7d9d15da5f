namespace EcomAI.Core.Data;

/// <summary>The period demand is observed over when order lines become sales observations.</summary>
public enum SalesPeriod
{
    /// <summary>Calendar day.</summary>
    Day,

    /// <summary>ISO week, starting on Monday (the default).</summary>
    Week,

    /// <summary>Calendar month.</summary>
    Month,
}

namespace EcomAI.PowerShell.Commands;

/// <summary>The sample tables embedded in EcomAI.Core.</summary>
public enum SampleDataName
{
    /// <summary>Dated purchases per customer (for Get-CustomerSegment).</summary>
    Transactions,

    /// <summary>User-item ratings (for Get-Recommendation).</summary>
    Ratings,

    /// <summary>Weekly price and quantity per product (for Get-PriceElasticity and Get-OptimalPrice).</summary>
    Sales,

    /// <summary>A shop's order-lines export with the quirks of real ones (for every job, and Import-EcomOrderLine).</summary>
    OrderLines,
}

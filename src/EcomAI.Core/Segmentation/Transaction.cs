namespace EcomAI.Core.Segmentation;

/// <summary>One purchase (or, with a negative amount, a return) by a customer.</summary>
/// <param name="CustomerId">The customer's identifier.</param>
/// <param name="Timestamp">When the transaction happened (date, optionally with time).</param>
/// <param name="Amount">Money value of the row; negative for a return.</param>
/// <param name="OrderId">The order the row belongs to, when known; frequency counts distinct orders.</param>
/// <param name="Quantity">Units, when known (informational; RFM does not use it).</param>
public sealed record Transaction(string CustomerId, DateTime Timestamp, double Amount, string? OrderId = null, double? Quantity = null);

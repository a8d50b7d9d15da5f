namespace EcomAI.Core.Recommendation;

/// <summary>One user–item event: an explicit rating, or implicit feedback (a purchase, a count).</summary>
/// <param name="UserId">The user (customer) identifier.</param>
/// <param name="ItemId">The item (product) identifier.</param>
/// <param name="Value">The rating, or the implicit strength (1 for a single purchase, a count, a quantity).</param>
/// <param name="Timestamp">When it happened (optional; all interactions of an input have one or none). The leave-last-out
/// split holds out each user's latest interaction.</param>
public sealed record Interaction(string UserId, string ItemId, double Value = 1.0, DateTime? Timestamp = null);

namespace EcomAI.Core.Recommendation;

/// <summary>One reason behind a recommendation: an item the user has (item-based) or a similar user (user-based).</summary>
/// <param name="Id">The owned item's id (item-based) or the similar user's id (user-based).</param>
/// <param name="Similarity">Its similarity to the recommended item (item-based) or to the user (user-based).</param>
/// <param name="Share">Its share of the total weight: w / Σw over all contributors used (sums to 1 over all of them).</param>
/// <param name="Value">The user's value for the owned item, or the similar user's value for the recommended item.</param>
public sealed record Contributor(string Id, double Similarity, double Share, double Value);

namespace EcomAI.Core.Recommendation;

/// <summary>One similar item (or user).</summary>
/// <param name="Rank">1-based rank, most similar first.</param>
/// <param name="Id">The item (or user) id.</param>
/// <param name="Similarity">Its similarity to the query under the model.</param>
/// <param name="Description">The item's description (the id when the data has none, and for users).</param>
public sealed record Neighbor(int Rank, string Id, double Similarity, string Description);

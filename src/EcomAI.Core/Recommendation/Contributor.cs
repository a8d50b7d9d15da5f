namespace EcomAI.Core.Recommendation;

/// <summary>One reason behind a recommendation: an item the user has (item-based models) or a similar user (user-based kNN).</summary>
/// <param name="Id">The owned item's id, or the similar user's id.</param>
/// <param name="Description">The owned item's description (its id when the data has none); the user's id for user-based kNN.</param>
/// <param name="Similarity">The model's link between the two: kNN similarity, EASE weight B(j,i), or the ALS/SVD weight
/// s(i,j) = q_iᵀ W_u q_j (see each model).</param>
/// <param name="Share">Its share of the positive part of the score: c / Σ c over the contributions c &gt; 0 (sums to 1 over all
/// positive contributors).</param>
/// <param name="Value">The user's value for the owned item (rating or quantity), or the similar user's value for the recommended item.</param>
public sealed record Contributor(string Id, string Description, double Similarity, double Share, double Value);

using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>One entry of a top-N list.</summary>
/// <param name="Rank">1-based rank (descending score).</param>
/// <param name="ItemId">The recommended item.</param>
/// <param name="Description">Its description (the id when the data has none).</param>
/// <param name="Score">The model's score: predicted rating (explicit kNN, SVD), ranking score (EASE, ALS, item-kNN), or the
/// item's number of interactions (popularity).</param>
/// <param name="Source">Personal (the model) or popularity fallback.</param>
/// <param name="Because">The largest contributors, largest share first (empty for popularity).</param>
/// <param name="IsItemBased">True when contributors are owned items ("because you bought X"), false when they are similar users.</param>
/// <param name="Feedback">What the user's values are: <see cref="FeedbackKind.Explicit"/> says "rated", implicit says "bought".</param>
public sealed record RecommendedItem(int Rank, string ItemId, string Description, double Score, RecommendationSource Source,
    IReadOnlyList<Contributor> Because, bool IsItemBased, FeedbackKind Feedback)
{
    /// <summary>
    /// Readable reason, e.g. "because you bought WHITE HANGING HEART T-LIGHT HOLDER (62%), JUMBO BAG RED (38%)",
    /// "because you rated Heat (1995) (100%)", or "popular with all customers (no personal history to use)".
    /// </summary>
    public string Explanation
    {
        get
        {
            if (Source == RecommendationSource.Popularity || Because.Count == 0)
            {
                return Source == RecommendationSource.Popularity
                    ? "popular with all customers (no personal history to use)"
                    : "scored by the model (no single item stands out)";
            }

            string verb = Feedback == FeedbackKind.Explicit ? "rated" : "bought";
            string list = string.Join(", ", Because.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Description} ({c.Share * 100:F0}%)")));
            return IsItemBased ? $"because you {verb} {list}" : $"because similar customers {verb} it: {list}";
        }
    }
}

using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>One entry of a top-N list.</summary>
/// <param name="Rank">1-based rank (descending score).</param>
/// <param name="ItemId">The recommended item.</param>
/// <param name="Score">Predicted rating (explicit), neighbourhood score (implicit) or interaction count (popularity).</param>
/// <param name="Source">Neighbourhood model or popularity fallback.</param>
/// <param name="Because">The largest contributors, largest share first (empty for popularity).</param>
/// <param name="IsItemBased">True when contributors are owned items ("because you bought X"), false when they are similar users.</param>
public sealed record RecommendedItem(int Rank, string ItemId, double Score, RecommendationSource Source, IReadOnlyList<Contributor> Because, bool IsItemBased)
{
    /// <summary>Readable reason, e.g. "because you bought B (62%), D (38%)" or "popular with all customers".</summary>
    public string Explanation
    {
        get
        {
            if (Source == RecommendationSource.Popularity || Because.Count == 0)
            {
                return "popular with all customers (no personal history to use)";
            }

            string list = string.Join(", ", Because.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Id} ({c.Share * 100:F0}%)")));
            return IsItemBased ? $"because you bought {list}" : $"because similar customers liked it: {list}";
        }
    }
}

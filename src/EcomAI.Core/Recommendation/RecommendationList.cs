using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>A user's top-N list, best first.</summary>
/// <param name="UserId">The user.</param>
/// <param name="Items">The items, descending score, ties by item id (ordinal).</param>
/// <param name="IsFallback">True when the whole list is a popularity fallback (unknown or cold user).</param>
/// <param name="FallbackReason">Why, when <paramref name="IsFallback"/>; otherwise null.</param>
public sealed record RecommendationList(string UserId, IReadOnlyList<RecommendedItem> Items, bool IsFallback, string? FallbackReason)
{
    /// <summary>Columns: user, rank, item, description, score, source, explanation.</summary>
    public DataFrame ToDataFrame() => RecommendationFrames.Build([this]);
}

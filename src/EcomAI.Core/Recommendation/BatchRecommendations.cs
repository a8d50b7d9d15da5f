using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>Top-N lists for many users, in the order the users were given.</summary>
/// <param name="Lists">One list per requested user.</param>
public sealed record BatchRecommendations(IReadOnlyList<RecommendationList> Lists)
{
    /// <summary>Columns: user, rank, item, description, score, source, explanation (one row per recommended item).</summary>
    public DataFrame ToDataFrame() => RecommendationFrames.Build(Lists);
}

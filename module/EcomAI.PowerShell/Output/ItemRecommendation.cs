using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell;

/// <summary>One recommended item for one user: the output of <c>Get-Recommendation</c>.</summary>
public sealed class ItemRecommendation
{
    private readonly BatchRecommendations _result;

    internal ItemRecommendation(RecommendationList list, RecommendedItem item, string method, BatchRecommendations result)
    {
        _result = result;
        List = list;
        UserId = list.UserId;
        Rank = item.Rank;
        ItemId = item.ItemId;
        Score = item.Score;
        Because = item.Explanation;
        Source = item.Source;
        Method = method;
    }

    /// <summary>The user the item is recommended to.</summary>
    public string UserId { get; }

    /// <summary>1 = best.</summary>
    public int Rank { get; }

    /// <summary>The recommended item.</summary>
    public string ItemId { get; }

    /// <summary>Predicted rating (kNN) or number of interactions (popularity fallback).</summary>
    public double Score { get; }

    /// <summary>Why: the items or users that contributed most, or the popularity fallback.</summary>
    public string Because { get; }

    /// <summary>Neighbors (personal) or Popularity (fallback for unknown users, or to fill the list).</summary>
    public RecommendationSource Source { get; }

    /// <summary>The recommender that produced it.</summary>
    public string Method { get; }

    /// <summary>The user's whole list.</summary>
    internal RecommendationList List { get; }

    /// <summary>All lists of this call.</summary>
    public BatchRecommendations GetResult() => _result;
}

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
        Description = item.Description;
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

    /// <summary>The item's description (its id when the input has none).</summary>
    public string Description { get; }

    /// <summary>The model's score (a ranking score; a predicted rating for Svd; the number of interactions for a popularity fallback).</summary>
    public double Score { get; }

    /// <summary>Why: the user's own items that contributed most ("because you bought ..."), or the popularity fallback.</summary>
    public string Because { get; }

    /// <summary>Neighbors (personal, from the model) or Popularity (fallback for unknown users, or to fill the list).</summary>
    public RecommendationSource Source { get; }

    /// <summary>The recommender that produced it, with its settings.</summary>
    public string Method { get; }

    /// <summary>The user's whole list.</summary>
    internal RecommendationList List { get; }

    /// <summary>All lists of this call.</summary>
    public BatchRecommendations GetResult() => _result;
}

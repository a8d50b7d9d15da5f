namespace EcomAI.PowerShell.Commands;

/// <summary>Which recommender a cmdlet fits.</summary>
public enum RecommenderMethod
{
    /// <summary>User-based kNN: r̂(u,i) from the k most similar users who rated i.</summary>
    UserBased,

    /// <summary>Item-based kNN: r̂(u,i) from the k items most similar to i that u rated.</summary>
    ItemBased,

    /// <summary>Most popular items (a baseline; also the cold-start fallback of the kNN methods).</summary>
    Popularity,
}

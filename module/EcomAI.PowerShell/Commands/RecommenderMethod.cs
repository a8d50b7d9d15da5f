using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>Which recommender a cmdlet fits (the core's <see cref="RecommenderKind"/> under the names the cmdlets use).</summary>
public enum RecommenderMethod
{
    /// <summary>EASE (Steck 2019), the default for catalogues up to 5,000 items.</summary>
    Ease,

    /// <summary>Implicit ALS (Hu, Koren &amp; Volinsky 2008), the default for larger catalogues.</summary>
    Als,

    /// <summary>Item-based kNN (TF-IDF on purchases or on ratings as signals; Surprise's item kNN for RMSE).</summary>
    ItemBased,

    /// <summary>User-based kNN (TF-IDF on purchases or on ratings as signals; Surprise's user kNN for RMSE).</summary>
    UserBased,

    /// <summary>Funk SVD (Surprise's SVD): predicts ratings; its lists rank by predicted rating.</summary>
    Svd,

    /// <summary>Most popular items (a baseline; also the cold-start fallback of every method).</summary>
    Popularity,
}

/// <summary>Maps the cmdlet names to the core's kinds.</summary>
internal static class RecommenderMethods
{
    public static RecommenderKind ToKind(this RecommenderMethod method) => method switch
    {
        RecommenderMethod.Ease => RecommenderKind.Ease,
        RecommenderMethod.Als => RecommenderKind.Als,
        RecommenderMethod.ItemBased => RecommenderKind.ItemKnn,
        RecommenderMethod.UserBased => RecommenderKind.UserKnn,
        RecommenderMethod.Svd => RecommenderKind.Svd,
        _ => RecommenderKind.Popularity,
    };

    public static RecommenderMethod ToMethod(this RecommenderKind kind) => kind switch
    {
        RecommenderKind.Ease => RecommenderMethod.Ease,
        RecommenderKind.Als => RecommenderMethod.Als,
        RecommenderKind.ItemKnn => RecommenderMethod.ItemBased,
        RecommenderKind.UserKnn => RecommenderMethod.UserBased,
        RecommenderKind.Svd => RecommenderMethod.Svd,
        _ => RecommenderMethod.Popularity,
    };
}

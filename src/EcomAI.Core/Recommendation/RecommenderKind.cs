namespace EcomAI.Core.Recommendation;

/// <summary>The recommenders <see cref="Recommenders"/> can fit and compare.</summary>
public enum RecommenderKind
{
    /// <summary><see cref="Ease"/>: closed-form item–item model; the default top-N model for catalogues it can hold.</summary>
    Ease,

    /// <summary><see cref="ImplicitAls"/>: implicit-feedback matrix factorisation; the default for larger catalogues.</summary>
    Als,

    /// <summary><see cref="ItemKnn"/>: item neighbourhoods (TF-IDF on purchases; Surprise's item kNN for predicting ratings).</summary>
    ItemKnn,

    /// <summary><see cref="UserKnn"/>: user neighbourhoods (TF-IDF on purchases; Surprise's user kNN for predicting ratings).</summary>
    UserKnn,

    /// <summary><see cref="FunkSvd"/>: biased matrix factorisation by SGD (Surprise's SVD), for predicting ratings.</summary>
    Svd,

    /// <summary><see cref="PopularityRecommender"/>: the most popular items, the baseline.</summary>
    Popularity,
}


namespace EcomAI.Core.Recommendation;

/// <summary>
/// The one place that decides which model serves a matrix and how each kind is fitted, for lists and for rating prediction;
/// the PowerShell cmdlets and the notebooks call these rules rather than repeating them.
/// </summary>
public static class Recommenders
{
    /// <summary>
    /// Largest catalogue for which <see cref="Default"/> picks <see cref="RecommenderKind.Ease"/>. EASE's fit costs n³ (an
    /// items × items inverse): 0.17 s at 1,682 items but over a minute at 10,000 items on this project's two shared cores
    /// (tests/EcomAI.Benchmarks/README.md, <c>rec-ease --items</c>), while implicit ALS, linear in the interactions, came within
    /// about 1 % of EASE's NDCG@10 at 5,000 items and 7 % at 12,000 (<c>rec-compare</c>). Above this size ALS takes over.
    /// </summary>
    public const int EaseDefaultMaxItems = 5_000;

    /// <summary>
    /// The default top-N model: <see cref="RecommenderKind.Ease"/> for catalogues up to <see cref="EaseDefaultMaxItems"/> items,
    /// else <see cref="RecommenderKind.Als"/> — the winners of the comparison in tests/EcomAI.Benchmarks/README.md
    /// (<c>rec-compare</c>). The same rule serves ratings (used as signals) and purchases.
    /// </summary>
    public static RecommenderKind Default(InteractionMatrix data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.ItemCount <= EaseDefaultMaxItems ? RecommenderKind.Ease : RecommenderKind.Als;
    }

    /// <summary>
    /// The kinds compared when the user names none: the <see cref="Default"/> model for the data, then item kNN and popularity
    /// as the usual baselines, each once, in that order.
    /// </summary>
    public static IReadOnlyList<RecommenderKind> DefaultComparison(InteractionMatrix data) =>
        [.. new[] { Default(data), RecommenderKind.ItemKnn, RecommenderKind.Popularity }.Distinct()];

    /// <summary>
    /// Fits the model of <paramref name="kind"/> for top-N lists. On ratings every model but <see cref="RecommenderKind.Svd"/>
    /// ranks the ratings as signals (<see cref="InteractionMatrix.AsImplicit"/> with <see cref="RecommenderSettings.MinRating"/>):
    /// ranking by predicted rating puts items with one or two ratings first. Svd ranks by predicted rating, as Surprise does.
    /// A kNN similarity that needs ratings (MSD, adjusted cosine, Pearson) is for <see cref="ForRatings"/>; the ranking kNN then
    /// uses the purchase default (TF-IDF).
    /// </summary>
    public static Recommender ForRanking(InteractionMatrix data, RecommenderKind kind, RecommenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckDefined(kind, "kind");
        settings = (settings ?? RecommenderSettings.Default).Validate();
        if (kind == RecommenderKind.Svd)
        {
            return FunkSvd.Fit(data, settings.Svd);
        }

        var signals = data.Kind == FeedbackKind.Explicit ? data.AsImplicit(settings.MinRating) : data;
        // A similarity that needs ratings serves rating prediction only; the ranking model then uses the purchase default.
        var knn = settings.Knn.Similarity is SimilarityKind.MeanSquaredDifference or SimilarityKind.AdjustedCosine or SimilarityKind.Pearson
            ? settings.Knn with { Similarity = null }
            : settings.Knn;
        return kind switch
        {
            RecommenderKind.Ease => Ease.Fit(signals, settings.Ease),
            RecommenderKind.Als => ImplicitAls.Fit(signals, settings.Als),
            RecommenderKind.ItemKnn => ItemKnn.Fit(signals, knn),
            RecommenderKind.UserKnn => UserKnn.Fit(signals, knn),
            _ => PopularityRecommender.Fit(signals),
        };
    }

    /// <summary>
    /// Fits the model of <paramref name="kind"/> that predicts ratings (explicit data): explicit user or item kNN (Surprise's
    /// KNNWithMeans by default), Funk SVD, or the global mean (popularity). Null when the kind predicts no rating (EASE, ALS)
    /// or the data are not ratings.
    /// </summary>
    public static Recommender? ForRatings(InteractionMatrix data, RecommenderKind kind, RecommenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckDefined(kind, "kind");
        settings = (settings ?? RecommenderSettings.Default).Validate();
        if (data.Kind != FeedbackKind.Explicit)
        {
            return null;
        }

        // A purchase weighting serves the ranking model only; rating prediction then uses the ratings default (MSD).
        var knn = settings.Knn.Similarity is SimilarityKind.TfIdf or SimilarityKind.Bm25 ? settings.Knn with { Similarity = null } : settings.Knn;
        return kind switch
        {
            RecommenderKind.ItemKnn => ItemKnn.Fit(data, knn),
            RecommenderKind.UserKnn => UserKnn.Fit(data, knn),
            RecommenderKind.Svd => FunkSvd.Fit(data, settings.Svd),
            RecommenderKind.Popularity => PopularityRecommender.Fit(data),
            _ => null,
        };
    }
}

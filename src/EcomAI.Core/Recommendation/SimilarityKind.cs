namespace EcomAI.Core.Recommendation;

/// <summary>
/// Similarity between two users (or two items). For explicit ratings every measure uses only the co-rated pairs
/// (the common items of two users, or common users of two items), as Surprise does; a pair with fewer than
/// <see cref="KnnOptions.MinSupport"/> common ratings has similarity 0. In the formulas x and y are the two rating
/// vectors restricted to the common set C, n = |C|. For implicit data (purchases) vectors are whole (absent = 0), as in
/// the implicit library's ItemItemRecommender family.
/// </summary>
public enum SimilarityKind
{
    /// <summary>
    /// Mean squared difference: 1 / (msd + 1), msd = Σ_C (x − y)² / n. In (0, 1]; 1 when all common ratings agree.
    /// Surprise's <c>msd</c>. Explicit only.
    /// </summary>
    MeanSquaredDifference,

    /// <summary>
    /// Explicit: Σ_C x·y / (√Σ_C x² · √Σ_C y²) over common ratings (Surprise's <c>cosine</c>).
    /// Implicit: over whole vectors, absent = 0: Σ x·y / (‖x‖·‖y‖) (implicit's CosineRecommender).
    /// </summary>
    Cosine,

    /// <summary>
    /// Cosine of ratings centred on the mean of the other side: for two items, each rating minus its <em>user's</em> mean
    /// (Sarwar et al. 2001); for two users, minus the <em>item's</em> mean. Over common ratings; 0 when a norm is 0. Explicit only.
    /// </summary>
    AdjustedCosine,

    /// <summary>
    /// Pearson correlation over common ratings, centred on the means of the common ratings (Surprise's <c>pearson</c>):
    /// (n·Σxy − Σx·Σy) / √((n·Σx² − (Σx)²)(n·Σy² − (Σy)²)); 0 when a variance is 0. With
    /// <see cref="KnnOptions.Shrinkage"/> λ &gt; 0 it is multiplied by (n − 1)/(n − 1 + λ). Explicit only.
    /// </summary>
    Pearson,

    /// <summary>Jaccard index of the two sets of rated/bought items (values ignored): |A ∩ B| / |A ∪ B|.</summary>
    Jaccard,

    /// <summary>
    /// Implicit only (implicit's TFIDFRecommender): cosine of TF-IDF weighted vectors. For two items (entities e) over users
    /// (features f): w(e,f) = √x(e,f) · idf(f), idf(f) = ln(N / (1 + n_f)), N = number of items, n_f = items of user f.
    /// </summary>
    TfIdf,

    /// <summary>
    /// Implicit only (implicit's BM25Recommender): the dot product Σ_f w(a,f)·w(b,f) of Okapi BM25 weighted vectors,
    /// w(e,f) = x(e,f)·(k1 + 1) / (k1·L_e + x(e,f)) · idf(f), L_e = (1 − b) + b·|e| / mean|e| with |e| the sum of e's values,
    /// idf(f) = ln(N / (1 + n_f)), N = number of entities; k1 = <see cref="KnnOptions.Bm25K1"/>, b = <see cref="KnnOptions.Bm25B"/>.
    /// Not normalised: popular, strongly co-bought items get larger weights.
    /// </summary>
    Bm25,
}

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Item-based neighbourhood model: for ratings, Surprise's KNNBasic / KNNWithMeans with <c>user_based=False</c>; for
/// purchases, the implicit library's ItemItemRecommender family (cosine, TF-IDF, BM25).
/// </summary>
/// <remarks>
/// <para>Explicit: N = the k items j rated by u most similar to i, keeping only w(i,j) &gt; 0.
/// Weighted average (the seed's item-based formula): r̂(u,i) = Σj∈N w(i,j) r(u,j) / Σj∈N w(i,j);
/// mean-centred (default): r̂(u,i) = r̄i + Σj∈N w(i,j)(r(u,j) − r̄j) / Σj∈N w(i,j). The denominator is the plain sum of the
/// (positive) similarities of the neighbours used. Clipped to the rating scale; too few neighbours fall back, flagged.
/// Ranking items by this predicted rating lists items with one or two ratings first (an average of one 5 is 5): for lists use
/// a top-N model (<see cref="Ease"/>, <see cref="ImplicitAls"/>, or this model on <see cref="InteractionMatrix.AsImplicit"/>).</para>
/// <para>Implicit (top-N for purchases): each item keeps its K most similar other items N_K(j) (K = 20 by default);
/// score(u,i) = Σ over owned j with i ∈ N_K(j) of w(j,i)·x(u,j) — "because you bought j". Similarity TF-IDF by default
/// (see <see cref="SimilarityKind"/>).</para>
/// </remarks>
public sealed class ItemKnn : KnnRecommender
{
    private ItemKnn(InteractionMatrix data, KnnOptions options)
        : base(data, options, userBased: false)
    {
    }

    /// <summary>Fits the model (computes item–item similarities).</summary>
    /// <exception cref="Data.InputDataException">An option is invalid or does not fit the data's kind.</exception>
    public static ItemKnn Fit(InteractionMatrix data, KnnOptions? options = null) => new(data, options ?? KnnOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static ItemKnn Fit(InteractionMatrix data, int neighbors, SimilarityKind similarity, KnnFormula formula = KnnFormula.MeanCentered) =>
        new(data, new KnnOptions { Neighbors = neighbors, Similarity = similarity, Formula = formula });

    /// <summary>Similarity of two items (0 when either is unknown or they share fewer than MinSupport users).</summary>
    public double Similarity(string itemA, string itemB) => PairSimilarity(itemA, itemB);

    /// <summary>Stored neighbours of item i (the K kept for purchases; every positive one for a dense explicit table).</summary>
    private protected override void SimilarItemsCore(int i, TopKHeap heap)
    {
        foreach (int j in Table.Ordered(i))
        {
            heap.Push(Table.Get(i, j), j);
        }
    }
}

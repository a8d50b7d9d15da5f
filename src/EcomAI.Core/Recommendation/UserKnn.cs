namespace EcomAI.Core.Recommendation;

/// <summary>
/// User-based collaborative filtering (Surprise's KNNBasic / KNNWithMeans with <c>user_based=True</c>).
/// </summary>
/// <remarks>
/// <para>Explicit: N = the k users most similar to u <em>among those who rated i</em>, keeping only w(u,v) &gt; 0.
/// Mean-centred (the seed's formula, default): r̂(u,i) = r̄u + Σv∈N w(u,v)(r(v,i) − r̄v) / Σv∈N w(u,v);
/// weighted average: r̂(u,i) = Σv∈N w(u,v) r(v,i) / Σv∈N w(u,v). The denominator runs over exactly the neighbours used
/// (never over all users), and absent ratings are unknown, never 0. The estimate is clipped to the rating scale.
/// With fewer than MinNeighbors neighbours the prediction falls back and says so (<see cref="PredictionFallback"/>).</para>
/// <para>Implicit: N_K(u) = u's K most similar users; score(u,i) = Σv∈N_K(u) w(u,v)·x(v,i).</para>
/// </remarks>
public sealed class UserKnn : KnnRecommender
{
    private UserKnn(InteractionMatrix data, KnnOptions options)
        : base(data, options, userBased: true)
    {
    }

    /// <summary>Fits the model (computes user–user similarities).</summary>
    public static UserKnn Fit(InteractionMatrix data, KnnOptions? options = null) => new(data, options ?? KnnOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static UserKnn Fit(InteractionMatrix data, int neighbors, SimilarityKind similarity, KnnFormula formula = KnnFormula.MeanCentered) =>
        new(data, new KnnOptions { Neighbors = neighbors, Similarity = similarity, Formula = formula });

    /// <summary>Similarity of two users (0 when either is unknown or they share fewer than MinSupport items).</summary>
    public double Similarity(string userA, string userB) => PairSimilarity(userA, userB);

    /// <summary>The n users most similar to <paramref name="userId"/> among the stored ones (empty when unknown).</summary>
    public NeighborList SimilarUsers(string userId, int n = 10) => StoredNeighborsOf(Data.UserIndexOf(userId), userId, n);

    /// <summary>Item–item cosine of the interaction columns (this model stores user–user similarities only).</summary>
    private protected override void SimilarItemsCore(int i, TopKHeap heap) => CooccurrenceCosine(i, heap);
}

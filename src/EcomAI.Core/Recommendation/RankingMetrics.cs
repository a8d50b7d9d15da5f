using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Top-K ranking metrics of one ranked list against a set of relevant items (binary relevance), as Microsoft Recommenders'
/// <c>python_evaluation</c> defines them. With hits h_j ∈ {0,1} for positions j = 1..K of the list and R ≥ 1 relevant items:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Precision@K = Σ_{j≤K} h_j / K (a list shorter than K is still divided by K).</item>
/// <item>Recall@K = Σ_{j≤K} h_j / R.</item>
/// <item>NDCG@K = DCG / IDCG with DCG = Σ_{j≤K} h_j / log2(j + 1) and IDCG = Σ_{j≤min(K,R)} 1 / log2(j + 1).</item>
/// <item>AP@K = Σ_{j≤K} h_j · Precision@j / min(K, R); its mean over users is MAP@K (<c>map_at_k</c>).</item>
/// <item>AP = Σ_{j≤K} h_j · Precision@j / R; its mean over users is MAP (<c>map</c>, the column of their benchmark tables).</item>
/// <item>Hit@K = 1 when Σ_{j≤K} h_j ≥ 1, else 0; the hit rate is its mean over users.</item>
/// </list>
/// A repeated item counts once: only its first position can be a hit (so every value stays in [0, 1]). Relevant means: test
/// rating ≥ the relevance threshold (explicit data) or any test interaction (implicit data).
/// </remarks>
public static class RankingMetrics
{
    /// <summary>Precision@K.</summary>
    public static double PrecisionAtK<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).Precision;

    /// <summary>Recall@K.</summary>
    public static double RecallAtK<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).Recall;

    /// <summary>NDCG@K with binary gains.</summary>
    public static double NdcgAtK<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).Ndcg;

    /// <summary>Average precision at K normalised by min(K, R) (one user's MAP@K).</summary>
    public static double AveragePrecisionAtK<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).AveragePrecisionAtK;

    /// <summary>Average precision normalised by R (one user's MAP in Microsoft Recommenders' <c>map</c>).</summary>
    public static double AveragePrecision<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).AveragePrecision;

    /// <summary>1 when any of the top K is relevant, else 0.</summary>
    public static double HitAtK<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k) => Compute(ranked, relevant, k).Hit;

    /// <summary>All metrics at once.</summary>
    /// <exception cref="InputDataException">k &lt; 1, or no relevant items (the metrics are undefined, not 0).</exception>
    public static RankingScore Compute<T>(IReadOnlyList<T> ranked, IReadOnlyCollection<T> relevant, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(relevant);
        var set = relevant as IReadOnlySet<T> ?? relevant.ToHashSet();
        var found = new HashSet<T>();
        int n = Math.Min(Math.Max(k, 0), ranked.Count);
        Span<bool> hits = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (int j = 0; j < n; j++)
        {
            // A repeated relevant item is a hit at its first position only.
            hits[j] = set.Contains(ranked[j]) && found.Add(ranked[j]);
        }

        return FromHits(hits, set.Count, k);
    }

    /// <summary>Metrics from hit flags of the first min(K, list length) positions and the number of relevant items.</summary>
    internal static RankingScore FromHits(ReadOnlySpan<bool> hits, int relevant, int k)
    {
        Preconditions.CheckOption(k >= 1, "k", $"k = {k}: use at least 1.");
        if (relevant < 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData, "There are no relevant items: ranking metrics are undefined for this user (skip the user).");
        }

        int h = 0;
        double dcg = 0, apSum = 0;
        for (int j = 0; j < hits.Length && j < k; j++)
        {
            if (hits[j])
            {
                h++;
                dcg += 1.0 / Math.Log2(j + 2);
                apSum += (double)h / (j + 1);
            }
        }

        double idcg = 0;
        for (int j = 0; j < Math.Min(k, relevant); j++)
        {
            idcg += 1.0 / Math.Log2(j + 2);
        }

        return new RankingScore((double)h / k, (double)h / relevant, dcg / idcg, apSum / Math.Min(k, relevant), apSum / relevant, h > 0 ? 1 : 0);
    }
}

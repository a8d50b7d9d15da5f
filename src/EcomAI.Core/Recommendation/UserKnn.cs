namespace EcomAI.Core.Recommendation;

/// <summary>
/// User-based collaborative filtering (Surprise's KNNBasic / KNNWithMeans with <c>user_based=True</c>).
/// </summary>
/// <remarks>
/// <para>Explicit: N = the k users most similar to u <em>among those who rated i</em>, keeping only w(u,v) &gt; 0.
/// Mean-centred (seed, default): r̂(u,i) = r̄u + Σv∈N w(u,v)(r(v,i) − r̄v) / Σv∈N w(u,v);
/// weighted average: r̂(u,i) = Σv∈N w(u,v) r(v,i) / Σv∈N w(u,v). The denominator runs over exactly the neighbours used
/// (never over all users), and absent ratings are unknown, never 0. The estimate is clipped to the rating scale.
/// With fewer than MinNeighbors neighbours the prediction falls back and says so (<see cref="PredictionFallback"/>).</para>
/// <para>Implicit: N_k(u) = u's k most similar users; score(u,i) = Σv∈N_k(u) w(u,v)·x(v,i).</para>
/// </remarks>
public sealed class UserKnn : KnnRecommender
{
    private UserKnn(InteractionMatrix data, KnnOptions options)
        : base(data, options, userBased: true)
    {
    }

    /// <inheritdoc />
    public override bool IsItemBased => false;

    /// <summary>Fits the model (computes user–user similarities).</summary>
    public static UserKnn Fit(InteractionMatrix data, KnnOptions? options = null) => new(data, options ?? KnnOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static UserKnn Fit(InteractionMatrix data, int neighbors, SimilarityKind similarity, KnnFormula formula = KnnFormula.MeanCentered) =>
        new(data, new KnnOptions { Neighbors = neighbors, Similarity = similarity, Formula = formula });

    /// <summary>Similarity of two users (0 when either is unknown or they share fewer than MinSupport items).</summary>
    public double Similarity(string userA, string userB)
    {
        int a = Data.UserIndexOf(userA), b = Data.UserIndexOf(userB);
        return a < 0 || b < 0 ? 0 : PairSimilarity(a, b);
    }

    /// <summary>The n users most similar to <paramref name="userId"/> (empty when unknown).</summary>
    public NeighborList SimilarUsers(string userId, int n = 10) => NeighborsOf(Data.UserIndexOf(userId), userId, Data.UserIds, n);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        if (CheckKnown(u, i) is { } unknown)
        {
            return unknown;
        }

        return IsImplicit ? ImplicitScore(u, i) : ExplicitEstimate(u, i, w, ordered: false, out _);
    }

    private PredictionCore ExplicitEstimate(int u, int i, Workspace w, bool ordered, out int used)
    {
        var row = Table.Row(u);
        var raters = Data.UsersOfItem(i);
        var heap = w.Heap;
        heap.Clear();
        for (int p = 0; p < raters.Length; p++)
        {
            float s = row[raters[p]];
            if (s > 0 && raters[p] != u)
            {
                heap.Push(s, p);
            }
        }

        // Explanations need rank order; top-N scoring and evaluation only need the sum (heap order, still deterministic).
        used = ordered ? heap.DrainDescending(w.NeighborSims, w.NeighborPositions) : heap.Count;
        if (used < Options.MinNeighbors)
        {
            return Fallback(u, i, PredictionFallback.TooFewNeighbors, Data.UserMeans[u]);
        }

        var values = Data.ValuesOfItem(i);
        double sumSim = 0, sum = 0;
        bool centred = Options.Formula == KnnFormula.MeanCentered;
        for (int k = 0; k < used; k++)
        {
            double s = ordered ? w.NeighborSims[k] : heap.ScoreAt(k);
            int p = ordered ? w.NeighborPositions[k] : heap.IdAt(k);
            double r = values[p];
            sumSim += s;
            sum += s * (centred ? r - Data.UserMeans[raters[p]] : r);
        }

        double estimate = centred ? Data.UserMeans[u] + (sum / sumSim) : sum / sumSim;
        return new PredictionCore(Clip(estimate, out bool clipped), used, PredictionFallback.None, clipped);
    }

    private PredictionCore ImplicitScore(int u, int i)
    {
        var ids = Table.NeighborIds(u);
        var sims = Table.NeighborSims(u);
        double score = 0;
        int used = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            if (Data.Value(ids[k], i) is { } x)
            {
                score += sims[k] * x;
                used++;
            }
        }

        return used < Options.MinNeighbors
            ? Fallback(u, i, PredictionFallback.TooFewNeighbors, 0)
            : new PredictionCore(score, used, PredictionFallback.None, false);
    }

    internal override int ScoreTopN(int u, int n, bool includeSeen, Workspace w)
    {
        if (!IsImplicit)
        {
            return ExplicitTopNByNeighbourSweep(u, n, includeSeen, w);
        }

        var ids = Table.NeighborIds(u);
        var sims = Table.NeighborSims(u);
        int touched = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            var items = Data.ItemsOfUser(ids[k]);
            var values = Data.ValuesOfUser(ids[k]);
            for (int p = 0; p < items.Length; p++)
            {
                int i = items[p];
                if (w.Scores[i] == 0)
                {
                    w.Touched[touched++] = i;
                }

                w.Scores[i] += sims[k] * values[p];
            }
        }

        return ImplicitTopN(u, n, includeSeen, w, touched);
    }

    /// <summary>
    /// Explicit top-N without a heap per item: walk u's positive neighbours from most to least similar (ties by index) and
    /// give each of their items the neighbour while the item has fewer than k. Every item thus gets exactly the k most
    /// similar positive raters — the neighbours <see cref="Recommender.Predict"/> uses — in O(ratings of the neighbours).
    /// </summary>
    private int ExplicitTopNByNeighbourSweep(int u, int n, bool includeSeen, Workspace w)
    {
        var row = Table.Row(u);
        var order = new List<int>();
        for (int v = 0; v < row.Length; v++)
        {
            if (v != u && row[v] > 0)
            {
                order.Add(v);
            }
        }

        var sims = row.ToArray();
        order.Sort((a, b) => sims[a] != sims[b] ? sims[b].CompareTo(sims[a]) : a.CompareTo(b));
        var count = w.Counts;    // neighbours given to each item so far
        var weights = w.Weights; // Σ w per item
        var sums = w.Scores;     // Σ w·r (or w·(r − r̄v)) per item
        bool centred = Options.Formula == KnnFormula.MeanCentered;
        int k = Options.Neighbors;
        foreach (int v in order)
        {
            double s = row[v];
            double mean = Data.UserMeans[v];
            var items = Data.ItemsOfUser(v);
            var values = Data.ValuesOfUser(v);
            for (int p = 0; p < items.Length; p++)
            {
                int i = items[p];
                if (count[i] < k)
                {
                    count[i]++;
                    weights[i] += s;
                    sums[i] += s * (centred ? values[p] - mean : values[p]);
                }
            }
        }

        var heap = w.TopN(n);
        w.Stamp++;
        if (!includeSeen)
        {
            foreach (int seen in Data.ItemsOfUser(u))
            {
                w.Marks[seen] = w.Stamp;
            }
        }

        for (int i = 0; i < Data.ItemCount; i++)
        {
            if (count[i] >= Options.MinNeighbors && w.Marks[i] != w.Stamp)
            {
                double estimate = centred ? Data.UserMeans[u] + (sums[i] / weights[i]) : sums[i] / weights[i];
                heap.Push(Data.Scale.Clip(estimate), i);
            }

            count[i] = 0;
            weights[i] = 0;
            sums[i] = 0;
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        var result = new IReadOnlyList<Contributor>[items.Length];
        var all = new List<Contribution>();
        for (int t = 0; t < items.Length; t++)
        {
            int i = items[t];
            all.Clear();
            if (IsImplicit)
            {
                var ids = Table.NeighborIds(u);
                var sims = Table.NeighborSims(u);
                for (int k = 0; k < ids.Length; k++)
                {
                    if (Data.Value(ids[k], i) is { } x)
                    {
                        all.Add(new Contribution(ids[k], sims[k], sims[k] * x, x));
                    }
                }
            }
            else
            {
                ExplicitEstimate(u, i, w, ordered: true, out int used);
                var raters = Data.UsersOfItem(i);
                var values = Data.ValuesOfItem(i);
                for (int k = 0; k < used; k++)
                {
                    int p = w.NeighborPositions[k];
                    all.Add(new Contribution(raters[p], w.NeighborSims[k], w.NeighborSims[k], values[p]));
                }
            }

            result[t] = Contributors(all, Data.UserIds);
        }

        return result;
    }
}

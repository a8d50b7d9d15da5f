namespace EcomAI.Core.Recommendation;

/// <summary>
/// Item-based collaborative filtering (Surprise's KNNBasic / KNNWithMeans with <c>user_based=False</c>): similarities between
/// items; the neighbours of target item i are the k items most similar to i <em>among the items the user rated</em>.
/// </summary>
/// <remarks>
/// <para>Explicit: N = the k items j rated by u most similar to i, keeping only w(i,j) &gt; 0.
/// Weighted average (seed's item-based formula): r̂(u,i) = Σj∈N w(i,j) r(u,j) / Σj∈N w(i,j);
/// mean-centred (default): r̂(u,i) = r̄i + Σj∈N w(i,j)(r(u,j) − r̄j) / Σj∈N w(i,j). Clipped to the rating scale; too few
/// neighbours fall back, flagged.</para>
/// <para>Implicit (top-N for purchases): each item keeps its k most similar items N_k(j);
/// score(u,i) = Σ over owned j with i ∈ N_k(j) of w(i,j)·x(u,j) — "because you bought j".</para>
/// </remarks>
public sealed class ItemKnn : KnnRecommender
{
    private ItemKnn(InteractionMatrix data, KnnOptions options)
        : base(data, options, userBased: false)
    {
    }

    /// <inheritdoc />
    public override bool IsItemBased => true;

    /// <summary>Fits the model (computes item–item similarities).</summary>
    public static ItemKnn Fit(InteractionMatrix data, KnnOptions? options = null) => new(data, options ?? KnnOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static ItemKnn Fit(InteractionMatrix data, int neighbors, SimilarityKind similarity, KnnFormula formula = KnnFormula.MeanCentered) =>
        new(data, new KnnOptions { Neighbors = neighbors, Similarity = similarity, Formula = formula });

    /// <summary>Similarity of two items (0 when either is unknown or they share fewer than MinSupport users).</summary>
    public double Similarity(string itemA, string itemB)
    {
        int a = Data.ItemIndexOf(itemA), b = Data.ItemIndexOf(itemB);
        return a < 0 || b < 0 ? 0 : PairSimilarity(a, b);
    }

    /// <summary>
    /// The n items most similar to <paramref name="itemId"/> ("customers who bought this also bought"); empty when unknown.
    /// Implicit models keep only k neighbours per item, so at most <see cref="KnnOptions.Neighbors"/> are returned.
    /// </summary>
    public NeighborList SimilarItems(string itemId, int n = 10) => NeighborsOf(Data.ItemIndexOf(itemId), itemId, Data.ItemIds, n);

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
        var row = Table.Row(i);
        var items = Data.ItemsOfUser(u);
        var heap = w.Heap;
        heap.Clear();
        for (int p = 0; p < items.Length; p++)
        {
            float s = row[items[p]];
            if (s > 0 && items[p] != i)
            {
                heap.Push(s, p);
            }
        }

        // Explanations need rank order; top-N scoring and evaluation only need the sum (heap order, still deterministic).
        used = ordered ? heap.DrainDescending(w.NeighborSims, w.NeighborPositions) : heap.Count;
        if (used < Options.MinNeighbors)
        {
            return Fallback(u, i, PredictionFallback.TooFewNeighbors, Data.ItemMeans[i]);
        }

        var values = Data.ValuesOfUser(u);
        double sumSim = 0, sum = 0;
        bool centred = Options.Formula == KnnFormula.MeanCentered;
        for (int k = 0; k < used; k++)
        {
            double s = ordered ? w.NeighborSims[k] : heap.ScoreAt(k);
            int p = ordered ? w.NeighborPositions[k] : heap.IdAt(k);
            double r = values[p];
            sumSim += s;
            sum += s * (centred ? r - Data.ItemMeans[items[p]] : r);
        }

        double estimate = centred ? Data.ItemMeans[i] + (sum / sumSim) : sum / sumSim;
        return new PredictionCore(Clip(estimate, out bool clipped), used, PredictionFallback.None, clipped);
    }

    private PredictionCore ImplicitScore(int u, int i)
    {
        var items = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        double score = 0;
        int used = 0;
        for (int p = 0; p < items.Length; p++)
        {
            var ids = Table.NeighborIds(items[p]);
            var sims = Table.NeighborSims(items[p]);
            int k = ids.IndexOf(i);
            if (k >= 0)
            {
                score += sims[k] * values[p];
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
            return ExplicitTopN(u, n, includeSeen, w);
        }

        var items = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        int touched = 0;
        for (int p = 0; p < items.Length; p++)
        {
            var ids = Table.NeighborIds(items[p]);
            var sims = Table.NeighborSims(items[p]);
            for (int k = 0; k < ids.Length; k++)
            {
                int i = ids[k];
                if (w.Scores[i] == 0)
                {
                    w.Touched[touched++] = i;
                }

                w.Scores[i] += sims[k] * values[p];
            }
        }

        return ImplicitTopN(u, n, includeSeen, w, touched);
    }

    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        var lists = w.ContributionLists(items.Length);

        if (IsImplicit)
        {
            // One pass over the owned items' neighbour lists; w.Marks maps a recommended item to its slot (+1) under the stamp.
            w.Stamp++;
            for (int t = 0; t < items.Length; t++)
            {
                w.Marks[items[t]] = w.Stamp;
                w.Touched[items[t]] = t;
            }

            for (int p = 0; p < owned.Length; p++)
            {
                var ids = Table.NeighborIds(owned[p]);
                var sims = Table.NeighborSims(owned[p]);
                for (int k = 0; k < ids.Length; k++)
                {
                    if (w.Marks[ids[k]] == w.Stamp)
                    {
                        lists[w.Touched[ids[k]]].Add(new Contribution(owned[p], sims[k], sims[k] * values[p], values[p]));
                    }
                }
            }
        }
        else
        {
            for (int t = 0; t < items.Length; t++)
            {
                ExplicitEstimate(u, items[t], w, ordered: true, out int used);
                for (int k = 0; k < used; k++)
                {
                    int p = w.NeighborPositions[k];
                    lists[t].Add(new Contribution(owned[p], w.NeighborSims[k], w.NeighborSims[k], values[p]));
                }
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        for (int t = 0; t < items.Length; t++)
        {
            result[t] = Contributors(lists[t], Data.ItemIds);
        }

        return result;
    }
}

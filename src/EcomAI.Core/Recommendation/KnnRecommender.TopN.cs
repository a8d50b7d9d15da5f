namespace EcomAI.Core.Recommendation;

public abstract partial class KnnRecommender
{
    internal override int ScoreTopN(int u, int n, Selection selection, Workspace w)
    {
        if (!IsImplicit)
        {
            return _userBased ? ExplicitTopNByNeighbourSweep(u, n, selection, w) : ExplicitTopN(u, n, selection, w);
        }

        int touched = 0;
        if (_userBased)
        {
            var ids = Table.NeighborIds(u);
            var sims = Table.NeighborSims(u);
            for (int k = 0; k < ids.Length; k++)
            {
                touched = Scatter(Data.ItemsOfUser(ids[k]), Data.ValuesOfUser(ids[k]), sims[k], w, touched);
            }
        }
        else
        {
            var items = Data.ItemsOfUser(u);
            var values = Data.ValuesOfUser(u);
            for (int p = 0; p < items.Length; p++)
            {
                touched = Scatter(Table.NeighborIds(items[p]), Table.NeighborSims(items[p]), values[p], w, touched);
            }
        }

        var heap = w.TopN(n);
        int stamp = MarkExcluded(u, selection.IncludeSeen, w);
        for (int t = 0; t < touched; t++)
        {
            int i = w.Touched[t];
            if (w.Marks[i] != stamp && w.Scores[i] > 0 && (selection.Allowed is null || selection.Allowed[i]))
            {
                heap.Push(w.Scores[i], i);
            }

            w.Scores[i] = 0;
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    private static int Scatter(ReadOnlySpan<int> ids, ReadOnlySpan<float> weights, double factor, Workspace w, int touched)
    {
        for (int k = 0; k < ids.Length; k++)
        {
            int i = ids[k];
            if (w.Scores[i] == 0)
            {
                w.Touched[touched++] = i;
            }

            w.Scores[i] += weights[k] * factor;
        }

        return touched;
    }

    /// <summary>Explicit item-based top-N: every eligible item with at least MinNeighbors neighbours, by clipped predicted rating.</summary>
    private int ExplicitTopN(int u, int n, Selection selection, Workspace w)
    {
        var heap = w.TopN(n);
        int stamp = MarkExcluded(u, selection.IncludeSeen, w);
        for (int i = 0; i < Data.ItemCount; i++)
        {
            if (w.Marks[i] == stamp || (selection.Allowed is not null && !selection.Allowed[i]) || Data.ItemInteractionCount(i) == 0)
            {
                continue;
            }

            var p = Estimate(u, i, w, ordered: false, out _);
            if (p.Fallback == PredictionFallback.None)
            {
                heap.Push(p.Estimate, i);
            }
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    /// <summary>
    /// Explicit user-based top-N without a heap per item: walk u's positive neighbours from most to least similar (ties by
    /// index) and give each of their items the neighbour while the item has fewer than k. Every item thus gets exactly the k
    /// most similar positive raters — the neighbours <see cref="Recommender.Predict"/> uses — in O(ratings of the neighbours).
    /// </summary>
    private int ExplicitTopNByNeighbourSweep(int u, int n, Selection selection, Workspace w)
    {
        var count = w.Counts;    // neighbours given to each item so far
        var weights = w.Weights; // Σ w per item
        var sums = w.Scores;     // Σ w·r (or w·(r − r̄v)) per item
        bool centred = Options.Formula == KnnFormula.MeanCentered;
        int k = Neighbors;
        foreach (int v in Table.Ordered(u))
        {
            double s = Table.Get(u, v);
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
        int stamp = MarkExcluded(u, selection.IncludeSeen, w);
        for (int i = 0; i < Data.ItemCount; i++)
        {
            if (count[i] >= Options.MinNeighbors && w.Marks[i] != stamp && (selection.Allowed is null || selection.Allowed[i]))
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
}

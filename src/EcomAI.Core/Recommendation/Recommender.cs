using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// A fitted recommender over an <see cref="InteractionMatrix"/>: scores, top-N lists with explanations, batch top-N, similar
/// items. Immutable and safe to use from several threads; results do not depend on the thread count.
/// </summary>
/// <remarks>
/// Top-N rules: items the user already has are excluded unless asked (<see cref="RecommendationFilter.IncludeSeen"/>); the
/// business filter applies before the cut to N; lists are in descending score with ties broken by item id; an unknown or cold
/// user gets the most popular items, flagged as a fallback; when the model yields fewer than n eligible items the rest is
/// filled with popular eligible items, each flagged.
/// </remarks>
public abstract partial class Recommender
{
    private readonly Lazy<int[]> _popularOrder;

    // Workspaces hold item-sized buffers; pooling them bounds allocation to one per concurrent worker, however many
    // tasks Parallel.For starts. Every user of a workspace resets what it touches (stamps, touched lists).
    private readonly System.Collections.Concurrent.ConcurrentBag<Workspace> _pool = [];

    private protected Recommender(InteractionMatrix data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count == 0)
        {
            throw new InputDataException(ErrorIds.InsufficientData, "The training data has no interactions; a recommender needs at least one.");
        }

        Data = data;
        _popularOrder = new Lazy<int[]>(() => PopularityOrder(data));
    }

    /// <summary>The training interactions.</summary>
    public InteractionMatrix Data { get; }

    /// <summary>Short description with the settings, e.g. "Ease(λ=250)" or "UserKnn(MSD, k=40, MeanCentered)".</summary>
    public abstract string Name { get; }

    /// <summary>True when explanations name owned items ("because you bought X"), false when they name similar users.</summary>
    public abstract bool IsItemBased { get; }

    /// <summary>
    /// True when <see cref="Predict"/> estimates a rating on the data's scale (explicit kNN, SVD, the popularity baseline on
    /// ratings), so RMSE and MAE are meaningful; false for ranking scores (EASE, ALS, implicit kNN).
    /// </summary>
    public abstract bool PredictsRatings { get; }

    /// <summary>Number of contributors kept in each explanation.</summary>
    private protected virtual int ExplanationSize => 3;

    /// <summary>Estimate for one pair (a rating or a ranking score, see <see cref="PredictsRatings"/>); unknown ids fall back (flagged), never throw.</summary>
    public Prediction Predict(string userId, string itemId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(itemId);
        var w = Rent();
        var core = PredictCore(Data.UserIndexOf(userId), Data.ItemIndexOf(itemId), w);
        Return(w);
        return new Prediction(userId, itemId, core.Estimate, core.Used, core.Fallback, core.Clipped);
    }

    /// <summary>Predictions for many pairs (in parallel; identical for any thread count), in the order given.</summary>
    /// <param name="pairs">The (user, item) pairs.</param>
    /// <param name="maxDegreeOfParallelism">Threads; null = all cores.</param>
    public PredictionList PredictMany(IEnumerable<(string UserId, string ItemId)> pairs, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        Preconditions.CheckThreads(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));
        var list = pairs.ToArray();
        var result = new Prediction[list.Length];
        Parallel.For(0, list.Length, Threads(maxDegreeOfParallelism), Rent, (k, _, w) =>
        {
            var (user, item) = list[k];
            var core = PredictCore(Data.UserIndexOf(user ?? ""), Data.ItemIndexOf(item ?? ""), w);
            result[k] = new Prediction(user ?? "", item ?? "", core.Estimate, core.Used, core.Fallback, core.Clipped);
            return w;
        }, Return);
        return new PredictionList(result);
    }

    /// <summary>The user's top <paramref name="n"/> items, best first, each with its reasons.</summary>
    /// <param name="userId">The user; unknown users get a flagged popularity list.</param>
    /// <param name="n">How many items (≥ 1).</param>
    /// <param name="includeSeen">Also rank items the user already has (default false).</param>
    public RecommendationList Recommend(string userId, int n = 10, bool includeSeen = false) =>
        Recommend(userId, n, includeSeen ? new RecommendationFilter { IncludeSeen = true } : RecommendationFilter.Default);

    /// <summary>The user's top <paramref name="n"/> items under a business filter (seen items, excluded patterns, candidates).</summary>
    public RecommendationList Recommend(string userId, int n, RecommendationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(filter);
        CheckN(n);
        var selection = new Selection(filter.Validate().IncludeSeen, filter.AllowedItems(Data));
        var w = Rent();
        var list = RecommendCore(userId, n, selection, w);
        Return(w);
        return list;
    }

    /// <summary>Top-N lists for many users (in parallel; the result is identical for any thread count).</summary>
    /// <param name="userIds">The users, in the order of the result.</param>
    /// <param name="n">Items per user (≥ 1).</param>
    /// <param name="includeSeen">Also rank items the users already have.</param>
    /// <param name="maxDegreeOfParallelism">Threads; null = all cores.</param>
    public BatchRecommendations RecommendMany(IEnumerable<string> userIds, int n = 10, bool includeSeen = false, int? maxDegreeOfParallelism = null) =>
        RecommendMany(userIds, n, includeSeen ? new RecommendationFilter { IncludeSeen = true } : RecommendationFilter.Default, maxDegreeOfParallelism);

    /// <summary>Top-N lists for many users under a business filter.</summary>
    public BatchRecommendations RecommendMany(IEnumerable<string> userIds, int n, RecommendationFilter filter, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(filter);
        CheckN(n);
        Preconditions.CheckThreads(maxDegreeOfParallelism, nameof(maxDegreeOfParallelism));
        var selection = new Selection(filter.Validate().IncludeSeen, filter.AllowedItems(Data));
        var users = userIds.ToArray();
        for (int k = 0; k < users.Length; k++)
        {
            _ = users[k] ?? throw new ArgumentException($"User id {k + 1} is null.", nameof(userIds));
        }

        var lists = new RecommendationList[users.Length];
        int batch = Math.Max(1, BatchSize);
        // Batch boundaries depend only on the input, so the result is the same for any thread count.
        Parallel.For(0, (users.Length + batch - 1) / batch, Threads(maxDegreeOfParallelism), Rent, (b, _, w) =>
        {
            int start = b * batch, end = Math.Min(users.Length, start + batch);
            var scored = BatchSize > 0 ? ScoreBatch(users.AsSpan(start, end - start), n, selection) : null;
            for (int k = start; k < end; k++)
            {
                lists[k] = RecommendCore(users[k], n, selection, w, scored?[k - start]);
            }

            return w;
        }, Return);
        return new BatchRecommendations(lists);
    }

    /// <summary>The model's top-N item indices only (no explanations, no fallback, no records): where RecommendMany's time goes.</summary>
    internal int[][] TopNIndices(string[] userIds, int n, int? maxDegreeOfParallelism = null)
    {
        var result = new int[userIds.Length][];
        int batch = Math.Max(1, BatchSize);
        Parallel.For(0, (userIds.Length + batch - 1) / batch, Threads(maxDegreeOfParallelism), Rent, (b, _, w) =>
        {
            int start = b * batch, end = Math.Min(userIds.Length, start + batch);
            var scored = BatchSize > 0 ? ScoreBatch(userIds.AsSpan(start, end - start), n, Selection.Default) : null;
            for (int k = start; k < end; k++)
            {
                int u = Data.UserIndexOf(userIds[k]);
                if (scored is not null)
                {
                    result[k] = scored[k - start]?.Ids ?? [];
                }
                else
                {
                    int count = u >= 0 && Data.UserInteractionCount(u) > 0 ? ScoreTopN(u, n, Selection.Default, w) : 0;
                    result[k] = w.TopIds.AsSpan(0, count).ToArray();
                }
            }

            return w;
        }, Return);
        return result;
    }

    /// <summary>Top-N of a batch of users from <see cref="ScoreTopNBatch"/> (null entries: unknown or cold users).</summary>
    private (int[] Ids, double[] Scores)?[] ScoreBatch(ReadOnlySpan<string> userIds, int n, Selection selection)
    {
        var known = new List<int>();
        var slots = new List<int>();
        for (int k = 0; k < userIds.Length; k++)
        {
            int u = Data.UserIndexOf(userIds[k]);
            if (u >= 0 && Data.UserInteractionCount(u) > 0)
            {
                known.Add(u);
                slots.Add(k);
            }
        }

        var heaps = known.Select(_ => new TopKHeap(n)).ToArray();
        ScoreTopNBatch([.. known], selection, heaps);
        var result = new (int[] Ids, double[] Scores)?[userIds.Length];
        for (int j = 0; j < known.Count; j++)
        {
            var ids = new int[heaps[j].Count];
            var scores = new double[ids.Length];
            heaps[j].DrainDescending(scores, ids);
            result[slots[j]] = (ids, scores);
        }

        return result;
    }

    /// <summary>
    /// The n items most similar to <paramref name="itemId"/> under this model ("customers who bought this also bought"), most
    /// similar first, positive similarities only; empty when the item is unknown. Each model documents its similarity.
    /// </summary>
    public NeighborList SimilarItems(string itemId, int n = 10)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        CheckN(n);
        int i = Data.ItemIndexOf(itemId);
        if (i < 0)
        {
            return new NeighborList(itemId, []);
        }

        var heap = new TopKHeap(n);
        SimilarItemsCore(i, heap);
        var sims = new double[heap.Count];
        var ids = new int[heap.Count];
        heap.DrainDescending(sims, ids);
        return new NeighborList(itemId, [.. ids.Select((j, k) => new Neighbor(k + 1, Data.ItemIds[j], sims[k], Data.ItemDescription(j)))]);
    }

    /// <summary>Index-level top-N: model items first, then popular eligible items; returns (item, score, source).</summary>
    internal List<(int Item, double Score, RecommendationSource Source)> RecommendIndices(int u, int n, Selection selection, Workspace w,
        (int[] Ids, double[] Scores)? scored = null)
    {
        var result = new List<(int, double, RecommendationSource)>(n);
        if (scored is { } s)
        {
            for (int k = 0; k < s.Ids.Length; k++)
            {
                result.Add((s.Ids[k], FinalScore(u, s.Ids[k], s.Scores[k]), RecommendationSource.Neighbors));
            }
        }
        else if (u >= 0 && Data.UserInteractionCount(u) > 0)
        {
            int count = ScoreTopN(u, n, selection, w);
            for (int k = 0; k < count; k++)
            {
                result.Add((w.TopIds[k], w.TopScores[k], RecommendationSource.Neighbors));
            }
        }

        if (result.Count < n)
        {
            FillPopular(u, n, selection, result, w);
        }

        return result;
    }

    private RecommendationList RecommendCore(string userId, int n, Selection selection, Workspace w, (int[] Ids, double[] Scores)? scored = null)
    {
        int u = Data.UserIndexOf(userId);
        string? reason = u < 0 ? "unknown user: most popular items"
            : Data.UserInteractionCount(u) == 0 ? "user has no history: most popular items" : null;
        var picks = RecommendIndices(u, n, selection, w, scored);
        var personal = picks.Where(p => p.Source == RecommendationSource.Neighbors).Select(p => p.Item).ToArray();
        var reasons = personal.Length == 0 ? [] : Explain(u, personal, w);
        var items = new List<RecommendedItem>(picks.Count);
        foreach (var (item, score, source) in picks)
        {
            IReadOnlyList<Contributor> because = source == RecommendationSource.Neighbors ? reasons[items.Count] : [];
            items.Add(new RecommendedItem(items.Count + 1, Data.ItemIds[item], Data.ItemDescription(item), score, source, because, IsItemBased,
                Data.SourceKind));
        }

        return new RecommendationList(userId, items, reason is not null, reason);
    }

    private void FillPopular(int u, int n, Selection selection, List<(int Item, double Score, RecommendationSource Source)> result, Workspace w)
    {
        int stamp = MarkExcluded(u, selection.IncludeSeen, w);
        foreach (var (item, _, _) in result)
        {
            w.Marks[item] = stamp;
        }

        foreach (int item in _popularOrder.Value)
        {
            if (result.Count >= n)
            {
                break;
            }

            if (w.Marks[item] != stamp && (selection.Allowed is null || selection.Allowed[item]))
            {
                result.Add((item, Data.ItemInteractionCount(item), RecommendationSource.Popularity));
            }
        }
    }

    /// <summary>
    /// Starts a new stamp in <c>w.Marks</c> and marks the user's own items under it (unless <paramref name="includeSeen"/>);
    /// an item is eligible when its mark differs from the returned stamp.
    /// </summary>
    private protected int MarkExcluded(int u, bool includeSeen, Workspace w)
    {
        int stamp = ++w.Stamp;
        if (!includeSeen && u >= 0)
        {
            foreach (int seen in Data.ItemsOfUser(u))
            {
                w.Marks[seen] = stamp;
            }
        }

        return stamp;
    }

    /// <summary>Top-N over a dense score vector (one score per item): eligible items only, best first, ties by index.</summary>
    private protected static int SelectDense(ReadOnlySpan<float> scores, int stamp, Selection selection, int n, Workspace w)
    {
        var heap = w.TopN(n);
        var marks = w.Marks;
        var allowed = selection.Allowed;
        double floor = double.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
        {
            float s = scores[i];
            // Once the heap is full only a score at least as high as its minimum can enter (equal ones may win on index).
            if (s < floor || marks[i] == stamp || (allowed is not null && !allowed[i]))
            {
                continue;
            }

            heap.Push(s, i);
            if (heap.Count == n)
            {
                floor = heap.ScoreAt(0);
            }
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    private static int[] PopularityOrder(InteractionMatrix data)
    {
        var order = Enumerable.Range(0, data.ItemCount).Where(i => data.ItemInteractionCount(i) > 0).ToArray();
        // Most interactions first; ties by index (ordinal id) so the order is deterministic.
        Array.Sort(order, (a, b) => data.ItemInteractionCount(b) != data.ItemInteractionCount(a)
            ? data.ItemInteractionCount(b).CompareTo(data.ItemInteractionCount(a)) : a.CompareTo(b));
        return order;
    }

    private static void CheckN(int n) => Preconditions.CheckOption(n >= 1, "n", $"n = {n}: use at least 1 (the number of items to list).");

    /// <summary>Parallel options for an optional thread count (null = all cores).</summary>
    internal static ParallelOptions Threads(int? maxDegreeOfParallelism) => new() { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };

    internal abstract Workspace CreateWorkspace();

    /// <summary>A pooled workspace (or a new one).</summary>
    internal Workspace Rent() => _pool.TryTake(out var w) ? w : CreateWorkspace();

    /// <summary>Gives a workspace back to the pool.</summary>
    internal void Return(Workspace w) => _pool.Add(w);

    /// <summary>Estimate by index; u or i may be -1 (unknown).</summary>
    internal abstract PredictionCore PredictCore(int u, int i, Workspace w);

    /// <summary>Fills w.TopIds / w.TopScores with up to n model-scored eligible items (best first); returns the count.</summary>
    internal abstract int ScoreTopN(int u, int n, Selection selection, Workspace w);

    /// <summary>The largest contributors to each item's score for user u (result k belongs to items[k]).</summary>
    internal abstract IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w);

    /// <summary>Users scored together by <see cref="ScoreTopNBatch"/> in <see cref="RecommendMany(IEnumerable{string}, int, RecommendationFilter, int?)"/>; 0: one at a time.</summary>
    private protected virtual int BatchSize => 0;

    /// <summary>Pushes the eligible model-scored items of each user (known, with history) into its heap (models with a batch size).</summary>
    internal virtual void ScoreTopNBatch(int[] users, Selection selection, TopKHeap[] heaps) => throw new NotSupportedException();

    /// <summary>The score reported for an item picked by <see cref="ScoreTopNBatch"/> (the ranking score by default).</summary>
    private protected virtual double FinalScore(int u, int item, double rankingScore) => rankingScore;

    /// <summary>Pushes (similarity, item) for the items similar to item <paramref name="i"/> (positive only, not i itself).</summary>
    private protected abstract void SimilarItemsCore(int i, TopKHeap heap);
}

/// <summary>Index-level prediction.</summary>
internal readonly record struct PredictionCore(double Estimate, int Used, PredictionFallback Fallback, bool Clipped);

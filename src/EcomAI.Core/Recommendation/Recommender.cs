using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// A fitted recommender over an <see cref="InteractionMatrix"/>: predictions, top-N lists with explanations, batch top-N.
/// Immutable and safe to use from several threads.
/// </summary>
/// <remarks>
/// Top-N rules (the seed's pitfalls avoided): items the user already has are excluded unless <c>includeSeen</c>; lists are in
/// descending score with ties broken by item id; an unknown or cold user gets the most popular items, flagged as a fallback;
/// when the neighbourhood yields fewer than n items the rest is filled with popular unseen items, each flagged.
/// </remarks>
public abstract class Recommender
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

    /// <summary>Short description, e.g. "UserKnn(MSD, k=40, MeanCentered)".</summary>
    public abstract string Name { get; }

    /// <summary>True when explanations name owned items ("because you bought X"), false when they name similar users.</summary>
    public abstract bool IsItemBased { get; }

    /// <summary>Estimate for one pair; unknown ids fall back (flagged), never throw.</summary>
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
    public PredictionList PredictMany(IEnumerable<(string UserId, string ItemId)> pairs, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToArray();
        var result = new Prediction[list.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? -1 : maxDegreeOfParallelism };
        Parallel.For(0, list.Length, parallel, Rent, (k, _, w) =>
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
    public RecommendationList Recommend(string userId, int n = 10, bool includeSeen = false)
    {
        ArgumentNullException.ThrowIfNull(userId);
        CheckN(n);
        var w = Rent();
        var list = RecommendCore(userId, n, includeSeen, w);
        Return(w);
        return list;
    }

    /// <summary>Top-N lists for many users (in parallel; the result is identical for any thread count).</summary>
    public BatchRecommendations RecommendMany(IEnumerable<string> userIds, int n = 10, bool includeSeen = false, int maxDegreeOfParallelism = 0)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        CheckN(n);
        if (maxDegreeOfParallelism < 0)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"maxDegreeOfParallelism = {maxDegreeOfParallelism} must be ≥ 0 (0 = all cores).");
        }

        var users = userIds.ToArray();
        var lists = new RecommendationList[users.Length];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism == 0 ? -1 : maxDegreeOfParallelism };
        Parallel.For(0, users.Length, parallel, Rent, (k, _, w) =>
        {
            lists[k] = RecommendCore(users[k] ?? throw new ArgumentException($"User id {k + 1} is null.", nameof(userIds)), n, includeSeen, w);
            return w;
        }, Return);
        return new BatchRecommendations(lists);
    }

    /// <summary>Index-level top-N: neighbourhood items first, then popular unseen items; returns (item, score, source).</summary>
    internal List<(int Item, double Score, RecommendationSource Source)> RecommendIndices(int u, int n, bool includeSeen, Workspace w)
    {
        var result = new List<(int, double, RecommendationSource)>(n);
        if (u >= 0 && Data.UserInteractionCount(u) > 0)
        {
            int count = ScoreTopN(u, n, includeSeen, w);
            for (int k = 0; k < count; k++)
            {
                result.Add((w.TopIds[k], w.TopScores[k], RecommendationSource.Neighbors));
            }
        }

        if (result.Count < n)
        {
            FillPopular(u, n, includeSeen, result, w);
        }

        return result;
    }

    private RecommendationList RecommendCore(string userId, int n, bool includeSeen, Workspace w)
    {
        int u = Data.UserIndexOf(userId);
        string? reason = u < 0 ? "unknown user: most popular items"
            : Data.UserInteractionCount(u) == 0 ? "user has no history: most popular items" : null;
        var picks = RecommendIndices(u, n, includeSeen, w);
        var neighbourItems = picks.Where(p => p.Source == RecommendationSource.Neighbors).Select(p => p.Item).ToArray();
        var reasons = neighbourItems.Length == 0 ? [] : Explain(u, neighbourItems, w);
        var items = new List<RecommendedItem>(picks.Count);
        foreach (var (item, score, source) in picks)
        {
            IReadOnlyList<Contributor> because = source == RecommendationSource.Neighbors ? reasons[items.Count] : [];
            items.Add(new RecommendedItem(items.Count + 1, Data.ItemIds[item], score, source, because, IsItemBased));
        }

        return new RecommendationList(userId, items, reason is not null, reason);
    }

    private void FillPopular(int u, int n, bool includeSeen, List<(int Item, double Score, RecommendationSource Source)> result, Workspace w)
    {
        var taken = w.Marks;
        w.Stamp++;
        foreach (var (item, _, _) in result)
        {
            taken[item] = w.Stamp;
        }

        foreach (int item in _popularOrder.Value)
        {
            if (result.Count >= n)
            {
                break;
            }

            if (taken[item] == w.Stamp || (!includeSeen && u >= 0 && Data.Value(u, item) is not null))
            {
                continue;
            }

            result.Add((item, Data.ItemInteractionCount(item), RecommendationSource.Popularity));
        }
    }

    private static int[] PopularityOrder(InteractionMatrix data)
    {
        var order = Enumerable.Range(0, data.ItemCount).Where(i => data.ItemInteractionCount(i) > 0).ToArray();
        // Most interactions first; ties by index (ordinal id) so the order is deterministic.
        Array.Sort(order, (a, b) => data.ItemInteractionCount(b) != data.ItemInteractionCount(a)
            ? data.ItemInteractionCount(b).CompareTo(data.ItemInteractionCount(a)) : a.CompareTo(b));
        return order;
    }

    private static void CheckN(int n)
    {
        if (n < 1)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"n = {n} must be at least 1 (the number of items to recommend).");
        }
    }

    internal abstract Workspace CreateWorkspace();

    /// <summary>A pooled workspace (or a new one).</summary>
    internal Workspace Rent() => _pool.TryTake(out var w) ? w : CreateWorkspace();

    /// <summary>Gives a workspace back to the pool.</summary>
    internal void Return(Workspace w) => _pool.Add(w);

    /// <summary>Estimate by index; u or i may be -1 (unknown).</summary>
    internal abstract PredictionCore PredictCore(int u, int i, Workspace w);

    /// <summary>Fills w.TopIds / w.TopScores with up to n neighbourhood-scored items (best first); returns the count.</summary>
    internal abstract int ScoreTopN(int u, int n, bool includeSeen, Workspace w);

    /// <summary>The largest contributors to each item's score for user u (neighbourhood items come first in a list, so
    /// result k belongs to items[k]).</summary>
    internal abstract IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w);
}

/// <summary>Index-level prediction.</summary>
internal readonly record struct PredictionCore(double Estimate, int Used, PredictionFallback Fallback, bool Clipped);

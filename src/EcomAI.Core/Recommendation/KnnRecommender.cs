using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Shared fitting, fallbacks and neighbour lists of <see cref="UserKnn"/> and <see cref="ItemKnn"/>.</summary>
/// <remarks>
/// Relation to Surprise (KNNBasic = <see cref="KnnFormula.WeightedAverage"/>, KNNWithMeans = <see cref="KnnFormula.MeanCentered"/>):
/// same similarities (over common ratings, min_support), same neighbour rule (k largest similarities among the item's raters,
/// then positive ones only, min_k), same clipping and the same global-mean answer for an unknown user. Two documented
/// differences follow this project's fallback rule "user mean, then global mean": an unknown item gets the user's mean
/// (Surprise: the global mean), and KNNBasic with too few neighbours gets the user's mean (Surprise: the global mean).
/// Both touch only predictions Surprise itself marks impossible (tens out of 20,000 per MovieLens-100k fold).
/// Similarities are stored as float (Surprise: double); a plain NumPy re-implementation of Surprise's definitions agrees
/// with our 5-fold RMSE to four decimals (see tests/EcomAI.Benchmarks/README.md).
/// </remarks>
public abstract class KnnRecommender : Recommender
{
    private readonly SimilarityKernel _kernel;

    private protected KnnRecommender(InteractionMatrix data, KnnOptions options, bool userBased)
        : base(data)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        bool isImplicit = data.Kind == FeedbackKind.Implicit;
        if (isImplicit && options.Similarity is not (SimilarityKind.Cosine or SimilarityKind.Jaccard))
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                $"KnnOptions.Similarity = {options.Similarity} needs ratings; for implicit feedback use Cosine or Jaccard.");
        }

        int entities = userBased ? data.UserCount : data.ItemCount;
        if (!isImplicit && entities > KnnOptions.MaxDenseEntities)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"Explicit {(userBased ? "user" : "item")}-based kNN keeps all {entities:N0} × {entities:N0} similarities; the limit is {KnnOptions.MaxDenseEntities:N0}. Use the other orientation, or implicit feedback (which keeps only each entity's k nearest)."));
        }

        _kernel = new SimilarityKernel(data, userBased, options.Similarity, options.MinSupport, options.Shrinkage);
        Table = isImplicit
            ? SimilarityTable.TopK(_kernel, options.Neighbors, options.Parallel())
            : SimilarityTable.Dense(_kernel, options.Parallel());
    }

    /// <summary>The validated options.</summary>
    public KnnOptions Options { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"{GetType().Name}({Options.Similarity}, k={Options.Neighbors}{(Data.Kind == FeedbackKind.Explicit ? ", " + Options.Formula : ", implicit")})");

    internal SimilarityTable Table { get; }

    /// <summary>Approximate bytes held by the similarity table.</summary>
    public long SimilarityBytes => Table.Bytes;

    private protected bool IsImplicit => Data.Kind == FeedbackKind.Implicit;

    /// <summary>Exact similarity of two entities by index (computed from the data, independent of pruning).</summary>
    private protected double PairSimilarity(int a, int b) => _kernel.Pair(a, b);

    /// <summary>The n most similar entities to <paramref name="a"/> (positive similarity, ties by index).</summary>
    private protected NeighborList NeighborsOf(int a, string id, IReadOnlyList<string> ids, int n)
    {
        if (n < 1)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"n = {n} must be at least 1.");
        }

        var list = new List<Neighbor>();
        if (a < 0)
        {
            return new NeighborList(id, list);
        }

        if (Table.IsDense)
        {
            var heap = new TopKHeap(n);
            var row = Table.Row(a);
            for (int b = 0; b < row.Length; b++)
            {
                if (b != a && row[b] > 0)
                {
                    heap.Push(row[b], b);
                }
            }

            var sims = new double[heap.Count];
            var idx = new int[heap.Count];
            heap.DrainDescending(sims, idx);
            for (int k = 0; k < sims.Length; k++)
            {
                list.Add(new Neighbor(k + 1, ids[idx[k]], sims[k]));
            }
        }
        else
        {
            var idx = Table.NeighborIds(a);
            var sims = Table.NeighborSims(a);
            for (int k = 0; k < Math.Min(n, idx.Length); k++)
            {
                list.Add(new Neighbor(k + 1, ids[idx[k]], sims[k]));
            }
        }

        return new NeighborList(id, list);
    }

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, Options.Neighbors);

    /// <summary>Fallback for explicit data (see <see cref="PredictionFallback"/>); implicit scores fall back to 0.</summary>
    private protected PredictionCore Fallback(int u, int i, PredictionFallback reason, double baseMean)
    {
        if (IsImplicit)
        {
            return new PredictionCore(0, 0, reason, false);
        }

        double estimate = reason switch
        {
            PredictionFallback.UnknownUser => Data.GlobalMean,
            PredictionFallback.UnknownItem => Data.UserMeans[u],
            _ => Options.Formula == KnnFormula.MeanCentered ? baseMean : Data.UserMeans[u],
        };
        return new PredictionCore(Clip(estimate, out bool clipped), 0, reason, clipped);
    }

    /// <summary>Unknown user / item checks shared by both orientations; null when the pair can be estimated.</summary>
    private protected PredictionCore? CheckKnown(int u, int i)
    {
        if (u < 0 || Data.UserInteractionCount(u) == 0)
        {
            return Fallback(u, i, PredictionFallback.UnknownUser, 0);
        }

        if (i < 0 || Data.ItemInteractionCount(i) == 0)
        {
            return Fallback(u, i, PredictionFallback.UnknownItem, 0);
        }

        return null;
    }

    private protected double Clip(double estimate, out bool clipped)
    {
        double c = Data.Scale.Clip(estimate);
        clipped = c != estimate;
        return c;
    }

    /// <summary>Explicit top-N: every unseen item with at least MinNeighbors neighbours, by clipped predicted rating.</summary>
    private protected int ExplicitTopN(int u, int n, bool includeSeen, Workspace w)
    {
        var heap = w.TopN(n);
        w.Stamp++;
        foreach (int seen in Data.ItemsOfUser(u))
        {
            w.Marks[seen] = w.Stamp;
        }

        for (int i = 0; i < Data.ItemCount; i++)
        {
            if (!includeSeen && w.Marks[i] == w.Stamp)
            {
                continue;
            }

            var p = PredictCore(u, i, w);
            if (p.Fallback == PredictionFallback.None)
            {
                heap.Push(p.Estimate, i);
            }
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    /// <summary>Implicit top-N from accumulated scores in w.Scores over w.Touched[0..touched).</summary>
    private protected int ImplicitTopN(int u, int n, bool includeSeen, Workspace w, int touched)
    {
        var heap = w.TopN(n);
        w.Stamp++;
        if (!includeSeen)
        {
            foreach (int seen in Data.ItemsOfUser(u))
            {
                w.Marks[seen] = w.Stamp;
            }
        }

        for (int t = 0; t < touched; t++)
        {
            int i = w.Touched[t];
            if (w.Marks[i] != w.Stamp && w.Scores[i] > 0)
            {
                heap.Push(w.Scores[i], i);
            }

            w.Scores[i] = 0;
        }

        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    /// <summary>Contributors from weights, largest first (ties by index), shares over all of them.</summary>
    private protected IReadOnlyList<Contributor> Contributors(List<Contribution> all, IReadOnlyList<string> ids)
    {
        double total = 0;
        foreach (var c in all)
        {
            total += c.Weight;
        }

        // Partial selection of the few largest (no full sort: this runs for every recommended item).
        int m = Math.Min(Options.ExplanationSize, all.Count);
        Span<int> best = m <= 16 ? stackalloc int[m] : new int[m];
        int kept = 0;
        for (int k = 0; k < all.Count; k++)
        {
            int pos = kept;
            while (pos > 0 && Before(all[k], all[best[pos - 1]]))
            {
                pos--;
            }

            if (pos >= m)
            {
                continue;
            }

            int last = Math.Min(kept, m - 1);
            for (int j = last; j > pos; j--)
            {
                best[j] = best[j - 1];
            }

            best[pos] = k;
            kept = Math.Min(kept + 1, m);
        }

        var result = new Contributor[m];
        for (int k = 0; k < m; k++)
        {
            var c = all[best[k]];
            result[k] = new Contributor(ids[c.Index], c.Similarity, total > 0 ? c.Weight / total : 0, c.Value);
        }

        return result;
    }

    private static bool Before(Contribution x, Contribution y) => x.Weight > y.Weight || (x.Weight == y.Weight && x.Index < y.Index);
}

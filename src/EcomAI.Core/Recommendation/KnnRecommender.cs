using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// The one neighbourhood algorithm behind <see cref="UserKnn"/> and <see cref="ItemKnn"/>: like Surprise's
/// <c>SymmetricAlgo</c>, a pair (u, i) is switched to (x, y) = (u, i) user-based or (i, u) item-based, and a single estimate
/// serves both orientations: N = the k entities x' most similar to x among those that rated y, r̂ from their ratings of y.
/// </summary>
/// <remarks>
/// Relation to Surprise (KNNBasic = <see cref="KnnFormula.WeightedAverage"/>, KNNWithMeans = <see cref="KnnFormula.MeanCentered"/>):
/// same similarities (over common ratings, min_support), same neighbour rule (k largest similarities among the raters of y,
/// then positive ones only, min_k), same clipping and the same global-mean answer for an unknown user. Two documented
/// differences follow this project's fallback rule "user mean, then global mean": an unknown item gets the user's mean
/// (Surprise: the global mean), and KNNBasic with too few neighbours gets the user's mean (Surprise: the global mean).
/// Similarities are stored as float (Surprise: double). Above <see cref="KnnOptions.MaxDenseEntities"/> entities (or when
/// <see cref="KnnOptions.StoredNeighbors"/> is set) each entity keeps only its m most similar others, and neighbourhoods are
/// chosen among those: memory O(n·m), no limit on n.
/// Implicit data (purchases) use whole vectors and rank instead of predicting a rating (implicit's ItemItemRecommender).
/// </remarks>
public abstract partial class KnnRecommender : Recommender
{
    private readonly SimilarityKernel _kernel;
    private readonly bool _userBased;

    private protected KnnRecommender(InteractionMatrix data, KnnOptions options, bool userBased)
        : base(data)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _userBased = userBased;
        bool isImplicit = data.Kind == FeedbackKind.Implicit;
        SimilarityMeasure = options.SimilarityFor(data.Kind);
        Neighbors = options.NeighborsFor(data.Kind);
        if (isImplicit && SimilarityMeasure is SimilarityKind.MeanSquaredDifference or SimilarityKind.AdjustedCosine or SimilarityKind.Pearson)
        {
            throw Preconditions.InvalidOption("KnnOptions.Similarity",
                $"KnnOptions.Similarity = {SimilarityMeasure} needs ratings; for purchases use TfIdf (default), Bm25, Cosine or Jaccard.");
        }

        if (!isImplicit && SimilarityMeasure is SimilarityKind.TfIdf or SimilarityKind.Bm25)
        {
            throw Preconditions.InvalidOption("KnnOptions.Similarity",
                $"KnnOptions.Similarity = {SimilarityMeasure} weights purchases; for ratings use MSD, Cosine, AdjustedCosine, Pearson or Jaccard, or rank on the ratings as signals with matrix.AsImplicit().");
        }

        _kernel = new SimilarityKernel(data, userBased, SimilarityMeasure, options.MinSupport, options.Shrinkage, options.Bm25K1, options.Bm25B);
        int entities = _kernel.EntityCount;
        if (isImplicit)
        {
            Table = SimilarityTable.TopK(_kernel, Neighbors, options.Parallel());
        }
        else if (options.StoredNeighbors is null && entities <= KnnOptions.MaxDenseEntities)
        {
            Table = SimilarityTable.Dense(_kernel, options.Parallel());
        }
        else
        {
            Table = SimilarityTable.TopK(_kernel, options.StoredNeighbors ?? (10 * Neighbors), options.Parallel());
        }
    }

    /// <summary>The validated options.</summary>
    public KnnOptions Options { get; }

    /// <summary>The similarity in use (the option, or the default for the data's kind).</summary>
    public SimilarityKind SimilarityMeasure { get; }

    /// <summary>k in use (the option, or the default for the data's kind).</summary>
    public int Neighbors { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"{GetType().Name}({SimilarityMeasure}, k={Neighbors}{(IsImplicit ? (Data.SourceKind == FeedbackKind.Explicit ? ", ratings as signals" : ", implicit") : ", " + Options.Formula)})");

    /// <inheritdoc />
    public override bool IsItemBased => !_userBased;

    /// <inheritdoc />
    public override bool PredictsRatings => !IsImplicit;

    /// <summary>Approximate bytes held by the similarity table.</summary>
    public long SimilarityBytes => Table.Bytes;

    /// <summary>True when every pair's similarity is stored (explicit data up to <see cref="KnnOptions.MaxDenseEntities"/>).</summary>
    public bool StoresAllPairs => Table.IsDense;

    internal SimilarityTable Table { get; }

    private protected override int ExplanationSize => Options.ExplanationSize;

    private bool IsImplicit => Data.Kind == FeedbackKind.Implicit;

    /// <summary>
    /// Exact similarity of two entities of the model's side (users for user-based, items for item-based) by id, computed
    /// from the data independent of pruning; 0 when either is unknown.
    /// </summary>
    private protected double PairSimilarity(string a, string b)
    {
        int x = _userBased ? Data.UserIndexOf(a) : Data.ItemIndexOf(a);
        int y = _userBased ? Data.UserIndexOf(b) : Data.ItemIndexOf(b);
        return x < 0 || y < 0 ? 0 : _kernel.Pair(x, y);
    }

    /// <summary>The n users most similar to user <paramref name="a"/> among the stored ones (positive similarity, ties by index).</summary>
    private protected NeighborList StoredNeighborsOf(int a, string id, int n)
    {
        Preconditions.CheckOption(n >= 1, "n", $"n = {n}: use at least 1.");
        if (a < 0)
        {
            return new NeighborList(id, []);
        }

        var order = Table.Ordered(a);
        var list = new List<Neighbor>(Math.Min(n, order.Length));
        for (int k = 0; k < Math.Min(n, order.Length); k++)
        {
            int b = order[k];
            string other = Data.UserIds[b];
            list.Add(new Neighbor(k + 1, other, Table.Get(a, b), other));
        }

        return new NeighborList(id, list);
    }

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, Neighbors);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        if (u < 0 || Data.UserInteractionCount(u) == 0)
        {
            return Fallback(u, PredictionFallback.UnknownUser, 0);
        }

        if (i < 0 || Data.ItemInteractionCount(i) == 0)
        {
            return Fallback(u, PredictionFallback.UnknownItem, 0);
        }

        return IsImplicit ? ImplicitScore(u, i) : Estimate(u, i, w, ordered: false, out _);
    }

    /// <summary>
    /// The explicit estimate for both orientations. (x, y) = (u, i) user-based or (i, u) item-based; the candidates are the
    /// entities x' that rated with y (the raters of i, or the items u rated), with values r(x', y); the neighbours are the k
    /// of them with the largest positive sim(x, x'); r̂ = [μ_x +] Σ s·(r − [μ_x']) / Σ s.
    /// </summary>
    private PredictionCore Estimate(int u, int i, Workspace w, bool ordered, out int used)
    {
        int x = _userBased ? u : i;
        var candidates = _userBased ? Data.UsersOfItem(i) : Data.ItemsOfUser(u);
        var values = _userBased ? Data.ValuesOfItem(i) : Data.ValuesOfUser(u);
        var means = _userBased ? Data.UserMeans : Data.ItemMeans;
        var heap = w.Heap;
        heap.Clear();
        if (Table.IsDense)
        {
            var row = Table.Row(x);
            for (int p = 0; p < candidates.Length; p++)
            {
                float s = row[candidates[p]];
                if (s > 0 && candidates[p] != x)
                {
                    heap.Push(s, p);
                }
            }
        }
        else
        {
            for (int p = 0; p < candidates.Length; p++)
            {
                float s = Table.Get(x, candidates[p]);
                if (s > 0)
                {
                    heap.Push(s, p);
                }
            }
        }

        // Explanations need rank order; top-N scoring and evaluation only need the sum (heap order, still deterministic).
        used = ordered ? heap.DrainDescending(w.NeighborSims, w.NeighborPositions) : heap.Count;
        if (used < Options.MinNeighbors)
        {
            return Fallback(u, PredictionFallback.TooFewNeighbors, means[x]);
        }

        double sumSim = 0, sum = 0;
        bool centred = Options.Formula == KnnFormula.MeanCentered;
        for (int k = 0; k < used; k++)
        {
            double s = ordered ? w.NeighborSims[k] : heap.ScoreAt(k);
            int p = ordered ? w.NeighborPositions[k] : heap.IdAt(k);
            double r = values[p];
            sumSim += s;
            sum += s * (centred ? r - means[candidates[p]] : r);
        }

        double estimate = centred ? means[x] + (sum / sumSim) : sum / sumSim;
        return new PredictionCore(Clip(estimate, out bool clipped), used, PredictionFallback.None, clipped);
    }

    /// <summary>
    /// Implicit score. Item-based: Σ over owned j with i among j's K neighbours of x(u,j)·S(j,i). User-based: Σ over u's K
    /// neighbours v of S(u,v)·x(v,i).
    /// </summary>
    private PredictionCore ImplicitScore(int u, int i)
    {
        double score = 0;
        int used = 0;
        if (_userBased)
        {
            var ids = Table.NeighborIds(u);
            var sims = Table.NeighborSims(u);
            for (int k = 0; k < ids.Length; k++)
            {
                if (Data.Value(ids[k], i) is { } x)
                {
                    score += sims[k] * x;
                    used++;
                }
            }
        }
        else
        {
            var items = Data.ItemsOfUser(u);
            var values = Data.ValuesOfUser(u);
            for (int p = 0; p < items.Length; p++)
            {
                float s = Table.Get(items[p], i);
                if (s > 0)
                {
                    score += s * values[p];
                    used++;
                }
            }
        }

        return used < Options.MinNeighbors
            ? Fallback(u, PredictionFallback.TooFewNeighbors, 0)
            : new PredictionCore(score, used, PredictionFallback.None, false);
    }

    /// <summary>Fallback for explicit data (see <see cref="PredictionFallback"/>); implicit scores fall back to 0.</summary>
    private PredictionCore Fallback(int u, PredictionFallback reason, double baseMean)
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

    private double Clip(double estimate, out bool clipped)
    {
        double c = Data.Scale.Clip(estimate);
        clipped = c != estimate;
        return c;
    }
}

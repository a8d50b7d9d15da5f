using System.Globalization;
using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Implicit-feedback matrix factorisation by alternating least squares (Hu, Koren &amp; Volinsky, "Collaborative Filtering for
/// Implicit Feedback Datasets", ICDM 2008), solved with warm-started conjugate gradient as in the implicit library
/// (Takács, Pilászy &amp; Tikk 2011). For catalogues too large for <see cref="Ease"/>; memory is linear in the interactions.
/// </summary>
/// <remarks>
/// <para>Preference p(u,i) = 1 for an observed interaction, 0 otherwise; confidence c(u,i) = 1 + α·r(u,i) (r the value: a
/// quantity, a count, or 1 for a rating used as a signal). The model minimises
/// Σ_{u,i} c(u,i)(p(u,i) − x_uᵀy_i)² + λ(Σ‖x_u‖² + Σ‖y_i‖²) over all pairs, observed or not (eq. 3). Each user's update solves
/// (YᵀY + Yᵀ(C_u − I)Y + λI) x_u = YᵀC_u p(u) (eq. 4) by <see cref="AlsOptions.ConjugateGradientSteps"/> CG steps from the
/// previous x_u, using YᵀY once per sweep; then the items likewise. score(u,i) = x_uᵀy_i.</para>
/// <para>Explanations (section 5 of the paper, as the implicit library's <c>explain</c>): with W_u = (YᵀC_uY + λI)⁻¹ the score
/// of the exact least-squares x_u is Σ_j s(i,j)·c(u,j) over the user's items j, s(i,j) = y_iᵀW_u y_j; each owned item's
/// term is its contribution.</para>
/// <para>Top-N is exact but does not score every item: the items are scanned in decreasing order of ‖y_i‖ and a user's scan
/// stops once ‖x_u‖·‖y_i‖ (Cauchy–Schwarz, with the float rounding allowance) falls below the user's n-th best score; the
/// lists equal those of scoring every item, ties by item index.</para>
/// <para>Float32 factors like the implicit library; every user (item) update depends only on the other side's factors, so the
/// result is bit-identical for any thread count.</para>
/// </remarks>
public sealed partial class ImplicitAls : Recommender
{
    private readonly float[] _userFactors; // users × stride
    private readonly float[] _itemFactors; // items × stride
    private readonly int _stride;
    private readonly Lazy<FactorTopN> _topN;  // item factors in scoring blocks
    private readonly Lazy<double[]> _itemGram; // YᵀY + λI, for explanations of long histories
    private readonly Lazy<double[]> _itemGramInverse; // (YᵀY + λI)⁻¹, for explanations of short ones

    private ImplicitAls(InteractionMatrix data, AlsOptions options)
        : base(data)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        Lambda = Options.Regularization ?? AlsOptions.DefaultRegularization(data.Count);
        int f = Options.Factors;
        _stride = (f + 15) / 16 * 16;
        _userFactors = Initial(data.UserCount, f, _stride, SeededRandom.Create(Options.Seed, 0));
        _itemFactors = Initial(data.ItemCount, f, _stride, SeededRandom.Create(Options.Seed, 1));
        var confidenceUsers = Confidence(data.UserValues);
        var confidenceItems = Confidence(data.ItemValues);
        var parallel = Threads(Options.MaxDegreeOfParallelism);
        for (int it = 0; it < Options.Iterations; it++)
        {
            HalfStep(data.UserOffsets, data.UserItems, confidenceUsers, _userFactors, _itemFactors, parallel);
            HalfStep(data.ItemOffsets, data.ItemUsers, confidenceItems, _itemFactors, _userFactors, parallel);
        }

        _topN = new Lazy<FactorTopN>(() => new FactorTopN(_itemFactors, data.ItemCount, _stride, Options.Factors));
        _itemGram = new Lazy<double[]>(ItemGram);
        _itemGramInverse = new Lazy<double[]>(GramInverse);
    }

    /// <summary>The validated options.</summary>
    public AlsOptions Options { get; }

    /// <summary>λ in use: <see cref="AlsOptions.Regularization"/>, or the default rule for the data's size.</summary>
    public double Lambda { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"ImplicitAls(f={Options.Factors}, λ={Lambda:0.#}, α={Options.Alpha}, {Options.Iterations} it.)");

    /// <inheritdoc />
    public override bool IsItemBased => true;

    /// <inheritdoc />
    public override bool PredictsRatings => false;

    private protected override int ExplanationSize => Options.ExplanationSize;

    /// <summary>Fits the model (any kind of data; ratings count as signals of value 1 unless the matrix is implicit).</summary>
    public static ImplicitAls Fit(InteractionMatrix data, AlsOptions? options = null) => new(data, options ?? AlsOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static ImplicitAls Fit(InteractionMatrix data, int factors, double? regularization, double alpha, int iterations = 15) =>
        new(data, new AlsOptions { Factors = factors, Regularization = regularization, Alpha = alpha, Iterations = iterations });

    /// <summary>The user's latent vector x_u (length f), or null when the user is unknown.</summary>
    public float[]? UserFactors(string userId)
    {
        int u = Data.UserIndexOf(userId);
        return u < 0 ? null : _userFactors.AsSpan(u * _stride, Options.Factors).ToArray();
    }

    /// <summary>The item's latent vector y_i (length f), or null when the item is unknown.</summary>
    public float[]? ItemFactors(string itemId)
    {
        int i = Data.ItemIndexOf(itemId);
        return i < 0 ? null : _itemFactors.AsSpan(i * _stride, Options.Factors).ToArray();
    }

    internal ReadOnlySpan<float> UserRow(int u) => _userFactors.AsSpan(u * _stride, _stride);

    internal ReadOnlySpan<float> ItemRow(int i) => _itemFactors.AsSpan(i * _stride, _stride);

    /// <summary>c − 1 = α·r per stored value (ratings count 1).</summary>
    private float[] Confidence(float[] values)
    {
        bool ratings = Data.Kind == FeedbackKind.Explicit;
        var c = new float[values.Length];
        for (int k = 0; k < c.Length; k++)
        {
            c[k] = (float)(Options.Alpha * (ratings ? 1 : values[k]));
        }

        return c;
    }

    private static float[] Initial(int rows, int f, int stride, Random rng)
    {
        var m = new float[(long)rows * stride];
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < f; k++)
            {
                m[((long)r * stride) + k] = (float)(rng.NextDouble() * 0.01);
            }
        }

        return m;
    }

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, 1);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        if (u < 0 || Data.UserInteractionCount(u) == 0)
        {
            return new PredictionCore(0, 0, PredictionFallback.UnknownUser, false);
        }

        return i < 0
            ? new PredictionCore(0, 0, PredictionFallback.UnknownItem, false)
            : new PredictionCore(Score(u, i), 0, PredictionFallback.None, false);
    }

    /// <summary>x_uᵀy_i in float, as a chain of fused multiply-adds in factor order (the order the top-N kernel uses).</summary>
    private float Score(int u, int i)
    {
        var x = UserRow(u);
        var y = ItemRow(i);
        float s = 0;
        for (int f = 0; f < Options.Factors; f++)
        {
            s = MathF.FusedMultiplyAdd(x[f], y[f], s);
        }

        return s;
    }

    private protected override int BatchSize => 64;

    internal override int ScoreTopN(int u, int n, Selection selection, Workspace w)
    {
        var heap = w.TopN(n);
        int stamp = MarkExcluded(u, selection.IncludeSeen, w);
        var allowed = selection.Allowed;
        _topN.Value.Score(UserRow(u), 1, _stride, [heap], (_, i) => w.Marks[i] != stamp && (allowed is null || allowed[i]));
        return heap.DrainDescending(w.TopScores, w.TopIds);
    }

    internal override void ScoreTopNBatch(int[] users, Selection selection, TopKHeap[] heaps)
    {
        var block = new float[users.Length * _stride];
        for (int k = 0; k < users.Length; k++)
        {
            UserRow(users[k]).CopyTo(block.AsSpan(k * _stride));
        }

        var allowed = selection.Allowed;
        bool includeSeen = selection.IncludeSeen;
        _topN.Value.Score(block, users.Length, _stride, heaps,
            (k, i) => (allowed is null || allowed[i]) && (includeSeen || Data.ItemsOfUser(users[k]).BinarySearch(i) < 0));
    }

    /// <summary>Items with the largest cosine of their factor vectors (the implicit library's similar_items).</summary>
    private protected override void SimilarItemsCore(int i, TopKHeap heap)
    {
        var yi = ItemRow(i);
        double ni = Math.Sqrt(VectorMath.Dot(yi, yi));
        for (int j = 0; j < Data.ItemCount; j++)
        {
            var yj = ItemRow(j);
            double d = ni * Math.Sqrt(VectorMath.Dot(yj, yj));
            double cos = d > 0 ? VectorMath.Dot(yi, yj) / d : 0;
            if (j != i && cos > 0)
            {
                heap.Push(cos, j);
            }
        }
    }
}

using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Randomness;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Biased matrix factorisation for rating prediction, trained by SGD: Funk's SVD as Surprise's <c>SVD</c> implements it
/// (Koren, Bell &amp; Volinsky 2009, eq. 5). r̂(u,i) = μ + b_u + b_i + q_iᵀp_u, clipped to the rating scale.
/// </summary>
/// <remarks>
/// <para>For each epoch and each training rating, in the fixed order of users then items (Surprise does not shuffle either):
/// e = r − r̂ (unclipped); b_u += γ(e − λ·b_u); b_i += γ(e − λ·b_i); p_u += γ(e·q_i − λ·p_u); q_i += γ(e·p_u − λ·q_i), both
/// factor updates from the old values. Biases start at 0, factors at N(0, 0.1²). An unknown user or item drops its terms
/// (Surprise's rule), flagged. Single-threaded SGD: the result does not depend on threads.</para>
/// <para>Top-N lists rank by the unclipped estimate (the clipped one ties every item above the top of the scale); the listed
/// score is the clipped predicted rating. Ranking by predicted rating is what Microsoft Recommenders' "Surprise SVD" row
/// measures; for shop lists use a top-N model.</para>
/// <para>Explanations: p_u is the stationary point of the user's regularised least squares given Q and the biases,
/// p_u = (Q_uᵀQ_u + λ·n_u·I)⁻¹Q_uᵀ(r_u − μ − b_u − b), so q_iᵀp_u = Σ_j s(i,j)·(r(u,j) − μ − b_u − b_j) with
/// s(i,j) = q_iᵀ(Q_uᵀQ_u + λn_uI)⁻¹q_j; each rated item's term is its contribution (the ALS decomposition for ratings).</para>
/// </remarks>
public sealed class FunkSvd : Recommender
{
    private readonly double[] _p; // users × f
    private readonly double[] _q; // items × f
    private readonly double[] _bu;
    private readonly double[] _bi;
    private readonly int _f;

    private FunkSvd(InteractionMatrix data, SvdOptions options)
        : base(data)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        if (data.Kind != FeedbackKind.Explicit)
        {
            throw Preconditions.InvalidOption("FunkSvd", "FunkSvd predicts ratings: it needs explicit ratings. For purchases use ImplicitAls, Ease or ItemKnn.");
        }

        _f = Options.Factors;
        var rng = SeededRandom.Create(Options.Seed);
        _p = new double[data.UserCount * _f];
        _q = new double[data.ItemCount * _f];
        for (int k = 0; k < _p.Length; k++)
        {
            _p[k] = Normal.Sample(rng, 0, Options.InitStdDev);
        }

        for (int k = 0; k < _q.Length; k++)
        {
            _q[k] = Normal.Sample(rng, 0, Options.InitStdDev);
        }

        _bu = new double[data.UserCount];
        _bi = new double[data.ItemCount];
        Train(data.GlobalMean, Options.LearningRate, Options.Regularization);
    }

    /// <summary>The validated options.</summary>
    public SvdOptions Options { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture,
        $"FunkSvd(f={_f}, {Options.Epochs} epochs, γ={Options.LearningRate}, λ={Options.Regularization})");

    /// <inheritdoc />
    public override bool IsItemBased => true;

    /// <inheritdoc />
    public override bool PredictsRatings => true;

    private protected override int ExplanationSize => Options.ExplanationSize;

    /// <summary>Fits the model on explicit ratings.</summary>
    /// <exception cref="InputDataException">Implicit data, or an invalid option.</exception>
    public static FunkSvd Fit(InteractionMatrix data, SvdOptions? options = null) => new(data, options ?? SvdOptions.Default);

    /// <summary>The user bias b_u (0 for an unknown user).</summary>
    public double UserBias(string userId) => Data.UserIndexOf(userId) is int u and >= 0 ? _bu[u] : 0;

    /// <summary>The item bias b_i (0 for an unknown item).</summary>
    public double ItemBias(string itemId) => Data.ItemIndexOf(itemId) is int i and >= 0 ? _bi[i] : 0;

    private void Train(double mu, double lr, double reg)
    {
        var offsets = Data.UserOffsets;
        var items = Data.UserItems;
        var values = Data.UserValues;
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            for (int u = 0; u < Data.UserCount; u++)
            {
                var pu = _p.AsSpan(u * _f, _f);
                for (int k = offsets[u]; k < offsets[u + 1]; k++)
                {
                    int i = items[k];
                    var qi = _q.AsSpan(i * _f, _f);
                    double dot = 0;
                    for (int f = 0; f < _f; f++)
                    {
                        dot += qi[f] * pu[f];
                    }

                    double err = values[k] - (mu + _bu[u] + _bi[i] + dot);
                    _bu[u] += lr * (err - (reg * _bu[u]));
                    _bi[i] += lr * (err - (reg * _bi[i]));
                    for (int f = 0; f < _f; f++)
                    {
                        double puf = pu[f], qif = qi[f];
                        pu[f] += lr * ((err * qif) - (reg * puf));
                        qi[f] += lr * ((err * puf) - (reg * qif));
                    }
                }
            }
        }
    }

    private double Raw(int u, int i)
    {
        double est = Data.GlobalMean + _bu[u] + _bi[i];
        var pu = _p.AsSpan(u * _f, _f);
        var qi = _q.AsSpan(i * _f, _f);
        for (int f = 0; f < _f; f++)
        {
            est += qi[f] * pu[f];
        }

        return est;
    }

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, 1);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        bool knownUser = u >= 0 && Data.UserInteractionCount(u) > 0;
        bool knownItem = i >= 0 && Data.ItemInteractionCount(i) > 0;
        double est = knownUser && knownItem ? Raw(u, i)
            : Data.GlobalMean + (knownUser ? _bu[u] : 0) + (knownItem ? _bi[i] : 0);
        var fallback = !knownUser ? PredictionFallback.UnknownUser : !knownItem ? PredictionFallback.UnknownItem : PredictionFallback.None;
        double clipped = Data.Scale.Clip(est);
        return new PredictionCore(clipped, 0, fallback, clipped != est);
    }

    internal override int ScoreTopN(int u, int n, Selection selection, Workspace w)
    {
        var scores = w.DenseScores.AsSpan(0, Data.ItemCount);
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = Data.ItemInteractionCount(i) > 0 ? (float)Raw(u, i) : float.NegativeInfinity;
        }

        int count = SelectDense(scores, MarkExcluded(u, selection.IncludeSeen, w), selection, n, w);
        for (int k = 0; k < count; k++)
        {
            w.TopScores[k] = Data.Scale.Clip(w.TopScores[k]);
        }

        return count;
    }

    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        var result = new IReadOnlyList<Contributor>[items.Length];
        if (_f == 0)
        {
            Array.Fill(result, []);
            return result;
        }

        var a = new double[_f * _f];
        double ridge = Options.Regularization * owned.Length;
        for (int r = 0; r < _f; r++)
        {
            a[(r * _f) + r] = ridge;
        }

        foreach (int j in owned)
        {
            var qj = _q.AsSpan(j * _f, _f);
            for (int r = 0; r < _f; r++)
            {
                for (int c = 0; c <= r; c++)
                {
                    a[(r * _f) + c] += qj[r] * qj[c];
                }
            }
        }

        if (!Linear.Cholesky.Factor(a, _f))
        {
            Array.Fill(result, []);
            return result;
        }

        var z = new double[owned.Length][];
        var residual = new double[owned.Length];
        for (int p = 0; p < owned.Length; p++)
        {
            z[p] = _q.AsSpan(owned[p] * _f, _f).ToArray();
            Linear.Cholesky.ForwardSolve(a, _f, z[p]);
            residual[p] = values[p] - Data.GlobalMean - _bu[u] - _bi[owned[p]];
        }

        var lists = w.ContributionLists(items.Length);
        for (int t = 0; t < items.Length; t++)
        {
            var zi = _q.AsSpan(items[t] * _f, _f).ToArray();
            Linear.Cholesky.ForwardSolve(a, _f, zi);
            for (int p = 0; p < owned.Length; p++)
            {
                double s = 0;
                for (int k = 0; k < _f; k++)
                {
                    s += zi[k] * z[p][k];
                }

                lists[t].Add(new Contribution(owned[p], s, s * residual[p], values[p]));
            }

            result[t] = Contributors(lists[t], ofItems: true);
        }

        return result;
    }

    /// <summary>Items with the largest cosine of their factor vectors q.</summary>
    private protected override void SimilarItemsCore(int i, TopKHeap heap)
    {
        if (_f == 0)
        {
            CooccurrenceCosine(i, heap);
            return;
        }

        var qi = _q.AsSpan(i * _f, _f);
        double ni = Math.Sqrt(Dot(qi, qi));
        for (int j = 0; j < Data.ItemCount; j++)
        {
            var qj = _q.AsSpan(j * _f, _f);
            double d = ni * Math.Sqrt(Dot(qj, qj));
            double cos = d > 0 ? Dot(qi, qj) / d : 0;
            if (j != i && cos > 0 && Data.ItemInteractionCount(j) > 0)
            {
                heap.Push(cos, j);
            }
        }
    }

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int k = 0; k < x.Length; k++)
        {
            s += x[k] * y[k];
        }

        return s;
    }
}

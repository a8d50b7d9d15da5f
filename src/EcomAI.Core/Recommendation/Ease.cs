using System.Globalization;
using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// EASE, "Embarrassingly Shallow Autoencoders for Sparse Data" (Steck, WWW 2019): a closed-form item–item model for top-N
/// lists. With X the binary users × items matrix (1 for every stored interaction, rating or purchase):
/// P = (XᵀX + λI)⁻¹, B = I − P·diag(1/diag P), i.e. B(j,i) = −P(j,i)/P(i,i) for j ≠ i and B(i,i) = 0 (eq. 8 of the paper);
/// score(u,i) = Σ_j x(u,j)·B(j,i), the sum of the weights of the user's own items j towards i.
/// </summary>
/// <remarks>
/// Dense: items × items, for catalogues up to <see cref="EaseOptions.MaxItems"/> (20,000 by default; larger ones are refused
/// with a message naming the alternatives). The inverse is computed in double precision (blocked sweep, bit-identical for any
/// thread count); B is kept in float. Explanations give each owned item's weight B(j,i): its share of the positive part of
/// the score. Ratings count as signals whatever their value; rank only good ratings with <see cref="InteractionMatrix.AsImplicit"/>.
/// </remarks>
public sealed class Ease : Recommender
{
    private readonly float[] _weights; // B(j,i) at j·n + i
    private readonly int _n;

    private Ease(InteractionMatrix data, EaseOptions options)
        : base(data)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _n = data.ItemCount;
        if (_n > Options.MaxItems)
        {
            throw Preconditions.InvalidOption("EaseOptions.MaxItems", string.Create(CultureInfo.InvariantCulture,
                $"EASE keeps a dense items × items matrix: {_n:N0} items need {8.0 * _n * _n / 1e9:F1} GB while fitting, above the limit of {Options.MaxItems:N0} items (EaseOptions.MaxItems). Use ImplicitAls or ItemKnn for this catalogue (Recommenders.Default chooses one), or raise MaxItems."));
        }

        var gram = Gram(data, Options.MaxDegreeOfParallelism);
        for (int i = 0; i < _n; i++)
        {
            gram[((long)i * _n) + i] += Options.Lambda;
        }

        SymmetricInverse.Invert(gram, _n, Options.MaxDegreeOfParallelism);
        _weights = new float[(long)_n * _n];
        Parallel.For(0, _n, Threads(Options.MaxDegreeOfParallelism), j =>
        {
            long row = (long)j * _n;
            for (int i = 0; i < _n; i++)
            {
                _weights[row + i] = i == j ? 0f : (float)(-gram[row + i] / gram[((long)i * _n) + i]);
            }
        });
    }

    /// <summary>The validated options.</summary>
    public EaseOptions Options { get; }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Ease(λ={Options.Lambda})");

    /// <inheritdoc />
    public override bool IsItemBased => true;

    /// <inheritdoc />
    public override bool PredictsRatings => false;

    private protected override int ExplanationSize => Options.ExplanationSize;

    /// <summary>Fits EASE on the interactions (any kind; every stored interaction counts 1).</summary>
    /// <exception cref="Data.InputDataException">An invalid option, or a catalogue above <see cref="EaseOptions.MaxItems"/>.</exception>
    public static Ease Fit(InteractionMatrix data, EaseOptions? options = null) => new(data, options ?? EaseOptions.Default);

    /// <summary>Plain-argument entry point.</summary>
    public static Ease Fit(InteractionMatrix data, double lambda) => new(data, new EaseOptions { Lambda = lambda });

    /// <summary>B(owned, target): how much owning <paramref name="owned"/> adds to the score of <paramref name="target"/> (0 when unknown).</summary>
    public double Weight(string owned, string target)
    {
        int j = Data.ItemIndexOf(owned), i = Data.ItemIndexOf(target);
        return j < 0 || i < 0 ? 0 : _weights[((long)j * _n) + i];
    }

    /// <summary>B row-major (B(j,i) at j·n + i), for benchmarks and tests.</summary>
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>XᵀX of the binary matrix: G(j,k) = number of users with both j and k (exact in double), one row per task.</summary>
    internal static double[] Gram(InteractionMatrix data, int? threads)
    {
        int n = data.ItemCount;
        var g = new double[(long)n * n];
        Parallel.For(0, n, Threads(threads), j =>
        {
            long row = (long)j * n;
            foreach (int u in data.UsersOfItem(j))
            {
                foreach (int k in data.ItemsOfUser(u))
                {
                    g[row + k] += 1;
                }
            }
        });
        return g;
    }

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, 1);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        if (u < 0 || Data.UserInteractionCount(u) == 0)
        {
            return new PredictionCore(0, 0, PredictionFallback.UnknownUser, false);
        }

        if (i < 0)
        {
            return new PredictionCore(0, 0, PredictionFallback.UnknownItem, false);
        }

        double s = 0;
        var owned = Data.ItemsOfUser(u);
        foreach (int j in owned)
        {
            s += _weights[((long)j * _n) + i];
        }

        return new PredictionCore(s, owned.Length, PredictionFallback.None, false);
    }

    internal override int ScoreTopN(int u, int n, Selection selection, Workspace w)
    {
        var scores = w.DenseScores.AsSpan(0, _n);
        scores.Clear();
        foreach (int j in Data.ItemsOfUser(u))
        {
            VectorMath.AddScaled(scores, _weights.AsSpan((int)((long)j * _n), _n), 1f);
        }

        return SelectDense(scores, MarkExcluded(u, selection.IncludeSeen, w), selection, n, w);
    }

    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        var lists = w.ContributionLists(items.Length);
        var owned = Data.ItemsOfUser(u);
        var values = Data.ValuesOfUser(u);
        var result = new IReadOnlyList<Contributor>[items.Length];
        for (int t = 0; t < items.Length; t++)
        {
            for (int p = 0; p < owned.Length; p++)
            {
                double b = _weights[((long)owned[p] * _n) + items[t]];
                lists[t].Add(new Contribution(owned[p], b, b, values[p]));
            }

            result[t] = Contributors(lists[t], ofItems: true);
        }

        return result;
    }

    /// <summary>Items k with the largest weight B(i,k): what owning i most adds to.</summary>
    private protected override void SimilarItemsCore(int i, TopKHeap heap)
    {
        var row = _weights.AsSpan((int)((long)i * _n), _n);
        for (int k = 0; k < _n; k++)
        {
            if (k != i && row[k] > 0)
            {
                heap.Push(row[k], k);
            }
        }
    }
}

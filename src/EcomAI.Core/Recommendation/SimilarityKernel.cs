namespace EcomAI.Core.Recommendation;

/// <summary>
/// Computes similarities between the rows ("entities") of a sparse matrix through its columns ("features"): users through
/// items for user-based kNN, items through users for item-based. Each entity row is computed independently, summing over
/// common features in ascending feature order, so the result is bit-identical for any thread count and
/// sim(a, b) == sim(b, a) exactly.
/// </summary>
internal sealed class SimilarityKernel
{
    private readonly int[] _eOffsets, _eIndex, _fOffsets, _fIndex;
    private readonly float[] _eValues, _fValues;
    private readonly double[] _fMeans;
    private readonly double[] _norms;
    private readonly double[] _inverseNorms;
    private readonly SimilarityKind _kind;
    private readonly bool _implicit;
    private readonly bool _binary;
    private readonly int _minSupport;
    private readonly double _shrinkage;

    public SimilarityKernel(InteractionMatrix m, bool userBased, SimilarityKind kind, int minSupport, double shrinkage, double bm25K1 = 1.2,
        double bm25B = 0.75)
    {
        (_eOffsets, _eIndex, _eValues, _fOffsets, _fIndex, _fValues, _fMeans) = userBased
            ? (m.UserOffsets, m.UserItems, m.UserValues, m.ItemOffsets, m.ItemUsers, m.ItemValues, m.ItemMeans)
            : (m.ItemOffsets, m.ItemUsers, m.ItemValues, m.UserOffsets, m.UserItems, m.UserValues, m.UserMeans);
        EntityCount = _eOffsets.Length - 1;
        _kind = kind;
        _implicit = m.Kind == FeedbackKind.Implicit;
        _minSupport = minSupport;
        _shrinkage = shrinkage;
        if (_implicit && kind is SimilarityKind.TfIdf or SimilarityKind.Bm25)
        {
            // Weighted copies; the matrix itself is never modified.
            (_eValues, _fValues) = ImplicitWeighting.Compute(kind, _eOffsets, _eIndex, _eValues, _fOffsets, _fIndex, _fValues, bm25K1, bm25B);
        }

        _binary = kind is SimilarityKind.Cosine or SimilarityKind.Jaccard && Array.TrueForAll(m.UserValues, v => v == 1f);
        _norms = new double[EntityCount];
        _inverseNorms = new double[EntityCount];
        for (int e = 0; e < EntityCount; e++)
        {
            double s = 0;
            for (int p = _eOffsets[e]; p < _eOffsets[e + 1]; p++)
            {
                s += (double)_eValues[p] * _eValues[p];
            }

            _norms[e] = Math.Sqrt(s);
            _inverseNorms[e] = s > 0 ? 1.0 / _norms[e] : 0;
        }
    }

    public int EntityCount { get; }

    /// <summary>Per-thread accumulators over all entities, reset after each row through the touched list.</summary>
    public sealed class Scratch
    {
        internal readonly int[] Count;
        internal readonly double[] A, B, C, D, E;
        internal readonly int[] Touched;

        internal Scratch(int n, bool full)
        {
            Count = new int[n];
            Touched = new int[n];
            A = new double[n];
            B = full ? new double[n] : [];
            C = full ? new double[n] : [];
            D = full ? new double[n] : [];
            E = full ? new double[n] : [];
        }
    }

    public Scratch CreateScratch() => new(EntityCount, !_implicit && _kind is not (SimilarityKind.MeanSquaredDifference or SimilarityKind.Jaccard));

    /// <summary>Computes row <paramref name="a"/> and passes every entity b ≠ a with non-zero similarity to <paramref name="sink"/>.</summary>
    public void ComputeRow<TSink>(int a, Scratch s, ref TSink sink)
        where TSink : struct, ISimilaritySink
    {
        int touched = Accumulate(a, s);
        if (IsCountOnly)
        {
            // Hot path of large implicit data: only co-occurrence counts, one reset per touched entity.
            for (int t = 0; t < touched; t++)
            {
                int b = s.Touched[t];
                int n = s.Count[b];
                s.Count[b] = 0;
                if (b != a && n >= _minSupport)
                {
                    sink.Add(b, (float)FinishCount(a, b, n));
                }
            }

            return;
        }

        for (int t = 0; t < touched; t++)
        {
            int b = s.Touched[t];
            int n = s.Count[b];
            if (b != a && n >= _minSupport)
            {
                double sim = Finish(a, b, n, s.A[b], s.B.Length == 0 ? 0 : s.B[b], s.C.Length == 0 ? 0 : s.C[b],
                    s.D.Length == 0 ? 0 : s.D[b], s.E.Length == 0 ? 0 : s.E[b]);
                if (sim != 0)
                {
                    sink.Add(b, (float)sim);
                }
            }

            s.Count[b] = 0;
            s.A[b] = 0;
            if (s.B.Length != 0)
            {
                s.B[b] = s.C[b] = s.D[b] = s.E[b] = 0;
            }
        }
    }

    /// <summary>Similarity of one pair by merging the two sorted rows (same sums in the same order as <see cref="ComputeRow"/>).</summary>
    public double Pair(int a, int b)
    {
        if (a == b)
        {
            return 1;
        }

        int p = _eOffsets[a], pe = _eOffsets[a + 1], q = _eOffsets[b], qe = _eOffsets[b + 1];
        int n = 0;
        double sa = 0, sb = 0, sc = 0, sd = 0, se = 0;
        while (p < pe && q < qe)
        {
            int fa = _eIndex[p], fb = _eIndex[q];
            if (fa < fb)
            {
                p++;
            }
            else if (fb < fa)
            {
                q++;
            }
            else
            {
                double x = _eValues[p], y = _eValues[q];
                n++;
                Add(ref sa, ref sb, ref sc, ref sd, ref se, x, y, _fMeans[fa]);
                p++;
                q++;
            }
        }

        return n >= _minSupport ? Finish(a, b, n, sa, sb, sc, sd, se) : 0;
    }

    private void Add(ref double sa, ref double sb, ref double sc, ref double sd, ref double se, double x, double y, double featureMean)
    {
        if (_implicit)
        {
            sa += x * y;
            return;
        }

        switch (_kind)
        {
            case SimilarityKind.MeanSquaredDifference:
                sa += (x - y) * (x - y);
                break;
            case SimilarityKind.Jaccard:
                break;
            case SimilarityKind.Cosine:
            case SimilarityKind.AdjustedCosine:
                if (_kind == SimilarityKind.AdjustedCosine)
                {
                    x -= featureMean;
                    y -= featureMean;
                }

                sa += x * y;
                sb += x * x;
                sc += y * y;
                break;
            default: // Pearson
                sa += x * y;
                sb += x * x;
                sc += y * y;
                sd += x;
                se += y;
                break;
        }
    }

    private bool IsCountOnly => _kind == SimilarityKind.Jaccard || (_implicit && _binary);

    private double FinishCount(int a, int b, int n)
    {
        if (_kind == SimilarityKind.Jaccard)
        {
            int na = _eOffsets[a + 1] - _eOffsets[a], nb = _eOffsets[b + 1] - _eOffsets[b];
            return (double)n / (na + nb - n);
        }

        // Binary cosine: n / (√na · √nb), as a product of precomputed inverse norms (no division per pair).
        return n * _inverseNorms[a] * _inverseNorms[b];
    }

    private int Accumulate(int a, Scratch s)
    {
        int touched = 0;
        int[] count = s.Count, tl = s.Touched;
        double[] acc = s.A;
        bool full = s.B.Length != 0;
        bool countOnly = IsCountOnly;
        for (int p = _eOffsets[a]; p < _eOffsets[a + 1]; p++)
        {
            int f = _eIndex[p];
            double x = _eValues[p];
            int qs = _fOffsets[f], qe = _fOffsets[f + 1];
            if (countOnly)
            {
                for (int q = qs; q < qe; q++)
                {
                    int b = _fIndex[q];
                    if (count[b]++ == 0)
                    {
                        tl[touched++] = b;
                    }
                }

                continue;
            }

            if (!full)
            {
                bool msd = !_implicit;
                for (int q = qs; q < qe; q++)
                {
                    int b = _fIndex[q];
                    if (count[b]++ == 0)
                    {
                        tl[touched++] = b;
                    }

                    double y = _fValues[q];
                    acc[b] += msd ? (x - y) * (x - y) : x * y;
                }

                continue;
            }

            double mean = _fMeans[f];
            for (int q = qs; q < qe; q++)
            {
                int b = _fIndex[q];
                if (count[b]++ == 0)
                {
                    tl[touched++] = b;
                }

                Add(ref acc[b], ref s.B[b], ref s.C[b], ref s.D[b], ref s.E[b], x, _fValues[q], mean);
            }
        }

        return touched;
    }

    private double Finish(int a, int b, int n, double sa, double sb, double sc, double sd, double se)
    {
        if (IsCountOnly)
        {
            return FinishCount(a, b, n);
        }

        if (_implicit)
        {
            // BM25: the plain dot product of the weighted vectors (implicit's BM25Recommender does not normalise).
            // Cosine and TF-IDF: cosine over whole (weighted) vectors, absent = no interaction = 0.
            return _kind == SimilarityKind.Bm25 ? sa : sa / (_norms[a] * _norms[b]);
        }

        switch (_kind)
        {
            case SimilarityKind.MeanSquaredDifference:
                return 1.0 / ((sa / n) + 1.0);
            case SimilarityKind.Cosine:
            case SimilarityKind.AdjustedCosine:
            {
                double den = Math.Sqrt(sb * sc);
                return den > 0 ? sa / den : 0;
            }

            default:
            {
                double va = (n * sb) - (sd * sd);
                double vb = (n * sc) - (se * se);
                // Constant common ratings have no variance: Surprise returns 0; the relative guard absorbs rounding.
                if (va <= 1e-12 * n * sb || vb <= 1e-12 * n * sc)
                {
                    return 0;
                }

                double r = ((n * sa) - (sd * se)) / Math.Sqrt(va * vb);
                return _shrinkage > 0 ? r * (n - 1) / (n - 1 + _shrinkage) : r;
            }
        }
    }
}

/// <summary>Receives the non-zero similarities of one row.</summary>
internal interface ISimilaritySink
{
    void Add(int other, float similarity);
}

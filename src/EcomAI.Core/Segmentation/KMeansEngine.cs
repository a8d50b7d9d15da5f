using System.Runtime.Intrinsics;
using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// One K-means problem (data, weights, K) with its work buffers, reused across restarts.
/// Every parallel pass works on fixed chunks of <see cref="ChunkRows"/> rows and writes per-chunk partial sums
/// that are reduced in chunk order, so results are bit-identical for any number of threads.
/// </summary>
/// <remarks>
/// Iteration structure follows scikit-learn 1.2 <c>_kmeans_single_lloyd</c>: iteration i assigns labels with the
/// current centres (E-step) and recomputes centres (M-step); it stops when the labels equal the previous iteration's
/// ("strict convergence") or when Σ_j ‖c_j(new) − c_j(old)‖² ≤ tol; without strict convergence a final E-step
/// assigns labels to the final centres; the iteration count is i + 1. Empty clusters are re-seeded with the points
/// farthest from their centres (as scikit-learn's <c>_relocate_empty_clusters</c>).
/// Hamerly (2010): an upper bound u on the distance to the assigned centre and a lower bound l on the distance to
/// any other centre; a point keeps its centre when u &lt; max(l, s/2) with s the distance to the nearest other centre.
/// A small safety margin makes every skipped point one whose exact argmin is unchanged, so Hamerly and Lloyd agree.
/// </remarks>
internal sealed partial class KMeansEngine
{
    internal const int ChunkRows = 2048;

    private readonly FeatureMatrix _x;
    private readonly double[]? _w;
    private readonly int _n, _d, _k, _kp, _chunks;
    private readonly bool _bounds;
    private readonly KMeansAlgorithm _mode;
    private readonly ParallelOptions _parallel;
    private readonly double _margin;

    private readonly int[] _labels;
    private readonly double[] _upper;
    private readonly double[] _lower;
    private readonly double[] _chunkSums;
    private readonly double[] _chunkWeights;
    private readonly long[] _chunkChanged;
    private readonly long[] _chunkEvaluations;
    private long _evaluations;
    private readonly double[] _chunkScalar;

    private readonly double[] _centresT;
    private double[] _current = [];
    private readonly double[] _half;
    private readonly double[] _move;
    private double _maxMove, _secondMove;
    private int _argMaxMove;

    internal KMeansEngine(FeatureMatrix x, double[]? weights, int k, KMeansAlgorithm algorithm, int? threads)
    {
        _x = x;
        _w = weights;
        _n = x.Rows;
        _d = x.Columns;
        _k = k;
        _kp = Distances.Padded(k);
        _chunks = (_n + ChunkRows - 1) / ChunkRows;
        // Auto = Hamerly: on the benchmark data (200,000 × 8, K = 16) it used less CPU than Elkan, whose per-centre
        // bookkeeping costs more than the vectorised distance block it avoids.
        _mode = algorithm == KMeansAlgorithm.Auto ? KMeansAlgorithm.Hamerly : algorithm;
        _bounds = _mode != KMeansAlgorithm.Lloyd;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 };
        _labels = new int[_n];
        _upper = new double[_n];
        _lower = new double[_n];
        _stamp = _mode == KMeansAlgorithm.Elkan ? new int[_n] : [];
        _kf = (k + 7) / 8 * 8;
        _lowerK = _mode == KMeansAlgorithm.Elkan ? new float[(long)_n * _kf] : [];
        _halfCentreGap = new double[k * k];
        _halfCentreGapF = new float[k * _kf];
        _chunkSums = new double[_chunks * k * _d];
        _chunkWeights = new double[_chunks * k];
        _chunkChanged = new long[_chunks];
        _chunkEvaluations = new long[_chunks];
        _chunkScalar = new double[_chunks * Math.Max(k, 2 + (int)Math.Log(k))];
        _centresT = new double[_d * _kp];
        _half = new double[k];
        _move = new double[k];
        FeatureVariances = ComputeVariances();
        // Absolute slack for the bound tests, far above the rounding drift of the bounds (see remarks).
        _margin = 1e-11 * Math.Sqrt(FeatureVariances.Sum() + 1e-300);
    }

    /// <summary>The iteration actually used (Auto resolved).</summary>
    internal KMeansAlgorithm Mode => _mode;

    /// <summary>Population variance of each feature (unweighted, as scikit-learn's tolerance uses).</summary>
    internal double[] FeatureVariances { get; }

    /// <summary>The labels of the last run (overwritten by the next run).</summary>
    internal int[] Labels => _labels;

    private double Weight(int i) => _w is null ? 1.0 : _w[i];

    private (int Lo, int Hi) ChunkRange(int c) => (c * ChunkRows, Math.Min(_n, (c + 1) * ChunkRows));

    private double[] ComputeVariances()
    {
        var partial = new double[_chunks * _d];
        Parallel.For(0, _chunks, _parallel, c =>
        {
            var (lo, hi) = ChunkRange(c);
            var x = _x.Span;
            var s = partial.AsSpan(c * _d, _d);
            for (int i = lo; i < hi; i++)
            {
                for (int f = 0; f < _d; f++)
                {
                    s[f] += x[(i * _d) + f];
                }
            }
        });
        var mean = new double[_d];
        for (int c = 0; c < _chunks; c++)
        {
            for (int f = 0; f < _d; f++)
            {
                mean[f] += partial[(c * _d) + f];
            }
        }

        for (int f = 0; f < _d; f++)
        {
            mean[f] /= _n;
        }

        Array.Clear(partial);
        Parallel.For(0, _chunks, _parallel, c =>
        {
            var (lo, hi) = ChunkRange(c);
            var x = _x.Span;
            var s = partial.AsSpan(c * _d, _d);
            for (int i = lo; i < hi; i++)
            {
                for (int f = 0; f < _d; f++)
                {
                    double diff = x[(i * _d) + f] - mean[f];
                    s[f] += diff * diff;
                }
            }
        });
        var variance = new double[_d];
        for (int c = 0; c < _chunks; c++)
        {
            for (int f = 0; f < _d; f++)
            {
                variance[f] += partial[(c * _d) + f];
            }
        }

        for (int f = 0; f < _d; f++)
        {
            variance[f] /= _n;
        }

        return variance;
    }

    /// <summary>Runs Lloyd/Hamerly iterations from <paramref name="initial"/> (K × d, not modified).</summary>
    internal RunResult Run(ReadOnlySpan<double> initial, int maxIterations, double tolerance)
    {
        if (_mode == KMeansAlgorithm.Elkan && _cumulativeMove.Length < (maxIterations + 2) * _kf)
        {
            _cumulativeMove = new double[(maxIterations + 2) * _kf];
            _decrease = new float[(maxIterations + 2) * _kf];
        }

        var centres = initial.ToArray();
        var next = new double[centres.Length];
        Array.Fill(_labels, -1);
        _evaluations = 0;
        bool strict = false, converged = false;
        int iteration;
        for (iteration = 0; iteration < maxIterations; iteration++)
        {
            PrepareCentres(centres, iteration == 0);
            long changed = AssignAndAccumulate(iteration == 0 ? Pass.First : Pass.Iterate);
            double[] weights = ReduceInto(next);
            RelocateEmpty(centres, next, weights);
            double shiftTotal = 0;
            for (int j = 0; j < _k; j++)
            {
                double shift = 0;
                for (int f = 0; f < _d; f++)
                {
                    int at = (j * _d) + f;
                    // A cluster with no weight at all (only zero-weight points) keeps its centre.
                    next[at] = weights[j] > 0 ? next[at] / weights[j] : centres[at];
                    double diff = next[at] - centres[at];
                    shift += diff * diff;
                }

                shiftTotal += shift;
                _move[j] = Math.Sqrt(shift);
            }

            (centres, next) = (next, centres);
            if (changed == 0)
            {
                strict = converged = true;
                break;
            }

            if (shiftTotal <= tolerance)
            {
                converged = true;
                break;
            }
        }

        int iterations = Math.Min(iteration + 1, maxIterations);
        if (!strict)
        {
            // Final E-step so that the labels belong to the returned centres.
            PrepareCentres(centres, false);
            AssignAndAccumulate(Pass.FinalAssign);
        }

        double inertia = Inertia(centres);
        return new RunResult(centres, inertia, iterations, converged, strict, _evaluations);
    }

    /// <summary>Transposes the centres and, for Hamerly, computes half the distance to each centre's nearest other centre.</summary>
    private void PrepareCentres(double[] centres, bool first)
    {
        _current = centres;
        Distances.Transpose(centres, _k, _d, _kp, _centresT);
        if (!_bounds)
        {
            return;
        }

        if (_mode == KMeansAlgorithm.Elkan)
        {
            PrepareElkan(centres, first);
            return;
        }

        for (int j = 0; j < _k; j++)
        {
            double nearest = double.PositiveInfinity;
            for (int other = 0; other < _k; other++)
            {
                if (other != j)
                {
                    nearest = Math.Min(nearest, Distances.Squared(centres.AsSpan(j * _d, _d), centres.AsSpan(other * _d, _d)));
                }
            }

            _half[j] = 0.5 * Math.Sqrt(nearest);
        }

        if (first)
        {
            return;
        }

        _maxMove = _secondMove = 0;
        _argMaxMove = -1;
        for (int j = 0; j < _k; j++)
        {
            if (_move[j] > _maxMove)
            {
                _secondMove = _maxMove;
                _maxMove = _move[j];
                _argMaxMove = j;
            }
            else if (_move[j] > _secondMove)
            {
                _secondMove = _move[j];
            }
        }
    }

    private enum Pass
    {
        First,
        Iterate,
        FinalAssign,
    }

    /// <summary>E-step over all chunks; unless final, also accumulates per-chunk weighted sums per cluster.</summary>
    private long AssignAndAccumulate(Pass pass)
    {
        Parallel.For(0, _chunks, _parallel, c => AssignChunk(c, pass));
        long changed = 0;
        for (int c = 0; c < _chunks; c++)
        {
            changed += _chunkChanged[c];
            _evaluations += _chunkEvaluations[c];
        }

        return changed;
    }

    private void AssignChunk(int c, Pass pass)
    {
        var (lo, hi) = ChunkRange(c);
        var x = _x.Span;
        Span<double> dist = stackalloc double[_kp];
        var sums = _chunkSums.AsSpan(c * _k * _d, _k * _d);
        var weights = _chunkWeights.AsSpan(c * _k, _k);
        bool accumulate = pass != Pass.FinalAssign;
        if (accumulate)
        {
            sums.Clear();
            weights.Clear();
        }

        bool first = pass == Pass.First;
        if (_mode == KMeansAlgorithm.Hamerly && !first)
        {
            AssignChunkHamerly(c, lo, hi, accumulate, sums, weights);
            return;
        }

        long changed = 0, evaluations = 0;
        for (int i = lo; i < hi; i++)
        {
            var row = x.Slice(i * _d, _d);
            int old = _labels[i];
            int label = _mode switch
            {
                KMeansAlgorithm.Elkan => AssignElkan(i, row, old, first, dist, ref evaluations),
                KMeansAlgorithm.Hamerly => AssignHamerly(i, row, old, first, dist, ref evaluations),
                _ => AssignLloyd(row, dist, ref evaluations),
            };

            if (label != old)
            {
                changed++;
                _labels[i] = label;
            }

            if (accumulate)
            {
                Accumulate(sums.Slice(label * _d, _d), row, _w is null ? 1.0 : _w[i]);
                weights[label] += _w is null ? 1.0 : _w[i];
            }
        }

        _chunkChanged[c] = changed;
        _chunkEvaluations[c] = evaluations;
    }

    /// <summary>
    /// Hamerly's pass over one chunk with everything hoisted into locals (the hot loop of the default algorithm):
    /// bound update, the two skip tests, and the full distance block only for points that fail both.
    /// </summary>
    private void AssignChunkHamerly(int c, int lo, int hi, bool accumulate, Span<double> sums, Span<double> weights)
    {
        var x = _x.Span;
        int d = _d, k = _k, kp = _kp, count = hi - lo;
        Span<double> dist = stackalloc double[kp];
        Span<double> upper = _upper.AsSpan(lo, count);
        Span<double> lower = _lower.AsSpan(lo, count);
        Span<int> labels = _labels.AsSpan(lo, count);
        ReadOnlySpan<double> move = _move, half = _half, centres = _current, centresT = _centresT;
        double maxMove = _maxMove, secondMove = _secondMove, margin = _margin;
        int argMaxMove = _argMaxMove;
        long changed = 0, evaluations = 0;
        for (int t = 0; t < count; t++)
        {
            var row = x.Slice((lo + t) * d, d);
            int old = labels[t];
            double u = upper[t] + move[old];
            double l = lower[t] - (old == argMaxMove ? secondMove : maxMove);
            double m = Math.Max(half[old], l);
            double limit = m - ((m * 1e-10) + margin);
            int label = old;
            if (!(u < limit))
            {
                // Only a bound: any rounding of this distance is far inside the slack.
                u = Math.Sqrt(Distances.SquaredFast(row, centres.Slice(old * d, d)));
                evaluations++;
                if (!(u < limit))
                {
                    evaluations += k;
                    label = Distances.Nearest(row, centresT, kp, k, dist, out double best, out double second);
                    u = Math.Sqrt(best);
                    l = Math.Sqrt(second);
                }
            }

            upper[t] = u;
            lower[t] = l;
            if (label != old)
            {
                changed++;
                labels[t] = label;
            }

            if (accumulate)
            {
                double w = _w is null ? 1.0 : _w[lo + t];
                Accumulate(sums.Slice(label * d, d), row, w);
                weights[label] += w;
            }
        }

        _chunkChanged[c] = changed;
        _chunkEvaluations[c] = evaluations;
    }

    /// <summary>sums += w·row, four features per vector; each feature is still summed in row order, so the bits are those of a scalar loop.</summary>
    private static void Accumulate(Span<double> sums, ReadOnlySpan<double> row, double w)
    {
        int f = 0;
        if (w == 1.0)
        {
            for (; f + 4 <= row.Length; f += 4)
            {
                (Vector256.Create(sums.Slice(f, 4)) + Vector256.Create(row.Slice(f, 4))).CopyTo(sums.Slice(f, 4));
            }

            for (; f < row.Length; f++)
            {
                sums[f] += row[f];
            }

            return;
        }

        var wv = Vector256.Create(w);
        for (; f + 4 <= row.Length; f += 4)
        {
            (Vector256.Create(sums.Slice(f, 4)) + (wv * Vector256.Create(row.Slice(f, 4)))).CopyTo(sums.Slice(f, 4));
        }

        for (; f < row.Length; f++)
        {
            sums[f] += w * row[f];
        }
    }

    /// <summary>Slack subtracted from a bound before trusting it: relative 1e-10 plus an absolute term from the data's scale.</summary>
    private double Slack(double bound) => (Math.Abs(bound) * 1e-10) + _margin;

    private int AssignLloyd(ReadOnlySpan<double> row, Span<double> dist, ref long evaluations)
    {
        evaluations += _k;
        return Distances.Nearest(row, _centresT, _kp, _k, dist, out _, out _);
    }

    private int AssignHamerly(int i, ReadOnlySpan<double> row, int old, bool first, Span<double> dist, ref long evaluations)
    {
        double best, second;
        int label;
        if (!first)
        {
            // Hamerly bound update for the last centre move, then the two skip tests.
            double u = _upper[i] + _move[old];
            double l = _lower[i] - (old == _argMaxMove ? _secondMove : _maxMove);
            double m = Math.Max(_half[old], l);
            double limit = m - Slack(m);
            if (u < limit)
            {
                _upper[i] = u;
                _lower[i] = l;
                return old;
            }

            u = Math.Sqrt(Distances.Squared(row, CentreRow(old)));
            evaluations++;
            if (u < limit)
            {
                _upper[i] = u;
                _lower[i] = l;
                return old;
            }
        }

        evaluations += _k;
        label = Distances.Nearest(row, _centresT, _kp, _k, dist, out best, out second);
        _upper[i] = Math.Sqrt(best);
        _lower[i] = Math.Sqrt(second);
        return label;
    }

    private ReadOnlySpan<double> CentreRow(int j) => _current.AsSpan(j * _d, _d);

    /// <summary>Sums the per-chunk partial sums in chunk order into <paramref name="sums"/>; returns the cluster weights.</summary>
    private double[] ReduceInto(double[] sums)
    {
        Array.Clear(sums);
        var weights = new double[_k];
        for (int c = 0; c < _chunks; c++)
        {
            var s = _chunkSums.AsSpan(c * _k * _d, _k * _d);
            for (int t = 0; t < s.Length; t++)
            {
                sums[t] += s[t];
            }

            var w = _chunkWeights.AsSpan(c * _k, _k);
            for (int j = 0; j < _k; j++)
            {
                weights[j] += w[j];
            }
        }

        return weights;
    }

    /// <summary>Σ_i w_i ‖x_i − c_label(i)‖², chunk partials reduced in order.</summary>
    private double Inertia(double[] centres)
    {
        Parallel.For(0, _chunks, _parallel, c =>
        {
            var (lo, hi) = ChunkRange(c);
            var x = _x.Span;
            double sum = 0;
            for (int i = lo; i < hi; i++)
            {
                sum += Weight(i) * Distances.Squared(x.Slice(i * _d, _d), centres.AsSpan(_labels[i] * _d, _d));
            }

            _chunkScalar[c] = sum;
        });
        double total = 0;
        for (int c = 0; c < _chunks; c++)
        {
            total += _chunkScalar[c];
        }

        return total;
    }

    /// <summary>
    /// Gives each cluster without weight the farthest remaining point from its centre (largest distance first, lowest
    /// index on ties), moving that point's contribution out of its own cluster's sum. Labels are left as they are,
    /// like scikit-learn; the next E-step reassigns.
    /// </summary>
    private void RelocateEmpty(double[] centres, double[] sums, double[] weights)
    {
        var empty = Enumerable.Range(0, _k).Where(j => weights[j] == 0).ToArray();
        if (empty.Length == 0)
        {
            return;
        }

        var x = _x.Span;
        var far = new List<(double Distance, int Index)>(_n);
        for (int i = 0; i < _n; i++)
        {
            if (Weight(i) > 0)
            {
                far.Add((Distances.Squared(x.Slice(i * _d, _d), centres.AsSpan(_labels[i] * _d, _d)), i));
            }
        }

        far.Sort((a, b) => a.Distance != b.Distance ? b.Distance.CompareTo(a.Distance) : a.Index.CompareTo(b.Index));
        for (int e = 0; e < empty.Length && e < far.Count; e++)
        {
            int j = empty[e];
            int i = far[e].Index;
            int from = _labels[i];
            double w = Weight(i);
            for (int f = 0; f < _d; f++)
            {
                sums[(from * _d) + f] -= w * x[(i * _d) + f];
                sums[(j * _d) + f] = w * x[(i * _d) + f];
            }

            weights[j] = w;
            weights[from] -= w;
        }
    }

    /// <summary>Outcome of one run.</summary>
    internal sealed record RunResult(double[] Centres, double Inertia, int Iterations, bool Converged, bool StrictConvergence, long DistanceEvaluations);

    /// <summary>Throws when the data has fewer distinct points than clusters.</summary>
    private InputDataException TooFewDistinct(int found) => new(ErrorIds.InsufficientData,
        $"K = {_k} but the data has only {found} distinct point(s) among {_n} rows: K-means cannot make more clusters than " +
        "distinct points. Lower K or add data.");
}

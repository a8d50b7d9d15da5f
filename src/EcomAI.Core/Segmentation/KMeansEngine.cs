using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// One K-means problem (data, weights, K) with its work buffers, reused across restarts.
/// Every parallel pass works on fixed chunks of <see cref="ChunkRows"/> rows and writes per-chunk partial results
/// (the first pass: per-cluster sums; later passes: the changes from points that switched cluster) that are
/// reduced in chunk order, so results are bit-identical for any number of threads.
/// </summary>
/// <remarks>
/// Iteration structure follows scikit-learn 1.2 <c>_kmeans_single_lloyd</c>: iteration i assigns labels with the
/// current centres (E-step) and recomputes centres (M-step); it stops when the labels equal the previous iteration's
/// ("strict convergence") or when Σ_j ‖c_j(new) − c_j(old)‖² ≤ tol; without strict convergence a final E-step
/// assigns labels to the final centres; the iteration count is i + 1. Empty clusters are re-seeded with the points
/// farthest from their centres (as scikit-learn's <c>_relocate_empty_clusters</c>).
/// Hamerly (2010, "Making k-means even faster", SIAM SDM, Algorithm 2): an upper bound u on the distance to the
/// assigned centre and a lower bound l on the distance to any other centre; a point keeps its centre when
/// u &lt; max(l, s/2) with s the distance to the nearest other centre, and otherwise gets all K distances. The paper's
/// intermediate step (recomputing u exactly before the full search) is left out: on the benchmark data it cost more
/// than it saved on every kernel (tests/EcomAI.Benchmarks/README.md). A small safety margin makes every skipped
/// point one whose exact argmin is unchanged, so Hamerly and Lloyd agree. The passes and the distance evaluations
/// they count are the same on every processor; only the speed of the distance kernels differs.
/// </remarks>
internal sealed partial class KMeansEngine
{
    internal const int ChunkRows = 2048;

    private readonly FeatureMatrix _x;
    private readonly double[]? _w;
    private readonly int _n, _d, _k, _kp, _chunks;
    private readonly bool _bounds;
    private readonly bool _use512;
    private readonly KMeansAlgorithm _mode;
    private readonly ParallelOptions _parallel;
    private readonly double _margin;

    private readonly int[] _labels;
    private readonly double[] _upper;
    private readonly double[] _lower;
    private readonly double[] _chunkSums;
    private readonly double[] _chunkWeights;
    private readonly long[] _chunkChanged;
    private readonly int[] _chunkCounts;
    private readonly double[] _labelSums;
    private readonly double[] _labelWeights;
    private readonly long[] _labelCounts;
    private readonly long[] _chunkEvaluations;
    private long _evaluations;
    private readonly double[] _chunkScalar;

    private readonly double[] _centresT;
    private readonly double[] _half;
    private readonly double[] _move;
    private double _maxMove, _secondMove;
    private int _argMaxMove;

    /// <summary>Sets up one problem and its work buffers.</summary>
    /// <param name="x">The data (n × d, not modified).</param>
    /// <param name="weights">Optional non-negative weight per row.</param>
    /// <param name="k">Clusters.</param>
    /// <param name="algorithm">Hamerly or Lloyd.</param>
    /// <param name="threads">Threads per pass; null = all cores.</param>
    /// <param name="allow512">
    /// Whether the 512-bit kernels may run (K in 9..16 on a processor with AVX-512). Results, iterations and distance
    /// evaluations are identical either way; tests and the benchmarks turn it off to compare the kernels.
    /// </param>
    internal KMeansEngine(FeatureMatrix x, double[]? weights, int k, KMeansAlgorithm algorithm, int? threads, bool allow512 = true)
    {
        _x = x;
        _w = weights;
        _n = x.Rows;
        _d = x.Columns;
        _k = k;
        _kp = Distances.Padded(k);
        _chunks = (_n + ChunkRows - 1) / ChunkRows;
        _mode = algorithm;
        _bounds = algorithm == KMeansAlgorithm.Hamerly;
        _use512 = allow512 && Distances.Vector512Available && _kp == 16;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 };
        _labels = new int[_n];
        _upper = new double[_n];
        _lower = new double[_n];
        _chunkSums = new double[_chunks * k * _d];
        _chunkWeights = new double[_chunks * k];
        _chunkChanged = new long[_chunks];
        _chunkCounts = new int[_chunks * k];
        _labelSums = new double[k * _d];
        _labelWeights = new double[k];
        _labelCounts = new long[k];
        _chunkEvaluations = new long[_chunks];
        _chunkScalar = new double[_chunks * Math.Max(k, 2 + (int)Math.Log(k))];
        _centresT = new double[_d * _kp];
        _half = new double[k];
        _move = new double[k];
        FeatureVariances = ComputeVariances();
        // Absolute slack for the bound tests, far above the rounding drift of the bounds (see remarks).
        _margin = 1e-11 * Math.Sqrt(FeatureVariances.Sum() + 1e-300);
    }

    /// <summary>The iteration used.</summary>
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
            double[] weights = ApplyDeltas(iteration == 0, next);
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
        Distances.Transpose(centres, _k, _d, _kp, _centresT);
        if (!_bounds)
        {
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

    /// <summary>Outcome of one run.</summary>
    internal sealed record RunResult(double[] Centres, double Inertia, int Iterations, bool Converged, bool StrictConvergence, long DistanceEvaluations);

    /// <summary>Throws when the data has fewer distinct points than clusters.</summary>
    private InputDataException TooFewDistinct(int found) => new(ErrorIds.InsufficientData,
        $"K = {_k} but the data has only {found} distinct point(s) among {_n} rows: K-means cannot make more clusters than " +
        "distinct points. Lower K or add data.");
}

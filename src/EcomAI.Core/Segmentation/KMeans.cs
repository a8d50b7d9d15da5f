using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Randomness;

namespace EcomAI.Core.Segmentation;

/// <summary>K-means clustering: greedy k-means++ seeding, restarts, exact Hamerly-accelerated Lloyd iterations.</summary>
/// <remarks>
/// Minimises the inertia Σ_i w_i ‖x_i − c_label(i)‖². Matches scikit-learn 1.2's <c>KMeans(algorithm="lloyd")</c>
/// in its stopping rule (Σ_j ‖Δc_j‖² ≤ Tolerance × mean feature variance, or labels unchanged), final E-step,
/// iteration count and inertia. Deterministic: same data, options and seed give bit-identical results for any thread count.
/// Features on different scales should be standardised first (see <see cref="FeatureScaler"/>).
/// </remarks>
public static class KMeans
{
    /// <summary>Up to this many rows, restarts run concurrently (one per thread); above it, each pass is split across threads.</summary>
    internal const int RestartParallelRows = 500_000;

    /// <summary>Fits K clusters with the default options (10 restarts, exact accelerated iterations, seed as given).</summary>
    public static KMeansModel Fit(double[,] points, int k, int seed = 0) =>
        Fit(new FeatureMatrix(points), new KMeansOptions { K = k, Seed = seed });

    /// <summary>Fits with options.</summary>
    public static KMeansModel Fit(double[,] points, KMeansOptions options, double[]? sampleWeights = null) =>
        Fit(new FeatureMatrix(points), options, sampleWeights);

    /// <summary>Fits with options; optional non-negative sample weights (one per row).</summary>
    /// <exception cref="InputDataException">
    /// Empty data (<see cref="ErrorIds.EmptyInput"/>), NaN/infinity (<see cref="ErrorIds.NonFiniteNumber"/>), bad
    /// weights or options (<see cref="ErrorIds.InvalidOption"/>), K above the number of distinct points
    /// (<see cref="ErrorIds.InsufficientData"/>).
    /// </exception>
    public static KMeansModel Fit(FeatureMatrix points, KMeansOptions options, double[]? sampleWeights = null) =>
        Fit(points, options, sampleWeights, allow512: true);

    /// <summary>
    /// <see cref="Fit(FeatureMatrix, KMeansOptions, double[])"/> with the 512-bit kernels allowed or not: the result,
    /// including <see cref="KMeansModel.DistanceEvaluations"/>, is the same either way (tests and benchmarks compare them).
    /// </summary>
    internal static KMeansModel Fit(FeatureMatrix points, KMeansOptions options, double[]? sampleWeights, bool allow512)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (points.Rows == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "The data has no rows: K-means needs at least K points.");
        }

        if (options.K > points.Rows)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"K = {options.K} but the data has only {points.Rows} rows: lower K to at most the number of distinct points.");
        }

        points.RequireFinite("data");
        CheckWeights(sampleWeights, points.Rows);
        var initial = options.InitialCentresUnshared;
        if (initial is not null)
        {
            Preconditions.CheckOption(initial.GetLength(1) == points.Columns, nameof(KMeansOptions.InitialCentres),
                $"{nameof(KMeansOptions.InitialCentres)} has {initial.GetLength(1)} columns but the data has {points.Columns}; give one column per feature.");
            new FeatureMatrix(initial).RequireFinite(nameof(KMeansOptions.InitialCentres));
        }

        // Restarts are independent: up to RestartParallelRows rows, each worker runs whole restarts (r = w, w + W, …)
        // on its own buffers, single-threaded inside, because passes over that few rows last only milliseconds and
        // splitting each of them across threads wastes much of the time waking threads. Above it, one set of
        // buffers (memory) and parallel passes. Every run is bit-identical whatever the thread count (chunk-ordered
        // sums) and the winner is the lowest inertia with ties to the earliest restart, so the result is the same.
        int threads = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        int workers = initial is null && points.Rows <= RestartParallelRows ? Math.Max(1, Math.Min(options.Restarts, threads)) : 1;
        var engines = new KMeansEngine[workers];
        for (int w = 0; w < workers; w++)
        {
            engines[w] = new KMeansEngine(points, sampleWeights, options.K, options.Algorithm, workers > 1 ? 1 : options.MaxDegreeOfParallelism, allow512);
        }

        var engine = engines[0];
        double tolerance = options.Tolerance == 0 ? 0 : engine.FeatureVariances.Average() * options.Tolerance;
        if (initial is not null)
        {
            var run = engine.Run(new FeatureMatrix(initial).Span, options.MaxIterations, tolerance);
            return new KMeansModel(run.Centres, options.K, points.Columns, (int[])engine.Labels.Clone(), run.Inertia, run.Iterations,
                run.Converged, run.StrictConvergence, 0, [run.Inertia], engine.Mode, tolerance, run.DistanceEvaluations);
        }

        var inertias = new double[options.Restarts];
        var bestRuns = new KMeansEngine.RunResult?[workers];
        var bestRestarts = new int[workers];
        var bestLabels = new int[workers][];
        void Work(int w)
        {
            var own = engines[w];
            for (int r = w; r < options.Restarts; r += workers)
            {
                // Restart r draws from its own stream of the seed, so it is the same whichever worker runs it.
                var run = own.Run(own.SeedPlusPlus(SeededRandom.Create(options.Seed, r)), options.MaxIterations, tolerance);
                inertias[r] = run.Inertia;
                if (bestRuns[w] is null || run.Inertia < bestRuns[w]!.Inertia)
                {
                    bestRuns[w] = run;
                    bestRestarts[w] = r;
                    bestLabels[w] ??= new int[points.Rows];
                    Array.Copy(own.Labels, bestLabels[w], points.Rows);
                }
            }
        }

        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            try
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.OfType<InputDataException>().Any())
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions.OfType<InputDataException>().First()).Throw();
            }
        }

        int winner = 0;
        for (int w = 1; w < workers; w++)
        {
            var candidate = bestRuns[w]!;
            var current = bestRuns[winner]!;
            if (candidate.Inertia < current.Inertia || (candidate.Inertia == current.Inertia && bestRestarts[w] < bestRestarts[winner]))
            {
                winner = w;
            }
        }

        var best = bestRuns[winner]!;
        return new KMeansModel(best.Centres, options.K, points.Columns, bestLabels[winner], best.Inertia, best.Iterations, best.Converged,
            best.StrictConvergence, bestRestarts[winner], inertias, engine.Mode, tolerance, best.DistanceEvaluations);
    }

    private static void CheckWeights(double[]? weights, int rows)
    {
        if (weights is null)
        {
            return;
        }

        const string option = "sampleWeights";
        Preconditions.CheckOption(weights.Length == rows, option, $"{option} has {weights.Length} values but the data has {rows} rows; give one weight per row.");
        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            Preconditions.CheckOption(double.IsFinite(weights[i]) && weights[i] >= 0, option,
                $"{option}, row {i + 1}: {weights[i].ToString(CultureInfo.InvariantCulture)} is not a finite weight ≥ 0.");
            total += weights[i];
        }

        Preconditions.CheckOption(total > 0, option, $"{option} are all zero; at least one row needs a positive weight.");
    }
}

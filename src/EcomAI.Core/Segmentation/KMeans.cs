using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>K-means clustering: greedy k-means++ seeding, restarts, exact Elkan- or Hamerly-accelerated Lloyd iterations.</summary>
/// <remarks>
/// Minimises the inertia Σ_i w_i ‖x_i − c_label(i)‖². Matches scikit-learn 1.2's <c>KMeans(algorithm="lloyd")</c>
/// in its stopping rule (Σ_j ‖Δc_j‖² ≤ Tolerance × mean feature variance, or labels unchanged), final E-step,
/// iteration count and inertia. Deterministic: same data, options and seed give bit-identical results for any thread count.
/// Features on different scales should be standardised first (see <see cref="FeatureScaler"/>).
/// </remarks>
public static class KMeans
{
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
    public static KMeansModel Fit(FeatureMatrix points, KMeansOptions options, double[]? sampleWeights = null)
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
        if (options.InitialCentres is { } init)
        {
            if (init.GetLength(1) != points.Columns)
            {
                throw new InputDataException(ErrorIds.InvalidOption,
                    $"{nameof(KMeansOptions.InitialCentres)} has {init.GetLength(1)} columns but the data has {points.Columns}.");
            }

            new FeatureMatrix(init).RequireFinite(nameof(KMeansOptions.InitialCentres));
        }

        var engine = new KMeansEngine(points, sampleWeights, options.K, options.Algorithm, options.MaxDegreeOfParallelism);
        double tolerance = options.Tolerance == 0 ? 0 : engine.FeatureVariances.Average() * options.Tolerance;
        if (options.InitialCentres is { } given)
        {
            var run = engine.Run(new FeatureMatrix(given).Span, options.MaxIterations, tolerance);
            return new KMeansModel(run.Centres, options.K, points.Columns, (int[])engine.Labels.Clone(), run.Inertia, run.Iterations,
                run.Converged, run.StrictConvergence, 0, [run.Inertia], engine.Mode, tolerance, run.DistanceEvaluations);
        }

        var master = new Random(options.Seed);
        KMeansEngine.RunResult? best = null;
        int[] bestLabels = new int[points.Rows];
        int bestRestart = 0;
        var inertias = new double[options.Restarts];
        for (int r = 0; r < options.Restarts; r++)
        {
            var random = new Random(master.Next());
            var seeds = engine.SeedPlusPlus(random);
            var run = engine.Run(seeds, options.MaxIterations, tolerance);
            inertias[r] = run.Inertia;
            if (best is null || run.Inertia < best.Inertia)
            {
                best = run;
                bestRestart = r;
                Array.Copy(engine.Labels, bestLabels, bestLabels.Length);
            }
        }

        return new KMeansModel(best!.Centres, options.K, points.Columns, bestLabels, best.Inertia, best.Iterations, best.Converged,
            best.StrictConvergence, bestRestart, inertias, engine.Mode, tolerance, best.DistanceEvaluations);
    }

    private static void CheckWeights(double[]? weights, int rows)
    {
        if (weights is null)
        {
            return;
        }

        if (weights.Length != rows)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"sampleWeights has {weights.Length} values but the data has {rows} rows; give one weight per row.");
        }

        double total = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                throw new InputDataException(ErrorIds.InvalidOption,
                    $"sampleWeights, row {i + 1}: {weights[i].ToString(CultureInfo.InvariantCulture)} is not a finite weight ≥ 0.");
            }

            total += weights[i];
        }

        if (!(total > 0))
        {
            throw new InputDataException(ErrorIds.InvalidOption, "sampleWeights are all zero; at least one row needs a positive weight.");
        }
    }
}

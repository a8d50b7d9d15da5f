using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="KMeans.Fit(FeatureMatrix, KMeansOptions, double[])"/>; defaults follow scikit-learn.</summary>
/// <remarks>Immutable: <see cref="InitialCentres"/> is copied in and out, and equality compares its values.</remarks>
public sealed record KMeansOptions
{
    /// <summary>The defaults: K = 8, 10 restarts, 300 iterations, tolerance 1e-4, seed 0, Hamerly.</summary>
    public static KMeansOptions Default { get; } = new();

    /// <summary>Number of clusters (≥ 1, at most the number of distinct points).</summary>
    public int K { get; init; } = 8;

    /// <summary>k-means++ restarts; the run with the lowest inertia is kept (ties: the earliest). Ignored with <see cref="InitialCentres"/>.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>Maximum Lloyd iterations per restart.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>
    /// Relative tolerance: a run stops when the sum over centres of the squared centre shift is ≤
    /// Tolerance × (mean of the per-feature variances of the data), as scikit-learn. 0 means run until labels stop changing.
    /// </summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed of the k-means++ seeding; same data + seed = same result for any thread count.</summary>
    public int Seed { get; init; }

    /// <summary>Hamerly (default) or Lloyd; results are identical, only speed differs.</summary>
    public KMeansAlgorithm Algorithm { get; init; } = KMeansAlgorithm.Hamerly;

    /// <summary>Threads to use; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Optional K × d starting centres (one run, no seeding), e.g. to compare with another implementation. The array is
    /// copied when the options are made and again when read, so nobody can change the centres of validated options.
    /// </summary>
    public double[,]? InitialCentres
    {
        get => (double[,]?)_initialCentres?.Clone();
        init => _initialCentres = (double[,]?)value?.Clone();
    }

    private readonly double[,]? _initialCentres;

    /// <summary>The starting centres without a copy, for the fit (never handed out).</summary>
    internal double[,]? InitialCentresUnshared => _initialCentres;

    /// <summary>Value equality over every option, the starting centres compared element by element (not by reference).</summary>
    public bool Equals(KMeansOptions? other) =>
        other is not null && K == other.K && Restarts == other.Restarts && MaxIterations == other.MaxIterations
        && Tolerance.Equals(other.Tolerance) && Seed == other.Seed && Algorithm == other.Algorithm
        && MaxDegreeOfParallelism == other.MaxDegreeOfParallelism && SameCentres(_initialCentres, other._initialCentres);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(K, Restarts, MaxIterations, Tolerance, Seed, Algorithm, MaxDegreeOfParallelism, _initialCentres?.Length);

    private static bool SameCentres(double[,]? a, double[,]? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.GetLength(0) == b.GetLength(0) && a.GetLength(1) == b.GetLength(1) && a.Cast<double>().SequenceEqual(b.Cast<double>());

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckOption(K >= 1, nameof(K), $"{nameof(K)} = {K}: the number of clusters must be at least 1.");
        Preconditions.CheckAtLeast(Restarts, 1, nameof(Restarts));
        Preconditions.CheckAtLeast(MaxIterations, 1, nameof(MaxIterations));
        Preconditions.CheckFinite(Tolerance, nameof(Tolerance), min: 0);
        Preconditions.CheckDefined(Algorithm, nameof(Algorithm));
        Preconditions.CheckThreads(MaxDegreeOfParallelism);
        Preconditions.CheckOption(_initialCentres is null || _initialCentres.GetLength(0) == K, nameof(InitialCentres),
            $"{nameof(InitialCentres)} has {_initialCentres?.GetLength(0)} rows but {nameof(K)} = {K}; give one row per cluster.");
    }
}

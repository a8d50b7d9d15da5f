using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="CustomerSegmentation.Fit(RfmTable, SegmentationOptions)"/>.</summary>
public sealed record SegmentationOptions
{
    /// <summary>The defaults: K = 4, log1p then z-score on recency, frequency and monetary, 10 restarts, seed 0.</summary>
    public static SegmentationOptions Default { get; } = new();

    /// <summary>Number of segments; null chooses K in <see cref="MinK"/>..<see cref="MaxK"/> by <see cref="ClusterQuality"/>.</summary>
    public int? K { get; init; } = 4;

    /// <summary>Smallest K tried when <see cref="K"/> is null.</summary>
    public int MinK { get; init; } = 2;

    /// <summary>Largest K tried when <see cref="K"/> is null.</summary>
    public int MaxK { get; init; } = 8;

    /// <summary>Scaling of the (log-transformed) features; z-score by default so that monetary value does not decide everything.</summary>
    public FeatureScaling Scaling { get; init; } = FeatureScaling.ZScore;

    /// <summary>Apply ln(1 + x) to recency, frequency and monetary before scaling (they are right-skewed). Default true.</summary>
    public bool Log1p { get; init; } = true;

    /// <summary>K-means restarts.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>K-means iteration cap.</summary>
    public int MaxIterations { get; init; } = 300;

    /// <summary>K-means relative tolerance.</summary>
    public double Tolerance { get; init; } = 1e-4;

    /// <summary>Seed; same input + seed = same segments.</summary>
    public int Seed { get; init; }

    /// <summary>Threads; null = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The K-means options these settings imply for a given K.</summary>
    public KMeansOptions ToKMeansOptions(int k) => new()
    {
        K = k,
        Restarts = Restarts,
        MaxIterations = MaxIterations,
        Tolerance = Tolerance,
        Seed = Seed,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };

    /// <summary>Checks the options once; names the offending parameter.</summary>
    public void Validate()
    {
        if (K is < 1)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(K)} = {K}: use at least 1 segment, or null to choose K.");
        }

        if (K is null && (MinK < 2 || MaxK < MinK))
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(MinK)} = {MinK}, {nameof(MaxK)} = {MaxK}: choosing K needs 2 ≤ MinK ≤ MaxK.");
        }

        if (!Enum.IsDefined(Scaling))
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(Scaling)} = {Scaling} is not one of ZScore, MinMax, Robust, None.");
        }

        ToKMeansOptions(K ?? MinK).Validate();
    }
}

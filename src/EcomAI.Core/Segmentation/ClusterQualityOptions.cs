using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="ClusterQuality.Evaluate(FeatureMatrix, ClusterQualityOptions)"/>.</summary>
public sealed record ClusterQualityOptions
{
    /// <summary>The defaults: K from 2 to 10, exact silhouette up to 20,000 points.</summary>
    public static ClusterQualityOptions Default { get; } = new();

    /// <summary>Smallest K tried (≥ 2).</summary>
    public int MinK { get; init; } = 2;

    /// <summary>Largest K tried (≥ MinK).</summary>
    public int MaxK { get; init; } = 10;

    /// <summary>K-means settings for every K (its K is replaced).</summary>
    public KMeansOptions KMeans { get; init; } = KMeansOptions.Default;

    /// <summary>Silhouette is exact up to this many points; above it, a seeded sample of this many points is used.</summary>
    public int SilhouetteMaxPoints { get; init; } = 20_000;

    /// <summary>Seed of the silhouette sample.</summary>
    public int SilhouetteSeed { get; init; }

    /// <summary>Checks the options once; names the offending parameter.</summary>
    public void Validate()
    {
        if (MinK < 2)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(MinK)} = {MinK}: silhouette, Calinski–Harabasz and Davies–Bouldin need K ≥ 2.");
        }

        if (MaxK < MinK)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(MaxK)} = {MaxK} is below {nameof(MinK)} = {MinK}.");
        }

        if (SilhouetteMaxPoints < 100)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"{nameof(SilhouetteMaxPoints)} = {SilhouetteMaxPoints}: use at least 100.");
        }

        ArgumentNullException.ThrowIfNull(KMeans, nameof(KMeans));
        (KMeans with { K = MinK, InitialCentres = null }).Validate();
    }
}

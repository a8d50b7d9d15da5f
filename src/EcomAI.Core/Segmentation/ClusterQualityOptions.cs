namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="ClusterQuality.Evaluate(FeatureMatrix, ClusterQualityOptions)"/>.</summary>
public sealed record ClusterQualityOptions
{
    /// <summary>The defaults: K from 3 to 8, smallest segment at least 2 %, exact silhouette up to 20,000 points (see <see cref="SegmentCountRule"/>).</summary>
    public static ClusterQualityOptions Default { get; } = new();

    /// <summary>Smallest K tried (≥ 2). Default <see cref="SegmentCountRule.DefaultMinK"/>.</summary>
    public int MinK { get; init; } = SegmentCountRule.DefaultMinK;

    /// <summary>Largest K tried (≥ MinK). Default <see cref="SegmentCountRule.DefaultMaxK"/>.</summary>
    public int MaxK { get; init; } = SegmentCountRule.DefaultMaxK;

    /// <summary>
    /// Smallest share of the points the smallest cluster must hold for its K to be recommended, 0..0.5: with K ≥ 2 the
    /// smallest cluster never holds more than half the points, so a larger share could never be met. Default
    /// <see cref="SegmentCountRule.DefaultMinSegmentShare"/>; 0 recommends the best silhouette whatever the sizes.
    /// When no evaluated K meets it, the best silhouette of all evaluated K is recommended and
    /// <see cref="ClusterQualityReport.NoKEligible"/> says so.
    /// </summary>
    public double MinSegmentShare { get; init; } = SegmentCountRule.DefaultMinSegmentShare;

    /// <summary>K-means settings for every K (its K is replaced).</summary>
    public KMeansOptions KMeans { get; init; } = KMeansOptions.Default;

    /// <summary>Silhouette is exact up to this many points; above it, a seeded sample of this many points is used.</summary>
    public int SilhouetteMaxPoints { get; init; } = 20_000;

    /// <summary>Seed of the silhouette sample.</summary>
    public int SilhouetteSeed { get; init; }

    /// <summary>Checks the options once; names the offending parameter.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckOption(MinK >= 2, nameof(MinK), $"{nameof(MinK)} = {MinK}: silhouette, Calinski–Harabasz and Davies–Bouldin need K ≥ 2.");
        Preconditions.CheckOption(MaxK >= MinK, nameof(MaxK), $"{nameof(MaxK)} = {MaxK} is below {nameof(MinK)} = {MinK}: give a range with MinK ≤ MaxK.");
        Preconditions.CheckFinite(MinSegmentShare, nameof(MinSegmentShare), 0, 0.5);
        Preconditions.CheckOption(SilhouetteMaxPoints >= 100, nameof(SilhouetteMaxPoints), $"{nameof(SilhouetteMaxPoints)} = {SilhouetteMaxPoints}: use at least 100.");
        Preconditions.CheckOption(KMeans is not null, nameof(KMeans), $"{nameof(KMeans)} is null: use KMeansOptions.Default or your own.");
        (KMeans with { K = MinK, InitialCentres = null }).Validate();
    }
}

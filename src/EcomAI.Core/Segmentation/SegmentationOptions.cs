using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Options for <see cref="CustomerSegmentation.Fit(RfmTable, SegmentationOptions)"/>.</summary>
public sealed record SegmentationOptions
{
    /// <summary>
    /// The defaults: K-means with K chosen in 3..8 (<see cref="SegmentCountRule"/>), signed log1p then z-score on recency,
    /// frequency and monetary, 10 restarts, seed 0.
    /// </summary>
    public static SegmentationOptions Default { get; } = new();

    /// <summary>K-means (default) or the standard RFM map (no clustering; <see cref="K"/> and the K-means settings are then not used).</summary>
    public SegmentationMethod Method { get; init; } = SegmentationMethod.KMeans;

    /// <summary>Number of segments; null (default) chooses K in <see cref="MinK"/>..<see cref="MaxK"/> by <see cref="SegmentCountRule"/>.</summary>
    public int? K { get; init; }

    /// <summary>Smallest K tried when <see cref="K"/> is null. Default 3 (<see cref="SegmentCountRule.DefaultMinK"/>); 2 only when asked.</summary>
    public int MinK { get; init; } = SegmentCountRule.DefaultMinK;

    /// <summary>Largest K tried when <see cref="K"/> is null. Default 8 (<see cref="SegmentCountRule.DefaultMaxK"/>).</summary>
    public int MaxK { get; init; } = SegmentCountRule.DefaultMaxK;

    /// <summary>
    /// When K is chosen: the smallest segment must hold at least this share of the customers for its K to be chosen,
    /// 0..0.5 (no K ≥ 2 can have a smallest segment above half; see <see cref="ClusterQualityOptions.MinSegmentShare"/>).
    /// Default 0.02 (<see cref="SegmentCountRule.DefaultMinSegmentShare"/>).
    /// </summary>
    public double MinSegmentShare { get; init; } = SegmentCountRule.DefaultMinSegmentShare;

    /// <summary>Scaling of the (log-transformed) features; z-score by default so that monetary value does not decide everything.</summary>
    public FeatureScaling Scaling { get; init; } = FeatureScaling.ZScore;

    /// <summary>
    /// Apply the signed log sign(x) · ln(1 + |x|) to recency, frequency and monetary before scaling (they are
    /// right-skewed; the sign keeps a negative net monetary value usable, see <see cref="FeatureScaler"/>). Default true.
    /// </summary>
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

    /// <summary>
    /// The settings <paramref name="method"/> does not use, as property names of this type: under
    /// <see cref="SegmentationMethod.RfmMap"/> the number of segments and every K-means setting (<see cref="K"/>,
    /// <see cref="MinK"/>, <see cref="MaxK"/>, <see cref="MinSegmentShare"/>, <see cref="Restarts"/>,
    /// <see cref="MaxIterations"/>, <see cref="Tolerance"/>, <see cref="Seed"/>), since the map places every customer
    /// by its own R and FM scores without clustering; none under <see cref="SegmentationMethod.KMeans"/>.
    /// <see cref="Scaling"/> and <see cref="Log1p"/> are used by both (profiles' distances); the thread count is never
    /// a result setting and is not listed. Front ends warn when a user sets one of these.
    /// </summary>
    public static IReadOnlyList<string> UnusedBy(SegmentationMethod method) => method switch
    {
        SegmentationMethod.RfmMap => MapUnused,
        _ => [],
    };

    private static readonly string[] MapUnused =
        [nameof(K), nameof(MinK), nameof(MaxK), nameof(MinSegmentShare), nameof(Restarts), nameof(MaxIterations), nameof(Tolerance), nameof(Seed)];

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

    /// <summary>The K search these settings imply.</summary>
    public ClusterQualityOptions ToClusterQualityOptions() => new()
    {
        MinK = MinK,
        MaxK = MaxK,
        MinSegmentShare = MinSegmentShare,
        KMeans = ToKMeansOptions(MinK),
    };

    /// <summary>Checks the options once; names the offending parameter.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckDefined(Method, nameof(Method));
        Preconditions.CheckOption(K is null or >= 1, nameof(K), $"{nameof(K)} = {K}: use at least 1 segment, or null to choose K.");
        Preconditions.CheckDefined(Scaling, nameof(Scaling));
        if (Method == SegmentationMethod.RfmMap)
        {
            return;
        }

        if (K is null)
        {
            ToClusterQualityOptions().Validate();
        }

        ToKMeansOptions(K ?? MinK).Validate();
    }
}

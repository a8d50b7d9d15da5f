using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>Customer segments: per-customer assignments, segment profiles and the fitted pieces.</summary>
/// <param name="Method">K-means or the standard RFM map.</param>
/// <param name="Customers">One row per customer, in the RFM table's order.</param>
/// <param name="Profiles">One row per segment, by segment number (best first).</param>
/// <param name="Rfm">The RFM table segmented.</param>
/// <param name="Scaler">The feature transform (signed log1p and scaling); K-means clusters in this space, charts project it.</param>
/// <param name="Model">The K-means model on the scaled features (its cluster indices are <see cref="SegmentProfile.Cluster"/>); null for the RFM map.</param>
/// <param name="Quality">The K search, when K was chosen automatically; otherwise null.</param>
public sealed record SegmentationResult(
    SegmentationMethod Method,
    IReadOnlyList<CustomerSegment> Customers,
    IReadOnlyList<SegmentProfile> Profiles,
    RfmTable Rfm,
    FeatureScaler Scaler,
    KMeansModel? Model,
    ClusterQualityReport? Quality)
{
    /// <summary>Number of segments (for the RFM map: the segments that hold customers).</summary>
    public int K => Profiles.Count;

    /// <summary>The naming rule: the standard RFM map (see <see cref="RfmSegmentMap"/>).</summary>
    public static string LabelRule => RfmSegmentMap.Rule;

    /// <summary>
    /// How the segments were made, in one sentence: "K-means, K = 4 given", "K-means, K = 5 chosen automatically (K = 5
    /// of 3..8: …)" or "RFM map: 9 of its 11 segments hold customers".
    /// </summary>
    public string Choice => Method == SegmentationMethod.RfmMap
        ? string.Create(CultureInfo.InvariantCulture, $"RFM map: {Profiles.Count(p => p.Size > 0)} of its {RfmSegmentMap.Segments.Count} segments hold customers")
        : Quality is { } quality
            ? string.Create(CultureInfo.InvariantCulture, $"K-means, K = {K} chosen automatically ({quality.Explanation})")
            : string.Create(CultureInfo.InvariantCulture, $"K-means, K = {K} given");

    /// <summary>The customers of another RFM table in these segments (same model or map, names and numbers); see <see cref="CustomerSegmentation.Apply"/>.</summary>
    public SegmentationResult Apply(RfmTable rfm) => CustomerSegmentation.Apply(this, rfm);

    /// <summary>Per-customer assignments: customer_id, segment, label, recency_days, frequency, monetary, rfm_code, map_segment, distance.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("customer_id", Customers.Select(c => c.CustomerId)),
        new Int32DataFrameColumn("segment", Customers.Select(c => c.Segment)),
        new StringDataFrameColumn("label", Customers.Select(c => c.Label)),
        new Int32DataFrameColumn("recency_days", Customers.Select(c => c.RecencyDays)),
        new Int32DataFrameColumn("frequency", Customers.Select(c => c.Frequency)),
        new DoubleDataFrameColumn("monetary", Customers.Select(c => c.Monetary)),
        new StringDataFrameColumn("rfm_code", Customers.Select(c => c.RfmCode)),
        new StringDataFrameColumn("map_segment", Customers.Select(c => c.MapSegment)),
        new DoubleDataFrameColumn("distance", Customers.Select(c => c.DistanceToCentre)));

    /// <summary>
    /// Segment profiles: segment, label, size, share, mean recency/frequency/monetary, the same against the average,
    /// mean R/F/M scores, the naming cell (r_score, fm_score), what sets the segment apart, and the suggested action.
    /// </summary>
    public DataFrame ProfilesToDataFrame() => new(
        new Int32DataFrameColumn("segment", Profiles.Select(p => p.Segment)),
        new StringDataFrameColumn("label", Profiles.Select(p => p.Label)),
        new Int32DataFrameColumn("size", Profiles.Select(p => p.Size)),
        new DoubleDataFrameColumn("share", Profiles.Select(p => p.Share)),
        new DoubleDataFrameColumn("mean_recency_days", Profiles.Select(p => p.MeanRecencyDays)),
        new DoubleDataFrameColumn("mean_frequency", Profiles.Select(p => p.MeanFrequency)),
        new DoubleDataFrameColumn("mean_monetary", Profiles.Select(p => p.MeanMonetary)),
        new DoubleDataFrameColumn("recency_vs_average", Profiles.Select(p => p.RecencyVsAverage)),
        new DoubleDataFrameColumn("frequency_vs_average", Profiles.Select(p => p.FrequencyVsAverage)),
        new DoubleDataFrameColumn("monetary_vs_average", Profiles.Select(p => p.MonetaryVsAverage)),
        new DoubleDataFrameColumn("mean_r_score", Profiles.Select(p => p.MeanRScore)),
        new DoubleDataFrameColumn("mean_f_score", Profiles.Select(p => p.MeanFScore)),
        new DoubleDataFrameColumn("mean_m_score", Profiles.Select(p => p.MeanMScore)),
        new Int32DataFrameColumn("r_score", Profiles.Select(p => p.RScore)),
        new Int32DataFrameColumn("fm_score", Profiles.Select(p => p.FmScore)),
        new StringDataFrameColumn("distinction", Profiles.Select(p => p.Distinction)),
        new StringDataFrameColumn("action", Profiles.Select(p => p.Action)));
}

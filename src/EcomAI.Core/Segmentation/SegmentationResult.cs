using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>Customer segments from RFM + K-means: per-customer assignments, segment profiles and the fitted pieces.</summary>
/// <param name="Customers">One row per customer, in the RFM table's order.</param>
/// <param name="Profiles">One row per segment, best first.</param>
/// <param name="Rfm">The RFM table clustered.</param>
/// <param name="Scaler">The feature transform (log1p and scaling) applied before K-means.</param>
/// <param name="Model">The K-means model on the scaled features (its cluster indices are <see cref="SegmentProfile.Cluster"/>).</param>
/// <param name="Quality">The K search, when K was chosen automatically; otherwise null.</param>
public sealed record SegmentationResult(
    IReadOnlyList<CustomerSegment> Customers,
    IReadOnlyList<SegmentProfile> Profiles,
    RfmTable Rfm,
    FeatureScaler Scaler,
    KMeansModel Model,
    ClusterQualityReport? Quality)
{
    /// <summary>Number of segments.</summary>
    public int K => Profiles.Count;

    /// <summary>The labelling rule (see <see cref="SegmentLabels"/>).</summary>
    public static string LabelRule => SegmentLabels.Rule;

    /// <summary>Per-customer assignments: customer_id, segment, label, recency_days, frequency, monetary, rfm_code, distance.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("customer_id", Customers.Select(c => c.CustomerId)),
        new Int32DataFrameColumn("segment", Customers.Select(c => c.Segment)),
        new StringDataFrameColumn("label", Customers.Select(c => c.Label)),
        new Int32DataFrameColumn("recency_days", Customers.Select(c => c.RecencyDays)),
        new Int32DataFrameColumn("frequency", Customers.Select(c => c.Frequency)),
        new DoubleDataFrameColumn("monetary", Customers.Select(c => c.Monetary)),
        new StringDataFrameColumn("rfm_code", Customers.Select(c => c.RfmCode)),
        new DoubleDataFrameColumn("distance", Customers.Select(c => c.DistanceToCentre)));

    /// <summary>Segment profiles: segment, label, size, share, mean recency/frequency/monetary, mean R/F/M scores.</summary>
    public DataFrame ProfilesToDataFrame() => new(
        new Int32DataFrameColumn("segment", Profiles.Select(p => p.Segment)),
        new StringDataFrameColumn("label", Profiles.Select(p => p.Label)),
        new Int32DataFrameColumn("size", Profiles.Select(p => p.Size)),
        new DoubleDataFrameColumn("share", Profiles.Select(p => p.Share)),
        new DoubleDataFrameColumn("mean_recency_days", Profiles.Select(p => p.MeanRecencyDays)),
        new DoubleDataFrameColumn("mean_frequency", Profiles.Select(p => p.MeanFrequency)),
        new DoubleDataFrameColumn("mean_monetary", Profiles.Select(p => p.MeanMonetary)),
        new DoubleDataFrameColumn("mean_r_score", Profiles.Select(p => p.MeanRScore)),
        new DoubleDataFrameColumn("mean_f_score", Profiles.Select(p => p.MeanFScore)),
        new DoubleDataFrameColumn("mean_m_score", Profiles.Select(p => p.MeanMScore)));
}

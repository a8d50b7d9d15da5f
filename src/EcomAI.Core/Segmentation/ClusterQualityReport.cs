using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>Quality of K-means over a range of K, with a recommended K and the rule that chose it.</summary>
/// <param name="Rows">One row per K, ascending.</param>
/// <param name="RecommendedK">The K chosen by <paramref name="Rule"/>.</param>
/// <param name="Rule">The rule in words.</param>
/// <param name="SilhouetteSampled">True when silhouette was computed on a seeded sample rather than all points.</param>
/// <param name="SilhouettePoints">Number of points the silhouette used.</param>
public sealed record ClusterQualityReport(
    IReadOnlyList<ClusterQualityRow> Rows,
    int RecommendedK,
    string Rule,
    bool SilhouetteSampled,
    int SilhouettePoints)
{
    /// <summary>The rule used for <see cref="RecommendedK"/>.</summary>
    public const string HighestSilhouetteRule =
        "highest mean silhouette; ties go to the smaller K";

    /// <summary>Columns k, inertia, silhouette, calinski_harabasz, davies_bouldin, recommended.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("k", Rows.Select(r => r.K)),
        new DoubleDataFrameColumn("inertia", Rows.Select(r => r.Inertia)),
        new DoubleDataFrameColumn("silhouette", Rows.Select(r => r.Silhouette)),
        new DoubleDataFrameColumn("calinski_harabasz", Rows.Select(r => r.CalinskiHarabasz)),
        new DoubleDataFrameColumn("davies_bouldin", Rows.Select(r => r.DaviesBouldin)),
        new BooleanDataFrameColumn("recommended", Rows.Select(r => r.K == RecommendedK)));
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Helps choose K: inertia (elbow), silhouette, Calinski–Harabasz and Davies–Bouldin for each K in a range.</summary>
/// <remarks>
/// Recommended K = the K with the highest mean silhouette, ties to the smaller K. Silhouette is exact up to
/// <see cref="ClusterQualityOptions.SilhouetteMaxPoints"/> points (O(n²)); beyond that it is the silhouette of a
/// seeded random sample of that many points, and the report says so.
/// </remarks>
public static class ClusterQuality
{
    /// <summary>Evaluates K = <paramref name="minK"/>..<paramref name="maxK"/> with default K-means settings and the given seed.</summary>
    public static ClusterQualityReport Evaluate(double[,] points, int minK = 2, int maxK = 10, int seed = 0) =>
        Evaluate(new FeatureMatrix(points), new ClusterQualityOptions { MinK = minK, MaxK = maxK, KMeans = KMeansOptions.Default with { Seed = seed } });

    /// <summary>Evaluates the K range of <paramref name="options"/>.</summary>
    public static ClusterQualityReport Evaluate(FeatureMatrix points, ClusterQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= ClusterQualityOptions.Default;
        options.Validate();
        if (options.MaxK > points.Rows - 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"{nameof(ClusterQualityOptions.MaxK)} = {options.MaxK} but there are only {points.Rows} rows; the metrics need K ≤ n − 1.");
        }

        bool sampled = points.Rows > options.SilhouetteMaxPoints;
        var rows = new List<ClusterQualityRow>();
        for (int k = options.MinK; k <= options.MaxK; k++)
        {
            var model = KMeans.Fit(points, options.KMeans with { K = k, InitialCentres = null });
            var labels = model.Labels;
            double silhouette = sampled
                ? ClusterMetrics.SilhouetteSample(points, labels, options.SilhouetteMaxPoints, options.SilhouetteSeed, options.KMeans.MaxDegreeOfParallelism)
                : ClusterMetrics.Silhouette(points, labels, options.KMeans.MaxDegreeOfParallelism);
            rows.Add(new ClusterQualityRow(k, model.Inertia, silhouette,
                ClusterMetrics.CalinskiHarabasz(points, labels), ClusterMetrics.DaviesBouldin(points, labels)));
        }

        var best = rows[0];
        foreach (var row in rows)
        {
            if (row.Silhouette > best.Silhouette)
            {
                best = row;
            }
        }

        return new ClusterQualityReport(rows.AsReadOnly(), best.K, ClusterQualityReport.HighestSilhouetteRule, sampled,
            sampled ? options.SilhouetteMaxPoints : points.Rows);
    }
}

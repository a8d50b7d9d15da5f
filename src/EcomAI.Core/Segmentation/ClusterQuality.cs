using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Helps choose K: inertia (elbow), silhouette, Calinski–Harabasz and Davies–Bouldin for each K in a range.</summary>
/// <remarks>
/// The K that <see cref="SegmentCountRule"/> allows are evaluated; the others are listed with the reason. Recommended
/// K = the best mean silhouette among K whose smallest cluster holds at least
/// <see cref="ClusterQualityOptions.MinSegmentShare"/> of the points, ties to the smaller K (all evaluated K when none
/// does). Silhouette is exact up to <see cref="ClusterQualityOptions.SilhouetteMaxPoints"/> points (O(n²)); beyond
/// that it is the silhouette of a seeded random sample of that many points, and the report says so.
/// </remarks>
public static class ClusterQuality
{
    /// <summary>Evaluates K = <paramref name="minK"/>..<paramref name="maxK"/> with default K-means settings and the given seed.</summary>
    public static ClusterQualityReport Evaluate(double[,] points, int minK = SegmentCountRule.DefaultMinK, int maxK = SegmentCountRule.DefaultMaxK, int seed = 0) =>
        Evaluate(new FeatureMatrix(points), new ClusterQualityOptions { MinK = minK, MaxK = maxK, KMeans = KMeansOptions.Default with { Seed = seed } });

    /// <summary>Evaluates the K range of <paramref name="options"/>.</summary>
    /// <exception cref="InputDataException">
    /// Bad options (<see cref="ErrorIds.InvalidOption"/>); no K of the range can be evaluated on these points
    /// (<see cref="ErrorIds.InsufficientData"/>, the message lists every K with its reason).
    /// </exception>
    public static ClusterQualityReport Evaluate(FeatureMatrix points, ClusterQualityOptions? options = null) =>
        EvaluateWithModels(points, options).Report;

    /// <summary>The report and the fitted model of every evaluated K (so the caller need not fit the chosen K again).</summary>
    internal static (ClusterQualityReport Report, IReadOnlyDictionary<int, KMeansModel> Models) EvaluateWithModels(
        FeatureMatrix points, ClusterQualityOptions? options = null, int? distinctPoints = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= ClusterQualityOptions.Default;
        options.Validate();
        int n = points.Rows;
        int distinct = distinctPoints ?? SegmentCountRule.CountDistinct(points);
        var skipped = new List<SkippedK>();
        for (int k = options.MinK; k <= options.MaxK; k++)
        {
            if (SegmentCountRule.WhyNotEvaluate(k, n, distinct) is { } reason)
            {
                skipped.Add(new SkippedK(k, reason));
            }
        }

        if (skipped.Count == options.MaxK - options.MinK + 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"No K of {options.MinK}..{options.MaxK} can be evaluated on {n} customers with {distinct} distinct RFM value(s): the silhouette needs " +
                $"2 ≤ K ≤ min(distinct points, n − 1) = {SegmentCountRule.MaxEvaluableK(n, distinct)}. Give a fixed K of at most {distinct}, or add data."));
        }

        bool sampled = n > options.SilhouetteMaxPoints;
        var rows = new List<ClusterQualityRow>();
        var models = new Dictionary<int, KMeansModel>();
        for (int k = options.MinK; k <= options.MaxK; k++)
        {
            if (skipped.Any(s => s.K == k))
            {
                continue;
            }

            var model = KMeans.Fit(points, options.KMeans with { K = k, InitialCentres = null });
            var labels = model.Labels;
            double silhouette = sampled
                ? ClusterMetrics.SilhouetteSample(points, labels, options.SilhouetteMaxPoints, options.SilhouetteSeed, options.KMeans.MaxDegreeOfParallelism)
                : ClusterMetrics.Silhouette(points, labels, options.KMeans.MaxDegreeOfParallelism);
            double smallest = model.ClusterSizes.Min() / (double)n;
            rows.Add(new ClusterQualityRow(k, model.Inertia, silhouette, ClusterMetrics.CalinskiHarabasz(points, labels),
                ClusterMetrics.DaviesBouldin(points, labels), smallest, smallest >= options.MinSegmentShare));
            models[k] = model;
        }

        bool noneEligible = !rows.Any(r => r.Eligible);
        ClusterQualityRow? best = null;
        foreach (var row in rows.Where(r => r.Eligible || noneEligible))
        {
            if (best is null || row.Silhouette > best.Silhouette)
            {
                best = row;
            }
        }

        var report = new ClusterQualityReport(options.MinK, options.MaxK, rows.AsReadOnly(), skipped.AsReadOnly(), best!.K,
            options.MinSegmentShare, noneEligible, sampled, sampled ? options.SilhouetteMaxPoints : n);
        return (report, models);
    }
}

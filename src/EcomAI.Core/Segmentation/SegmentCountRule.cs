using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// The one rule for how many segments a data set allows, used by the K search (<see cref="ClusterQuality"/>), by a
/// fixed K (<see cref="CustomerSegmentation"/>) and therefore by every front end, which only pass K on.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A fixed K needs K ≤ the number of distinct points: K-means cannot make more non-empty clusters than there
/// are distinct points (K = n is allowed when all n points differ).</item>
/// <item>A K in a search is evaluated when 2 ≤ K ≤ distinct points and K ≤ n − 1, where n is the number of points:
/// the silhouette is defined only for 2 to n − 1 clusters (Rousseeuw 1987; scikit-learn's <c>silhouette_score</c>).
/// Every other K of the requested range is listed in <see cref="ClusterQualityReport.Skipped"/> with its reason.</item>
/// <item>The automatic choice is the best mean silhouette among the evaluated K whose smallest segment holds at least
/// <see cref="DefaultMinSegmentShare"/> of the points (a segment too small to act on does not count as a
/// segmentation); ties go to the smaller K. When no K meets the share, the best silhouette among all evaluated K,
/// and the report says so.</item>
/// </list>
/// </remarks>
public static class SegmentCountRule
{
    /// <summary>Smallest K of the default search (K = 2 only when asked: two groups rarely call for different actions).</summary>
    public const int DefaultMinK = 3;

    /// <summary>Largest K of the default search.</summary>
    public const int DefaultMaxK = 8;

    /// <summary>Smallest share of the points the smallest segment must hold for its K to be chosen automatically: 2 %.</summary>
    public const double DefaultMinSegmentShare = 0.02;

    /// <summary>Why a fixed K cannot be fitted on <paramref name="distinctPoints"/> distinct points, as a sentence starting "K = …"; null when it can.</summary>
    public static string? WhyNotFit(int k, int distinctPoints) =>
        k > distinctPoints ? string.Create(CultureInfo.InvariantCulture, $"K = {k} is {TooMany(distinctPoints)}") : null;

    /// <summary>
    /// Why a K of a search cannot be evaluated on <paramref name="points"/> points of which <paramref name="distinctPoints"/>
    /// differ (the reason alone, e.g. "the silhouette needs K ≤ n − 1 = 4 (n = 5 customers)"); null when it can.
    /// </summary>
    public static string? WhyNotEvaluate(int k, int points, int distinctPoints)
    {
        if (k < 2)
        {
            return "the silhouette needs at least 2 segments";
        }

        if (k > distinctPoints)
        {
            return TooMany(distinctPoints);
        }

        return k > points - 1
            ? string.Create(CultureInfo.InvariantCulture, $"the silhouette needs K ≤ n − 1 = {points - 1} (n = {points} customers)")
            : null;
    }

    private static string TooMany(int distinctPoints) => string.Create(CultureInfo.InvariantCulture,
        $"more than the {distinctPoints} distinct point{(distinctPoints == 1 ? string.Empty : "s")} (customers with different RFM values); K-means cannot make more non-empty segments than that");

    /// <summary>The largest K a search can evaluate: min(distinct points, n − 1).</summary>
    public static int MaxEvaluableK(int points, int distinctPoints) => Math.Min(distinctPoints, points - 1);

    /// <summary>Number of distinct rows (exact comparison of the values).</summary>
    public static int CountDistinct(FeatureMatrix points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var seen = new HashSet<RowKey>();
        for (int i = 0; i < points.Rows; i++)
        {
            seen.Add(new RowKey(points.Row(i).ToArray()));
        }

        return seen.Count;
    }

    private readonly struct RowKey(double[] values) : IEquatable<RowKey>
    {
        private readonly double[] _values = values;

        public bool Equals(RowKey other) => _values.AsSpan().SequenceEqual(other._values);

        public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (double v in _values)
            {
                hash.Add(v == 0 ? 0.0 : v); // -0.0 and 0.0 are the same point
            }

            return hash.ToHashCode();
        }
    }
}

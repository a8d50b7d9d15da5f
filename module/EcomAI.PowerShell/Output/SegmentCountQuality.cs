using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>Cluster-quality figures for one K of the requested range: the output of <c>Measure-CustomerSegment</c>.</summary>
public sealed class SegmentCountQuality
{
    private readonly ClusterQualityReport _report;

    internal SegmentCountQuality(int k, ClusterQualityReport report)
    {
        _report = report;
        K = k;
        var row = report.Rows.FirstOrDefault(r => r.K == k);
        Evaluated = row is not null;
        Inertia = row?.Inertia ?? double.NaN;
        Silhouette = row?.Silhouette ?? double.NaN;
        CalinskiHarabasz = row?.CalinskiHarabasz ?? double.NaN;
        DaviesBouldin = row?.DaviesBouldin ?? double.NaN;
        SmallestShare = row?.SmallestShare ?? double.NaN;
        Recommended = k == report.RecommendedK;
        Status = report.StatusOf(k);
        Rule = report.Rule;
    }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>False when this K was skipped (see <see cref="Status"/> for why); its figures are then NaN.</summary>
    public bool Evaluated { get; }

    /// <summary>Within-cluster sum of squares (lower is tighter; look for the elbow).</summary>
    public double Inertia { get; }

    /// <summary>Mean silhouette (-1..1, higher is better).</summary>
    public double Silhouette { get; }

    /// <summary>Calinski–Harabasz index (higher is better).</summary>
    public double CalinskiHarabasz { get; }

    /// <summary>Davies–Bouldin index (lower is better).</summary>
    public double DaviesBouldin { get; }

    /// <summary>Share of the customers in the smallest segment (0..1).</summary>
    public double SmallestShare { get; }

    /// <summary>Whether this K is the one the rule recommends.</summary>
    public bool Recommended { get; }

    /// <summary>"recommended", "runner-up", "eligible", "smallest segment below the minimum share" or "skipped: reason".</summary>
    public string Status { get; }

    /// <summary>The rule used to recommend K.</summary>
    public string Rule { get; }

    /// <summary>The whole quality report.</summary>
    public ClusterQualityReport GetResult() => _report;
}

using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>Cluster-quality figures for one K: the output of <c>Measure-CustomerSegment</c>.</summary>
public sealed class SegmentCountQuality
{
    private readonly ClusterQualityReport _report;

    internal SegmentCountQuality(ClusterQualityRow row, ClusterQualityReport report)
    {
        _report = report;
        K = row.K;
        Inertia = row.Inertia;
        Silhouette = row.Silhouette;
        CalinskiHarabasz = row.CalinskiHarabasz;
        DaviesBouldin = row.DaviesBouldin;
        Recommended = row.K == report.RecommendedK;
        Rule = report.Rule;
    }

    /// <summary>Number of segments.</summary>
    public int K { get; }

    /// <summary>Within-cluster sum of squares (lower is tighter; look for the elbow).</summary>
    public double Inertia { get; }

    /// <summary>Mean silhouette (-1..1, higher is better).</summary>
    public double Silhouette { get; }

    /// <summary>Calinski–Harabasz index (higher is better).</summary>
    public double CalinskiHarabasz { get; }

    /// <summary>Davies–Bouldin index (lower is better).</summary>
    public double DaviesBouldin { get; }

    /// <summary>Whether this K is the one the rule recommends.</summary>
    public bool Recommended { get; }

    /// <summary>The rule used to recommend K.</summary>
    public string Rule { get; }

    /// <summary>The whole quality report.</summary>
    public ClusterQualityReport GetResult() => _report;
}

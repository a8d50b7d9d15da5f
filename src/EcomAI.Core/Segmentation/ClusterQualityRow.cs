namespace EcomAI.Core.Segmentation;

/// <summary>Quality figures of the K-means solution for one K.</summary>
/// <param name="K">Number of clusters.</param>
/// <param name="Inertia">Within-cluster sum of squares (look for the elbow).</param>
/// <param name="Silhouette">Mean silhouette, −1..1, higher is better.</param>
/// <param name="CalinskiHarabasz">Variance ratio, higher is better.</param>
/// <param name="DaviesBouldin">Davies–Bouldin index, lower is better.</param>
/// <param name="SmallestShare">Share of the points in the smallest cluster, 0..1.</param>
/// <param name="Eligible">True when <paramref name="SmallestShare"/> reaches the report's minimum segment share, so the automatic choice may pick this K.</param>
public sealed record ClusterQualityRow(
    int K,
    double Inertia,
    double Silhouette,
    double CalinskiHarabasz,
    double DaviesBouldin,
    double SmallestShare,
    bool Eligible);

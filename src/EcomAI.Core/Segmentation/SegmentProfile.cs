namespace EcomAI.Core.Segmentation;

/// <summary>What one segment looks like, in original units.</summary>
/// <param name="Segment">1-based segment number; segments are ordered by mean R + F + M score, best first.</param>
/// <param name="Label">Readable name from <see cref="SegmentLabels"/> (made unique with a suffix when two segments share one).</param>
/// <param name="Cluster">The K-means cluster index behind the segment.</param>
/// <param name="Size">Customers in the segment.</param>
/// <param name="Share">Size / all customers.</param>
/// <param name="MeanRecencyDays">Mean recency of the members, days.</param>
/// <param name="MeanFrequency">Mean number of orders.</param>
/// <param name="MeanMonetary">Mean monetary value.</param>
/// <param name="MeanRScore">Mean recency score (1–5).</param>
/// <param name="MeanFScore">Mean frequency score (1–5).</param>
/// <param name="MeanMScore">Mean monetary score (1–5).</param>
public sealed record SegmentProfile(
    int Segment,
    string Label,
    int Cluster,
    int Size,
    double Share,
    double MeanRecencyDays,
    double MeanFrequency,
    double MeanMonetary,
    double MeanRScore,
    double MeanFScore,
    double MeanMScore);

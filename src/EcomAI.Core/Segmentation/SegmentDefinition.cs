namespace EcomAI.Core.Segmentation;

/// <summary>The fixed identity of a segment (what stays when the same model or map is applied to other customers).</summary>
internal sealed record SegmentDefinition(int Segment, string Label, string MapSegment, int Cluster, int RScore, int FmScore);

namespace EcomAI.Core.Segmentation;

/// <summary>A K of the requested range that was not evaluated, and why (see <see cref="SegmentCountRule"/>).</summary>
/// <param name="K">The number of clusters skipped.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record SkippedK(int K, string Reason);

namespace EcomAI.Core.CustomerValue;

/// <summary>CLV of one RFM segment.</summary>
/// <param name="Segment">Segment number (1 = best, as in the segmentation).</param>
/// <param name="Label">The segment's RFM label.</param>
/// <param name="Customers">Customers of the segment that have a CLV.</param>
/// <param name="TotalClv">Sum of their CLV.</param>
/// <param name="MeanClv">Mean CLV.</param>
/// <param name="MedianClv">Median CLV.</param>
/// <param name="ShareOfClv">Share of all joined customers' CLV.</param>
/// <param name="MeanProbabilityAlive">Mean P(alive).</param>
/// <param name="ExpectedPurchases">Sum of expected purchases over the horizon.</param>
public sealed record SegmentValue(
    int Segment, string Label, int Customers, double TotalClv, double MeanClv, double MedianClv, double ShareOfClv, double MeanProbabilityAlive, double ExpectedPurchases);

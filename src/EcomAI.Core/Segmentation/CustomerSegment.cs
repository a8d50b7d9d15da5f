namespace EcomAI.Core.Segmentation;

/// <summary>One customer's segment.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Segment">Segment number (see <see cref="SegmentProfile.Segment"/>).</param>
/// <param name="Label">The segment's label.</param>
/// <param name="RecencyDays">Recency, days.</param>
/// <param name="Frequency">Orders.</param>
/// <param name="Monetary">Monetary value.</param>
/// <param name="RfmCode">The RFM score code, e.g. "545".</param>
/// <param name="MapSegment">The customer's own cell on the standard RFM map (from its own scores), whatever the method.</param>
/// <param name="DistanceToCentre">Euclidean distance to the segment centre (K-means) or to the members' mean (RFM map) in the scaled feature space.</param>
public sealed record CustomerSegment(
    string CustomerId,
    int Segment,
    string Label,
    int RecencyDays,
    int Frequency,
    double Monetary,
    string RfmCode,
    string MapSegment,
    double DistanceToCentre);

namespace EcomAI.Core.Segmentation;

/// <summary>One customer's segment at two dates.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="FromSegment">Segment number at the first date; 0 when the customer had no purchase by then.</param>
/// <param name="FromLabel">Its label, or <see cref="SegmentMovement.NotYetCustomer"/>.</param>
/// <param name="ToSegment">Segment number at the second date.</param>
/// <param name="ToLabel">Its label.</param>
/// <param name="FromRecencyDays">Recency at the first date (null for a new customer).</param>
/// <param name="ToRecencyDays">Recency at the second date.</param>
/// <param name="FromFrequency">Orders by the first date (null for a new customer).</param>
/// <param name="ToFrequency">Orders by the second date.</param>
/// <param name="FromMonetary">Monetary value by the first date (null for a new customer).</param>
/// <param name="ToMonetary">Monetary value by the second date.</param>
public sealed record CustomerMove(
    string CustomerId,
    int FromSegment,
    string FromLabel,
    int ToSegment,
    string ToLabel,
    int? FromRecencyDays,
    int ToRecencyDays,
    int? FromFrequency,
    int ToFrequency,
    double? FromMonetary,
    double ToMonetary)
{
    /// <summary>True when the segment changed (a new customer counts as moved).</summary>
    public bool Moved => FromSegment != ToSegment;
}

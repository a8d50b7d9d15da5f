namespace EcomAI.Core.Segmentation;

/// <summary>One cell of a transition table: how many customers went from one segment to another between two dates.</summary>
/// <param name="FromSegment">Segment number at the first date; 0 for customers with no purchase by then.</param>
/// <param name="FromLabel">Its label, or <see cref="SegmentMovement.NotYetCustomer"/>.</param>
/// <param name="ToSegment">Segment number at the second date.</param>
/// <param name="ToLabel">Its label.</param>
/// <param name="Count">Customers who made this move.</param>
/// <param name="ShareOfFrom">Count / customers in the from-segment (each from-row sums to 1).</param>
/// <param name="ShareOfAll">Count / all customers at the second date.</param>
public sealed record SegmentTransition(
    int FromSegment,
    string FromLabel,
    int ToSegment,
    string ToLabel,
    int Count,
    double ShareOfFrom,
    double ShareOfAll);

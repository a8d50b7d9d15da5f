using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One cell of the transition table: the output of <c>Compare-CustomerSegment</c>.</summary>
public sealed class SegmentTransitionRow
{
    private readonly SegmentMovement _movement;

    internal SegmentTransitionRow(SegmentTransition transition, SegmentMovement movement)
    {
        _movement = movement;
        FromDate = movement.FromDate;
        ToDate = movement.ToDate;
        FromSegment = transition.FromSegment;
        From = transition.FromLabel;
        ToSegment = transition.ToSegment;
        To = transition.ToLabel;
        Customers = transition.Count;
        ShareOfFrom = transition.ShareOfFrom;
        ShareOfAll = transition.ShareOfAll;
    }

    /// <summary>The first date (-AsOf).</summary>
    public DateTime FromDate { get; }

    /// <summary>The second date (-Against).</summary>
    public DateTime ToDate { get; }

    /// <summary>Segment number at the first date (0: no purchase yet).</summary>
    public int FromSegment { get; }

    /// <summary>Segment at the first date ("(no purchase yet)" for customers new since then).</summary>
    public string From { get; }

    /// <summary>Segment number at the second date.</summary>
    public int ToSegment { get; }

    /// <summary>Segment at the second date.</summary>
    public string To { get; }

    /// <summary>Customers who made this move.</summary>
    public int Customers { get; }

    /// <summary>Customers / customers of the from-segment (0..1).</summary>
    public double ShareOfFrom { get; }

    /// <summary>Customers / all customers at the second date (0..1).</summary>
    public double ShareOfAll { get; }

    /// <summary>The whole movement (both segmentations, the table, each customer's move).</summary>
    public SegmentMovement GetResult() => _movement;
}

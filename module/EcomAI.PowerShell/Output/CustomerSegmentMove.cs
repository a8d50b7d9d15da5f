using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell;

/// <summary>One customer's segment at two dates: the output of <c>Compare-CustomerSegment -PerCustomer</c>.</summary>
public sealed class CustomerSegmentMove
{
    private readonly SegmentMovement _movement;

    internal CustomerSegmentMove(CustomerMove move, SegmentMovement movement)
    {
        _movement = movement;
        CustomerId = move.CustomerId;
        From = move.FromLabel;
        To = move.ToLabel;
        Moved = move.Moved;
        FromRecency = move.FromRecencyDays;
        ToRecency = move.ToRecencyDays;
        FromFrequency = move.FromFrequency;
        ToFrequency = move.ToFrequency;
        FromMonetary = move.FromMonetary;
        ToMonetary = move.ToMonetary;
    }

    /// <summary>Customer identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Segment at the first date ("(no purchase yet)" for a new customer).</summary>
    public string From { get; }

    /// <summary>Segment at the second date.</summary>
    public string To { get; }

    /// <summary>True when the segment changed.</summary>
    public bool Moved { get; }

    /// <summary>Days since the last purchase at the first date (null for a new customer).</summary>
    public int? FromRecency { get; }

    /// <summary>Days since the last purchase at the second date.</summary>
    public int ToRecency { get; }

    /// <summary>Orders by the first date (null for a new customer).</summary>
    public int? FromFrequency { get; }

    /// <summary>Orders by the second date.</summary>
    public int ToFrequency { get; }

    /// <summary>Spend by the first date (null for a new customer).</summary>
    public double? FromMonetary { get; }

    /// <summary>Spend by the second date.</summary>
    public double ToMonetary { get; }

    /// <summary>The whole movement.</summary>
    public SegmentMovement GetResult() => _movement;
}

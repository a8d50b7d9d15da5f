using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// The same customers segmented at two dates with the same model or map (<see cref="CustomerSegmentation.Compare"/>):
/// the transition table (from segment × to segment, counts and shares) and every customer's move.
/// </summary>
public sealed class SegmentMovement
{
    /// <summary>The from-label of customers whose first purchase came after the first date.</summary>
    public const string NotYetCustomer = "(no purchase yet)";

    internal SegmentMovement(SegmentationResult from, SegmentationResult to, IReadOnlyList<SegmentTransition> transitions, IReadOnlyList<CustomerMove> moves)
    {
        From = from;
        To = to;
        Transitions = transitions;
        Moves = moves;
    }

    /// <summary>The segmentation at the first date (the model or map is fitted here).</summary>
    public SegmentationResult From { get; }

    /// <summary>The customers at the second date in the same segments (<see cref="SegmentationResult.Apply"/>).</summary>
    public SegmentationResult To { get; }

    /// <summary>The first as-of date.</summary>
    public DateTime FromDate => From.Rfm.AsOf;

    /// <summary>The second as-of date.</summary>
    public DateTime ToDate => To.Rfm.AsOf;

    /// <summary>
    /// The full transition table: one row per (from segment, to segment) pair, zeros included, from-segments in
    /// segment order then <see cref="NotYetCustomer"/>, to-segments in segment order.
    /// </summary>
    public IReadOnlyList<SegmentTransition> Transitions { get; }

    /// <summary>Each customer at the second date with its segment at both dates, in customer-id order.</summary>
    public IReadOnlyList<CustomerMove> Moves { get; }

    /// <summary>Customers who were already customers at the first date.</summary>
    public int ReturningCustomers => Moves.Count(m => m.FromSegment != 0);

    /// <summary>Customers whose first purchase came between the two dates.</summary>
    public int NewCustomers => Moves.Count(m => m.FromSegment == 0);

    /// <summary>Customers of the first date in the same segment at the second.</summary>
    public int Stayed => Moves.Count(m => m.FromSegment != 0 && !m.Moved);

    /// <summary>Customers who moved from <paramref name="fromLabel"/> to <paramref name="toLabel"/> (0 when no such pair).</summary>
    public int Count(string fromLabel, string toLabel) =>
        Transitions.FirstOrDefault(t => t.FromLabel == fromLabel && t.ToLabel == toLabel)?.Count ?? 0;

    /// <summary>
    /// The headline in one sentence, e.g. "Of 4,000 customers at 2011-06-30, 2,900 (72.5 %) stayed in their segment by
    /// 2011-12-09 and 1,100 moved; 300 new customers. Largest moves: 120 Champions → Loyal; …".
    /// </summary>
    public string Summary
    {
        get
        {
            int returning = ReturningCustomers;
            string head = string.Create(CultureInfo.InvariantCulture,
                $"Of {returning:N0} customers at {FromDate:yyyy-MM-dd}, {Stayed:N0} ({(returning == 0 ? 0 : Stayed / (double)returning):0.0 %}) stayed in their segment by {ToDate:yyyy-MM-dd} and {returning - Stayed:N0} moved; {NewCustomers:N0} new customer{(NewCustomers == 1 ? string.Empty : "s")}.");
            var largest = Transitions.Where(t => t.FromSegment != 0 && t.FromSegment != t.ToSegment && t.Count > 0)
                .OrderByDescending(t => t.Count).ThenBy(t => t.FromSegment).ThenBy(t => t.ToSegment).Take(3).ToList();
            return largest.Count == 0
                ? head
                : head + " Largest moves: " + string.Join("; ", largest.Select(t => string.Create(CultureInfo.InvariantCulture,
                    $"{t.Count:N0} {t.FromLabel} → {t.ToLabel} ({t.ShareOfFrom:0.0 %} of {t.FromLabel})"))) + ".";
        }
    }

    /// <summary>Transition table as rows: from_segment, from_label, to_segment, to_label, count, share_of_from, share_of_all.</summary>
    public DataFrame TransitionsToDataFrame() => new(
        new Int32DataFrameColumn("from_segment", Transitions.Select(t => t.FromSegment)),
        new StringDataFrameColumn("from_label", Transitions.Select(t => t.FromLabel)),
        new Int32DataFrameColumn("to_segment", Transitions.Select(t => t.ToSegment)),
        new StringDataFrameColumn("to_label", Transitions.Select(t => t.ToLabel)),
        new Int32DataFrameColumn("count", Transitions.Select(t => t.Count)),
        new DoubleDataFrameColumn("share_of_from", Transitions.Select(t => t.ShareOfFrom)),
        new DoubleDataFrameColumn("share_of_all", Transitions.Select(t => t.ShareOfAll)));

    /// <summary>Transition table as a matrix: one row per from-segment ("from"), one count column per to-segment, and a total.</summary>
    public DataFrame ToMatrixDataFrame()
    {
        var rows = Transitions.Select(t => (t.FromSegment, t.FromLabel)).Distinct().ToList();
        var columns = Transitions.Select(t => (t.ToSegment, t.ToLabel)).Distinct().ToList();
        var frame = new List<DataFrameColumn> { new StringDataFrameColumn("from", rows.Select(r => r.FromLabel)) };
        foreach (var (segment, label) in columns)
        {
            frame.Add(new Int32DataFrameColumn(label, rows.Select(r =>
                Transitions.First(t => t.FromSegment == r.FromSegment && t.ToSegment == segment).Count)));
        }

        frame.Add(new Int32DataFrameColumn("total", rows.Select(r => Transitions.Where(t => t.FromSegment == r.FromSegment).Sum(t => t.Count))));
        return new DataFrame(frame);
    }

    /// <summary>
    /// One row per customer: customer_id, from_segment, from_label, to_segment, to_label, moved, and recency, frequency
    /// and monetary at both dates.
    /// </summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("customer_id", Moves.Select(m => m.CustomerId)),
        new Int32DataFrameColumn("from_segment", Moves.Select(m => m.FromSegment)),
        new StringDataFrameColumn("from_label", Moves.Select(m => m.FromLabel)),
        new Int32DataFrameColumn("to_segment", Moves.Select(m => m.ToSegment)),
        new StringDataFrameColumn("to_label", Moves.Select(m => m.ToLabel)),
        new BooleanDataFrameColumn("moved", Moves.Select(m => m.Moved)),
        new Int32DataFrameColumn("from_recency_days", Moves.Select(m => m.FromRecencyDays)),
        new Int32DataFrameColumn("to_recency_days", Moves.Select(m => m.ToRecencyDays)),
        new Int32DataFrameColumn("from_frequency", Moves.Select(m => m.FromFrequency)),
        new Int32DataFrameColumn("to_frequency", Moves.Select(m => m.ToFrequency)),
        new DoubleDataFrameColumn("from_monetary", Moves.Select(m => m.FromMonetary)),
        new DoubleDataFrameColumn("to_monetary", Moves.Select(m => m.ToMonetary)));
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

public static partial class CustomerSegmentation
{
    /// <summary>
    /// Segments the same customers at two as-of dates with the same model or map: fits at <paramref name="from"/>
    /// (K-means or the RFM map, K chosen or given as in <paramref name="options"/>), places every customer of
    /// <paramref name="to"/> in those segments (<see cref="Apply"/>), and returns the transition table and each
    /// customer's move ("how many Champions became At risk?").
    /// </summary>
    /// <param name="transactions">The history; RFM is computed at each date from the transactions before it.</param>
    /// <param name="from">The first as-of date (recency is measured to it; later transactions are not yet known).</param>
    /// <param name="to">The second as-of date, after <paramref name="from"/>; null: the day after the last transaction (as <see cref="RfmOptions.AsOf"/>).</param>
    /// <param name="options">Segmentation options, applied at <paramref name="from"/>.</param>
    /// <param name="rfmOptions">RFM options; their <see cref="RfmOptions.AsOf"/> is replaced by each date.</param>
    /// <exception cref="InputDataException">
    /// <paramref name="to"/> not after <paramref name="from"/> (<see cref="ErrorIds.InvalidOption"/>); no purchase
    /// before <paramref name="from"/> (<see cref="ErrorIds.EmptyInput"/>); the errors of <see cref="Fit(RfmTable, SegmentationOptions)"/>.
    /// </exception>
    public static SegmentMovement Compare(TransactionData transactions, DateTime from, DateTime? to = null, SegmentationOptions? options = null, RfmOptions? rfmOptions = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        rfmOptions ??= RfmOptions.Default;
        var secondRfm = Rfm.FromTransactions(transactions, rfmOptions with { AsOf = to });
        Preconditions.CheckOption(secondRfm.AsOf > from.Date, nameof(to),
            $"{nameof(to)} = {secondRfm.AsOf:yyyy-MM-dd}{(to is null ? " (the day after the last transaction)" : string.Empty)} is not after {nameof(from)} = {from:yyyy-MM-dd}: give the earlier date first.");
        var first = Fit(Rfm.FromTransactions(transactions, rfmOptions with { AsOf = from }), options);
        return Movement(first, first.Apply(secondRfm));
    }

    /// <summary>The transition table and moves between a segmentation and the same one applied at another date.</summary>
    internal static SegmentMovement Movement(SegmentationResult first, SegmentationResult second)
    {
        var before = new Dictionary<string, (CustomerSegment Segment, int Index)>(StringComparer.Ordinal);
        for (int i = 0; i < first.Customers.Count; i++)
        {
            before[first.Customers[i].CustomerId] = (first.Customers[i], i);
        }

        var moves = new List<CustomerMove>(second.Customers.Count);
        foreach (var c in second.Customers)
        {
            if (before.TryGetValue(c.CustomerId, out var b))
            {
                moves.Add(new CustomerMove(c.CustomerId, b.Segment.Segment, b.Segment.Label, c.Segment, c.Label,
                    b.Segment.RecencyDays, c.RecencyDays, b.Segment.Frequency, c.Frequency, b.Segment.Monetary, c.Monetary));
            }
            else
            {
                moves.Add(new CustomerMove(c.CustomerId, 0, SegmentMovement.NotYetCustomer, c.Segment, c.Label,
                    null, c.RecencyDays, null, c.Frequency, null, c.Monetary));
            }
        }

        var rows = first.Profiles.Select(p => (p.Segment, p.Label)).ToList();
        if (moves.Any(m => m.FromSegment == 0))
        {
            rows.Add((0, SegmentMovement.NotYetCustomer));
        }

        var columns = second.Profiles.Select(p => (p.Segment, p.Label)).ToList();
        var counts = moves.GroupBy(m => (m.FromSegment, m.ToSegment)).ToDictionary(g => g.Key, g => g.Count());
        int total = moves.Count;
        var transitions = new List<SegmentTransition>(rows.Count * columns.Count);
        foreach (var (fromSegment, fromLabel) in rows)
        {
            int rowTotal = moves.Count(m => m.FromSegment == fromSegment);
            foreach (var (toSegment, toLabel) in columns)
            {
                int count = counts.GetValueOrDefault((fromSegment, toSegment));
                transitions.Add(new SegmentTransition(fromSegment, fromLabel, toSegment, toLabel, count,
                    rowTotal == 0 ? 0 : count / (double)rowTotal, total == 0 ? 0 : count / (double)total));
            }
        }

        return new SegmentMovement(first, second, transitions.AsReadOnly(), moves.AsReadOnly());
    }
}

using EcomAI.Core.Segmentation;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>CLV per RFM segment: the customer values joined with a segmentation on customer id.</summary>
public sealed class SegmentValueTable
{
    private SegmentValueTable(IReadOnlyList<SegmentValue> rows, int withoutSegment, int withoutValue, string describe)
    {
        Rows = rows;
        CustomersWithoutSegment = withoutSegment;
        CustomersWithoutValue = withoutValue;
        Settings = describe;
    }

    /// <summary>One row per segment, in segment order.</summary>
    public IReadOnlyList<SegmentValue> Rows { get; }

    /// <summary>Customers with a CLV but no segment (not in the segmentation).</summary>
    public int CustomersWithoutSegment { get; }

    /// <summary>Segmented customers without a CLV (for example first seen after the calibration end).</summary>
    public int CustomersWithoutValue { get; }

    /// <summary>The CLV settings in words.</summary>
    public string Settings { get; }

    /// <summary>Joins on customer id (ordinal).</summary>
    public static SegmentValueTable Join(CustomerValueResult values, SegmentationResult segmentation)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(segmentation);
        var byId = values.Customers.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        var groups = new SortedDictionary<int, (string Label, List<CustomerLifetimeValue> Members)>();
        int withoutValue = 0, matched = 0;
        foreach (var customer in segmentation.Customers)
        {
            if (!byId.TryGetValue(customer.CustomerId, out var value))
            {
                withoutValue++;
                continue;
            }

            matched++;
            if (!groups.TryGetValue(customer.Segment, out var group))
            {
                group = (customer.Label, []);
                groups.Add(customer.Segment, group);
            }

            group.Members.Add(value);
        }

        double all = groups.Values.Sum(g => g.Members.Sum(m => m.Clv));
        var rows = groups.Select(kv =>
        {
            var members = kv.Value.Members;
            var sorted = members.Select(m => m.Clv).Order().ToArray();
            double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
            double total = sorted.Sum();
            return new SegmentValue(kv.Key, kv.Value.Label, members.Count, total, total / members.Count, median,
                all > 0 ? total / all : double.NaN, members.Average(m => m.ProbabilityAlive), members.Sum(m => m.ExpectedPurchases));
        }).ToArray();
        return new SegmentValueTable(rows, values.Customers.Count - matched, withoutValue, values.Describe());
    }

    /// <summary>Columns segment, label, customers, total_clv, mean_clv, median_clv, share_of_clv, mean_probability_alive, expected_purchases.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("segment", Rows.Select(r => r.Segment)),
        new StringDataFrameColumn("label", Rows.Select(r => r.Label)),
        new Int32DataFrameColumn("customers", Rows.Select(r => r.Customers)),
        new DoubleDataFrameColumn("total_clv", Rows.Select(r => r.TotalClv)),
        new DoubleDataFrameColumn("mean_clv", Rows.Select(r => r.MeanClv)),
        new DoubleDataFrameColumn("median_clv", Rows.Select(r => r.MedianClv)),
        new DoubleDataFrameColumn("share_of_clv", Rows.Select(r => r.ShareOfClv)),
        new DoubleDataFrameColumn("mean_probability_alive", Rows.Select(r => r.MeanProbabilityAlive)),
        new DoubleDataFrameColumn("expected_purchases", Rows.Select(r => r.ExpectedPurchases)));
}

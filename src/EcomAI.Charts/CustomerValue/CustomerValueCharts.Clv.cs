using EcomAI.Charts.Styling;
using EcomAI.Core.CustomerValue;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.CustomerValue;

public static partial class CustomerValueCharts
{
    /// <summary>
    /// Histogram of CLV over all customers: <paramref name="bins"/> equal bins from 0 to the 99th percentile, and the top
    /// 1% in a last bar of its own (CLV has a long tail). Counts are computed here, so the page carries bins, not customers.
    /// </summary>
    /// <returns>One bar trace "Customers": x = bin labels, y = customers; the hover gives the bin's CLV range and total.</returns>
    public static GenericChart ClvDistribution(CustomerValueResult result, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var values = result.Customers.Select(c => c.Clv).Order().ToArray();
        if (values.Length == 0)
        {
            throw new ArgumentException("The result has no customers to chart.", nameof(result));
        }

        double top = values[(int)Math.Min(values.Length - 1, Math.Floor(0.99 * values.Length))];
        double lo = Math.Min(0, values[0]);
        double width = top > lo ? (top - lo) / bins : 1;
        var counts = new long[bins + 1];
        var sums = new double[bins + 1];
        foreach (double v in values)
        {
            int b = v > top ? bins : Math.Min(bins - 1, (int)((v - lo) / width));
            counts[b]++;
            sums[b] += v;
        }

        int last = counts[bins] > 0 ? bins + 1 : bins;
        var labels = Enumerable.Range(0, last).Select(b => b < bins ? Fmt.N(lo + ((b + 0.5) * width)) : $"> {Fmt.N(top)}").ToArray();
        var bars = CSharpChart.Column<long, string, string>(counts.Take(last), Keys: labels, Name: "Customers");
        ChartStyle.BarHoverText(ChartStyle.Only(bars), Enumerable.Range(0, last).Select(b =>
            (b < bins ? $"CLV {Fmt.N(lo + (b * width))} to {Fmt.N(lo + ((b + 1) * width))}" : $"CLV above {Fmt.N(top)} (top 1%)")
            + $"<br>{Fmt.I(counts[b])} customers ({Fmt.Pct(counts[b] / (double)values.Length)})<br>Their total CLV: {Fmt.N(sums[b])}"));
        double total = values.Sum();
        return ChartStyle.Finish(bars,
            $"Customer lifetime value: {Fmt.I(values.Length)} customers, total {Fmt.N(total)}, median {Fmt.N(values[values.Length / 2])}<br><sub>{result.Describe()}</sub>",
            "CLV (middle of each bin, currency)", "Customers",
            xAxis: new Dictionary<string, object> { ["type"] = "category" });
    }

    /// <summary>Total CLV per RFM segment (bars), with each segment's customers, mean and median CLV and mean P(alive) in the hover.</summary>
    /// <returns>One bar trace "Total CLV": x = "segment: label", y = total CLV.</returns>
    public static GenericChart ClvBySegment(SegmentValueTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count == 0)
        {
            throw new ArgumentException("No segment has customers with a CLV: check that the segmentation and the CLV come from the same customers.", nameof(table));
        }

        var names = table.Rows.Select(r => $"{r.Segment}: {r.Label}").ToArray();
        var bars = CSharpChart.Column<double, string, string>(table.Rows.Select(r => r.TotalClv), Keys: names, Name: "Total CLV");
        ChartStyle.BarHoverText(ChartStyle.Only(bars), table.Rows.Select(r =>
            $"Segment {r.Segment}: {r.Label}<br>{Fmt.I(r.Customers)} customers<br>Total CLV: {Fmt.N(r.TotalClv)} ({Fmt.Pct(r.ShareOfClv)} of all)"
            + $"<br>Mean CLV: {Fmt.N(r.MeanClv)}, median {Fmt.N(r.MedianClv)}<br>Mean P(alive): {Fmt.Pct(r.MeanProbabilityAlive)}"
            + $"<br>Expected purchases: {Fmt.N(r.ExpectedPurchases, 1)}"));
        return ChartStyle.Finish(bars, $"CLV by RFM segment<br><sub>{table.Settings}</sub>", "Segment", "Total CLV (currency)");
    }
}

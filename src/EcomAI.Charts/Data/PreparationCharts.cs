using EcomAI.Charts.Styling;
using EcomAI.Core.Data;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Data;

/// <summary>Charts of an order-lines preparation.</summary>
public static class PreparationCharts
{
    /// <summary>
    /// One bar per rule that applied (lines under it), beside the lines used as purchases, so the share each rule took
    /// out of the export is visible at a glance.
    /// </summary>
    /// <param name="report">The preparation report.</param>
    /// <returns>One trace "Lines" (x = rule, y = lines).</returns>
    public static GenericChart Findings(PreparationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var labels = report.Findings.Select(f => f.Title).Append("Used as purchases").ToList();
        var lines = report.Findings.Select(f => (double)f.Lines).Append(report.PurchaseLines).ToList();
        var bars = CSharpChart.Bar<double, string, string>(lines, Keys: labels, Name: "Lines");
        Trace t = ChartStyle.Only(bars);
        ChartStyle.BarHoverText(t, labels.Select((l, i) => $"{l}: {Fmt.N(lines[i], 0)} of {Fmt.N(report.LinesRead, 0)} lines"));
        return ChartStyle.Finish(bars, $"Preparation of {report.SourceName}: {Fmt.N(report.LinesRead, 0)} lines read", "Rule", "Lines");
    }
}

using System.Globalization;
using EcomAI.Charts.Data;
using EcomAI.Core.Data;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of prepared inputs (pure).</summary>
internal static class DataViews
{
    /// <summary>Order lines: the preparation summary (one line per rule), its table and chart, and the first prepared lines.</summary>
    public static ResultView Of(OrderLineData data)
    {
        var report = data.Report;
        string title = string.Create(CultureInfo.InvariantCulture,
            $"Order lines from {data.SourceName}: {report.LinesRead:N0} lines read, {report.PurchaseLines:N0} used as purchases");
        return new ResultView(title, [.. report.Warnings],
            [new ResultTable("What each rule did", report.ToDataFrame()), new ResultTable("First lines used", data.Head())],
            [() => PreparationCharts.Findings(report)]);
    }

    /// <summary>A preparation report on its own.</summary>
    public static ResultView Of(PreparationReport report) =>
        new(report.Summary, [.. report.Warnings], report.ToDataFrame(), [() => PreparationCharts.Findings(report)]);
}

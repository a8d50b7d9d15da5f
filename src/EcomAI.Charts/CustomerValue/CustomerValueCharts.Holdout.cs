using EcomAI.Charts.Styling;
using EcomAI.Core.CustomerValue;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.CustomerValue;

public static partial class CustomerValueCharts
{
    /// <summary>
    /// Mean actual against mean expected holdout purchases by calibration frequency (lifetimes'
    /// <c>plot_calibration_purchases_vs_holdout_purchases</c>; FHL 2005 Figure 4): the lines should lie together.
    /// </summary>
    /// <returns>Traces "Actual" and "Expected (BG/NBD)", x = calibration frequency labels, y = mean holdout purchases.</returns>
    /// <exception cref="ArgumentException">The comparison has no groups.</exception>
    public static GenericChart CalibrationVsHoldout(HoldoutComparison holdout)
    {
        ArgumentNullException.ThrowIfNull(holdout);
        if (holdout.Groups.Count == 0)
        {
            throw new ArgumentException("The holdout comparison has no customers to chart.", nameof(holdout));
        }

        var labels = holdout.Groups.Select(g => g.Label).ToArray();
        var actual = CSharpChart.Scatter<string, double, string>(labels, holdout.Groups.Select(g => g.MeanActual), StyleParam.Mode.Lines_Markers, Name: "Actual");
        ChartStyle.HoverText(ChartStyle.Only(actual), holdout.Groups.Select(g =>
            $"Calibration frequency {g.Label}<br>{Fmt.I(g.Customers)} customers<br>Actual mean holdout purchases: {Fmt.N(g.MeanActual, 3)}"));
        var expected = CSharpChart.Scatter<string, double, string>(labels, holdout.Groups.Select(g => g.MeanExpected), StyleParam.Mode.Lines_Markers, Name: "Expected (BG/NBD)");
        Trace e = ChartStyle.Only(expected);
        e.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash" });
        ChartStyle.HoverText(e, holdout.Groups.Select(g =>
            $"Calibration frequency {g.Label}<br>{Fmt.I(g.Customers)} customers<br>Expected mean holdout purchases (eq. 10): {Fmt.N(g.MeanExpected, 3)}"));
        string unit = Unit(holdout.TimeUnit);
        return ChartStyle.Finish(CSharpChart.Combine([actual, expected]),
            $"Holdout purchases, actual and expected, by calibration frequency<br><sub>holdout of {Fmt.N(holdout.Duration, 1)} {unit}: {Fmt.N(holdout.TotalActual, 0)} purchases, {Fmt.N(holdout.TotalExpected, 0)} expected</sub>",
            "Repeat purchases in the calibration period", "Mean purchases in the holdout period",
            xAxis: new Dictionary<string, object> { ["type"] = "category" });
    }

    /// <summary>
    /// The cohort's cumulative repeat purchases per period, actual against expected (FHL 2005 Figure 2), with the end of
    /// the calibration period marked: left of it the model fits, right of it it forecasts.
    /// </summary>
    /// <returns>Traces "Actual" and "Expected (BG/NBD)" with x = period start dates (yyyy-MM-dd), and a dashed calibration-end line.</returns>
    public static GenericChart CohortTracking(CohortTracking tracking)
    {
        ArgumentNullException.ThrowIfNull(tracking);
        if (tracking.Count == 0)
        {
            throw new ArgumentException("The cohort tracking has no periods to chart.", nameof(tracking));
        }

        var dates = tracking.PeriodStart.Select(Fmt.Date).ToArray();
        var actual = CSharpChart.Scatter<string, double, string>(dates, tracking.ActualCumulative, StyleParam.Mode.Lines, Name: "Actual");
        ChartStyle.HoverText(ChartStyle.Only(actual), dates.Select((d, i) => $"Period from {d}<br>Actual cumulative repeat purchases: {Fmt.N(tracking.ActualCumulative[i], 0)}"));
        var expected = CSharpChart.Scatter<string, double, string>(dates, tracking.ExpectedCumulative, StyleParam.Mode.Lines, Name: "Expected (BG/NBD)");
        Trace e = ChartStyle.Only(expected);
        e.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash" });
        ChartStyle.HoverText(e, dates.Select((d, i) => $"Period from {d}<br>Expected cumulative repeat purchases (eq. 9): {Fmt.N(tracking.ExpectedCumulative[i], 1)}"));
        var extra = new Dictionary<string, object>();
        int cal = Math.Clamp(tracking.CalibrationEndIndex, 0, tracking.Count - 1);
        if (cal < tracking.Count - 1)
        {
            extra["shapes"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["type"] = "line", ["xref"] = "x", ["yref"] = "paper", ["x0"] = dates[cal], ["x1"] = dates[cal], ["y0"] = 0, ["y1"] = 1,
                    ["line"] = new Dictionary<string, object> { ["dash"] = "dot", ["color"] = "rgba(80, 80, 80, 0.9)", ["width"] = 1.5 },
                },
            };
        }

        return ChartStyle.Finish(CSharpChart.Combine([actual, expected]),
            $"Cumulative repeat purchases of the cohort, actual and expected{(cal < tracking.Count - 1 ? $"<br><sub>calibration ends {dates[cal]} (dotted line); later is a forecast</sub>" : string.Empty)}",
            $"Period ({tracking.Period.ToString().ToLowerInvariant()})", "Cumulative repeat purchases",
            xAxis: new Dictionary<string, object> { ["type"] = "date" }, extraLayout: extra);
    }
}

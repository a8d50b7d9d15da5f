using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// The segments side by side in original units: three panels of bars, mean recency (days), mean frequency
    /// (orders) and mean monetary value, one bar per segment (best first).
    /// </summary>
    /// <param name="result">The segmentation.</param>
    /// <returns>Traces "Mean recency (days)" (axes x/y), "Mean frequency (orders)" (x2/y2), "Mean monetary" (x3/y3).</returns>
    public static GenericChart SegmentProfiles(SegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var profiles = result.Profiles.OrderBy(p => p.Segment).ToList();
        if (profiles.Count == 0)
        {
            throw new ArgumentException("The segmentation has no segment profiles to chart.", nameof(result));
        }

        string[] names = profiles.Select(p => $"{p.Segment}: {p.Label}").ToArray();
        string monetaryKind = result.Rfm.Monetary.ToString();
        (string Name, string Unit, Func<SegmentProfile, double> Value, int Decimals)[] panels =
        [
            ("Mean recency (days)", "days", p => p.MeanRecencyDays, 1),
            ("Mean frequency (orders)", "orders", p => p.MeanFrequency, 2),
            ($"Mean monetary ({monetaryKind}, currency)", "currency units", p => p.MeanMonetary, 2),
        ];

        var traces = new List<GenericChart>();
        var extra = new Dictionary<string, object>
        {
            ["grid"] = new Dictionary<string, object> { ["rows"] = 1, ["columns"] = panels.Length, ["pattern"] = "independent" },
            ["showlegend"] = false,
        };
        for (int k = 0; k < panels.Length; k++)
        {
            var panel = panels[k];
            var bars = CSharpChart.Column<double, string, string>(profiles.Select(panel.Value), Keys: names, Name: panel.Name);
            Trace t = ChartStyle.Only(bars);
            string suffix = k == 0 ? string.Empty : (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            t.SetProperty("xaxis", "x" + suffix);
            t.SetProperty("yaxis", "y" + suffix);
            ChartStyle.BarHoverText(t, profiles.Select(p =>
                $"Segment {p.Segment}: {p.Label}<br>{Fmt.I(p.Size)} customers ({Fmt.Pct(p.Share)})<br>"
                + $"{panel.Name}: {Fmt.N(panel.Value(p), panel.Decimals)} {panel.Unit}"
                + $"<br>Mean scores R/F/M: {Fmt.N(p.MeanRScore, 1)} / {Fmt.N(p.MeanFScore, 1)} / {Fmt.N(p.MeanMScore, 1)}"));
            traces.Add(bars);
            if (k > 0)
            {
                extra["xaxis" + suffix] = ChartStyle.Axis("Segment", null);
                extra["yaxis" + suffix] = ChartStyle.Axis(panel.Name, null);
            }
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(traces),
            $"Segment profiles in original units ({Fmt.I(result.Customers.Count)} customers, {profiles.Count} segments)",
            "Segment", panels[0].Name, width: 1100, height: 480, extraLayout: extra);
    }
}

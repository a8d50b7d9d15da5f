using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Tests.Support;

/// <summary>Small hand-made charts with a known number of traces, for HTML and report tests.</summary>
internal static class TestCharts
{
    public static GenericChart Points(string name, params double[] ys) =>
        CSharpChart.Scatter<double, double, string>(
            Enumerable.Range(1, ys.Length).Select(i => (double)i), ys, StyleParam.Mode.Markers, Name: name);

    public static GenericChart TwoLines() =>
        CSharpChart.Combine([
            CSharpChart.Scatter<double, double, string>([1.0, 2.0, 3.0], [1.0, 4.0, 9.0], StyleParam.Mode.Lines, Name: "squares"),
            CSharpChart.Scatter<double, double, string>([1.0, 2.0, 3.0], [1.0, 8.0, 27.0], StyleParam.Mode.Lines, Name: "cubes"),
        ]);

    public static GenericChart Columns() =>
        CSharpChart.Column<double, string, string>([3.0, 5.0, 2.0], Keys: new[] { "a", "b", "c" });

    public static GenericChart Heatmap() =>
        CSharpChart.Heatmap<double, string, string, string>(
            new[] { new[] { 1.0, 0.5 }, new[] { 0.5, 1.0 } }, X: new[] { "i1", "i2" }, Y: new[] { "i1", "i2" });

    public static GenericChart ThreeMarkerSets() =>
        CSharpChart.Combine([Points("s1", 1, 2), Points("s2", 2, 3), Points("s3", 3, 1)]);
}

using EcomAI.Charts.Json;
using EcomAI.Charts.Tests.Support;

namespace EcomAI.Charts.Tests.Json;

public class ChartJsonTests
{
    [Fact]
    public void Traces_CombinedChart_ReturnsEachSeriesWithItsValues()
    {
        var traces = ChartJson.Traces(TestCharts.TwoLines());

        Assert.Equal(2, traces.Count);
        Assert.Equal(["squares", "cubes"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal([1.0, 4.0, 9.0], traces[0]["y"]!.AsArray().Select(v => v!.GetValue<double>()));
        Assert.Equal("lines", traces[1]["mode"]!.GetValue<string>());
    }

    [Fact]
    public void Title_UntitledChart_IsNull()
    {
        Assert.Null(ChartJson.Title(TestCharts.Columns()));
        Assert.Null(ChartJson.AxisTitle(TestCharts.Columns(), "xaxis"));
    }

    [Fact]
    public void Figure_Mutated_DoesNotChangeTheChart()
    {
        var chart = TestCharts.Columns();
        var figure = ChartJson.Figure(chart);
        figure["data"]!.AsArray().Clear();

        Assert.Single(ChartJson.Traces(chart));
    }
}

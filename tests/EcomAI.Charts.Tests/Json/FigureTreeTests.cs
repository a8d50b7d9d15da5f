using System.Text.Json;
using System.Text.Json.Nodes;
using EcomAI.Charts.Json;
using EcomAI.Charts.Tests.Support;
using Plotly.NET;

namespace EcomAI.Charts.Tests.Json;

public class FigureTreeTests
{
    /// <summary>Semantic JSON equality: numbers compared as doubles (Json.NET writes 1.0, System.Text.Json 1).</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected)
        {
            case null:
                return actual is null ? null : $"{path}: expected null, got {actual.ToJsonString()}";
            case JsonObject eo:
                if (actual is not JsonObject ao)
                {
                    return $"{path}: expected an object";
                }

                var keys = eo.Select(kv => kv.Key).Union(ao.Select(kv => kv.Key));
                return keys.Select(k => FirstDifference(eo[k], ao[k], path + "." + k)).FirstOrDefault(d => d is not null)
                    ?? (eo.Count == ao.Count ? null : $"{path}: key counts differ");
            case JsonArray ea:
                if (actual is not JsonArray aa || aa.Count != ea.Count)
                {
                    return $"{path}: expected an array of {ea.Count}";
                }

                return ea.Select((e, i) => FirstDifference(e, aa[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            default:
                var ev = expected.AsValue();
                if (actual is not JsonValue av)
                {
                    return $"{path}: expected a value";
                }

                if (ev.GetValueKind() == JsonValueKind.Number && av.GetValueKind() == JsonValueKind.Number)
                {
                    return ev.GetValue<double>() == av.GetValue<double>() ? null : $"{path}: {ev} vs {av}";
                }

                return ev.ToJsonString() == av.ToJsonString() ? null : $"{path}: {ev.ToJsonString()} vs {av.ToJsonString()}";
        }
    }

    [Fact]
    public void Figure_EveryChartType_SameJsonAsPlotlyNetToFigureJson()
    {
        var charts = SampleResults.Value.AllCharts()
            .Concat([("TwoLines", TestCharts.TwoLines()), ("Columns", TestCharts.Columns()), ("Heatmap", TestCharts.Heatmap())]);

        foreach (var (name, chart) in charts)
        {
            JsonNode reference = JsonNode.Parse(GenericChart.toFigureJson(chart))!;

            string? difference = FirstDifference(reference, ChartJson.Figure(chart), name);

            Assert.True(difference is null, difference);
        }
    }

    [Fact]
    public void FirstDifference_ChangedNumber_IsReported()
    {
        // Control for the comparison above: it must see a one-value change.
        JsonNode reference = JsonNode.Parse(GenericChart.toFigureJson(TestCharts.TwoLines()))!;
        JsonNode changed = reference.DeepClone();
        changed["data"]![1]!["y"]![2] = 28.0;

        Assert.Equal("c.data[1].y[2]: 27.0 vs 28", FirstDifference(reference, changed, "c"));
    }

    [Fact]
    public void FigureText_LargeScatter_FasterThanPlotlyNetToFigureJson()
    {
        // 20,000 points with hover text, like a customer map; medians of 5 runs each, alternating, same process.
        double[] xs = [.. Enumerable.Range(0, 20_000).Select(i => i * 0.5)];
        var chart = Plotly.NET.CSharp.Chart.Scatter<double, double, string>(xs, xs, StyleParam.Mode.Markers, Name: "big");
        foreach (var t in GenericChart.getTraces(chart))
        {
            t.SetProperty("text", xs.Select(x => $"point {x}").ToArray());
        }

        _ = ChartJson.FigureText(chart);
        _ = GenericChart.toFigureJson(chart);
        var ours = new List<double>();
        var peer = new List<double>();
        for (int run = 0; run < 5; run++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            _ = ChartJson.FigureText(chart);
            ours.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            _ = GenericChart.toFigureJson(chart);
            peer.Add(sw.Elapsed.TotalMilliseconds);
        }

        double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
        Console.WriteLine(
            $"FigureText 20,000 points: ours {Median(ours):F1} ms, Plotly.NET toFigureJson {Median(peer):F1} ms, ratio {Median(peer) / Median(ours):F1}x");
        Assert.True(Median(ours) < Median(peer), $"ours {Median(ours):F1} ms vs Plotly.NET {Median(peer):F1} ms");
    }

    [Fact]
    public void Figure_NaNInData_ThrowsNamingWhere()
    {
        var chart = TestCharts.Points("p", 1, double.NaN);

        var ex = Assert.Throws<InvalidOperationException>(() => ChartJson.Figure(chart));
        Assert.Contains("NaN at data[0].y[1]", ex.Message, StringComparison.Ordinal);
    }
}

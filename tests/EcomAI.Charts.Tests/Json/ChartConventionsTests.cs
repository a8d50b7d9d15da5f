using EcomAI.Charts.Json;
using EcomAI.Charts.Tests.Support;

namespace EcomAI.Charts.Tests.Json;

/// <summary>Conventions every EcomAI chart keeps, checked on one chart of each kind built from the samples.</summary>
public class ChartConventionsTests
{
    [Fact]
    public void AllCharts_EveryChart_HasTitleAxisTitlesAndHoverTextOnEveryTrace()
    {
        var problems = new List<string>();
        foreach (var (name, chart) in SampleResults.Value.AllCharts())
        {
            var layout = ChartJson.Layout(chart);
            if (string.IsNullOrWhiteSpace(ChartJson.Title(chart)))
            {
                problems.Add($"{name}: no title");
            }

            // Every axis the traces use needs a title (subplots use xaxis2, yaxis2, ...); a Sankey diagram has no axes,
            // and its hover texts live on its nodes and links.
            var all = ChartJson.Traces(chart);
            foreach (var sankey in all.Where(t => t["type"]?.GetValue<string>() == "sankey"))
            {
                foreach (string part in new[] { "node", "link" })
                {
                    if (!(sankey[part]?["hovertemplate"]?.GetValue<string>() ?? string.Empty).Contains("<extra></extra>", StringComparison.Ordinal))
                    {
                        problems.Add($"{name}: sankey {part}s lack their own hover text");
                    }
                }
            }

            var traces = all.Where(t => t["type"]?.GetValue<string>() != "sankey").ToList();
            var axes = traces.SelectMany(t => new[]
            {
                "xaxis" + (t["xaxis"]?.GetValue<string>() ?? "x")[1..],
                "yaxis" + (t["yaxis"]?.GetValue<string>() ?? "y")[1..],
            }).Distinct();
            foreach (string axis in axes)
            {
                if (string.IsNullOrWhiteSpace(layout[axis]?["title"]?["text"]?.GetValue<string>()))
                {
                    problems.Add($"{name}: {axis} has no title");
                }
            }

            foreach (var trace in traces)
            {
                string template = trace["hovertemplate"]?.GetValue<string>() ?? string.Empty;
                if (!template.Contains("<extra></extra>", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(trace["name"]?.GetValue<string>()))
                {
                    problems.Add($"{name}: trace '{trace["name"]}' lacks a name or its own hover text");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void AllCharts_BuiltTwice_IdenticalJson()
    {
        var first = SampleResults.Value.AllCharts().Select(c => ChartJson.FigureText(c.Chart)).ToList();
        var second = SampleResults.Value.AllCharts().Select(c => ChartJson.FigureText(c.Chart)).ToList();

        Assert.Equal(first, second);
    }
}

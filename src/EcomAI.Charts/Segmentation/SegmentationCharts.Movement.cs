using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// The transition table as a heatmap: one row per segment at the first date (and customers new since then), one
    /// column per segment at the second date; colour = share of the row, text = count.
    /// </summary>
    /// <param name="movement">The movement between two dates.</param>
    /// <returns>
    /// One heatmap trace "Share of the from-segment": <c>z[row][column]</c> = share of from, <c>text</c> = counts (blank for 0),
    /// <c>x</c> = to-labels, <c>y</c> = from-labels.
    /// </returns>
    public static GenericChart TransitionHeatmap(SegmentMovement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var rows = movement.Transitions.Select(t => (t.FromSegment, t.FromLabel)).Distinct().ToList();
        var columns = movement.Transitions.Select(t => (t.ToSegment, t.ToLabel)).Distinct().ToList();
        if (rows.Count == 0 || columns.Count == 0)
        {
            throw new ArgumentException("The movement has no transitions to chart.", nameof(movement));
        }

        var lookup = movement.Transitions.ToDictionary(t => (t.FromSegment, t.ToSegment));
        var z = new double[rows.Count][];
        var text = new string[rows.Count][];
        var counts = new string[rows.Count][];
        for (int i = 0; i < rows.Count; i++)
        {
            z[i] = new double[columns.Count];
            text[i] = new string[columns.Count];
            counts[i] = new string[columns.Count];
            for (int j = 0; j < columns.Count; j++)
            {
                var t = lookup[(rows[i].FromSegment, columns[j].ToSegment)];
                z[i][j] = t.ShareOfFrom;
                counts[i][j] = t.Count == 0 ? string.Empty : Fmt.I(t.Count);
                text[i][j] = $"{t.FromLabel} → {t.ToLabel}<br>{Fmt.I(t.Count)} customers<br>{Fmt.Pct(t.ShareOfFrom)} of {t.FromLabel}; {Fmt.Pct(t.ShareOfAll)} of all";
            }
        }

        string[] x = columns.Select(c => c.ToLabel).ToArray();
        string[] y = rows.Select(r => r.FromLabel).ToArray();
        var heatmap = CSharpChart.Heatmap<double, string, string, string>(z, X: x, Y: y, Name: "Share of the from-segment");
        Trace trace = ChartStyle.Only(heatmap);
        // Counts are written in the cells; the sentence per cell is the hover text.
        trace.SetProperty("text", counts);
        trace.SetProperty("texttemplate", "%{text}");
        trace.SetProperty("customdata", text);
        trace.SetProperty("hovertemplate", "%{customdata}<extra></extra>");
        trace.SetProperty("colorscale", LightBlues);
        trace.SetProperty("zmin", 0);
        trace.SetProperty("zmax", 1);
        trace.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "Share of row" } });
        return ChartStyle.Finish(
            heatmap,
            $"Segment movement {Fmt.Date(movement.FromDate)} → {Fmt.Date(movement.ToDate)}: {Fmt.I(movement.Stayed)} of {Fmt.I(movement.ReturningCustomers)} stayed, {Fmt.I(movement.NewCustomers)} new",
            $"Segment at {Fmt.Date(movement.ToDate)}", $"Segment at {Fmt.Date(movement.FromDate)}",
            yAxis: new Dictionary<string, object> { ["autorange"] = "reversed" },
            width: 980, height: 620);
    }

    /// <summary>
    /// Movement as a Sankey diagram: segments at the first date on the left, at the second on the right, one band per
    /// non-empty transition, as wide as its number of customers.
    /// </summary>
    /// <param name="movement">The movement between two dates.</param>
    /// <returns>One <c>sankey</c> trace: nodes = from-labels then to-labels; links (source, target, value) = the non-zero transitions.</returns>
    public static GenericChart MovementSankey(SegmentMovement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        var rows = movement.Transitions.Select(t => (t.FromSegment, t.FromLabel)).Distinct().ToList();
        var columns = movement.Transitions.Select(t => (t.ToSegment, t.ToLabel)).Distinct().ToList();
        var links = movement.Transitions.Where(t => t.Count > 0).ToList();
        if (links.Count == 0)
        {
            throw new ArgumentException("The movement has no customers to chart.", nameof(movement));
        }

        string from = Fmt.Date(movement.FromDate), to = Fmt.Date(movement.ToDate);
        var labels = rows.Select(r => r.FromLabel).Concat(columns.Select(c => c.ToLabel)).ToArray();
        var trace = new Trace("sankey");
        trace.SetProperty("name", "Customers");
        trace.SetProperty("node", new Dictionary<string, object>
        {
            ["label"] = labels,
            ["customdata"] = rows.Select(_ => from).Concat(columns.Select(_ => to)).ToArray(),
            ["hovertemplate"] = "%{label} at %{customdata}: %{value} customers<extra></extra>",
            ["pad"] = 12,
            ["thickness"] = 18,
        });
        trace.SetProperty("link", new Dictionary<string, object>
        {
            ["source"] = links.Select(t => rows.IndexOf((t.FromSegment, t.FromLabel))).ToArray(),
            ["target"] = links.Select(t => rows.Count + columns.IndexOf((t.ToSegment, t.ToLabel))).ToArray(),
            ["value"] = links.Select(t => t.Count).ToArray(),
            ["customdata"] = links.Select(t => $"{t.FromLabel} → {t.ToLabel}: {Fmt.I(t.Count)} customers ({Fmt.Pct(t.ShareOfFrom)} of {t.FromLabel})").ToArray(),
            ["hovertemplate"] = "%{customdata}<extra></extra>",
        });
        var layout = new Layout();
        layout.SetProperty("title", new Dictionary<string, object> { ["text"] = $"Segment movement {from} (left) → {to} (right)" });
        layout.SetProperty("width", 980);
        layout.SetProperty("height", 620);
        return GenericChart.addLayout(layout, GenericChart.ofTraceObject(true, trace));
    }
}

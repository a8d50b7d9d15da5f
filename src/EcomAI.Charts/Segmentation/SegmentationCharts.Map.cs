using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// The standard RFM map (<see cref="RfmSegmentMap"/>): customers in each cell of the recency score (rows, 1–5) ×
    /// frequency-monetary score (columns, 1–5) grid, each cell labelled with its segment name and count.
    /// </summary>
    /// <param name="rfm">The RFM table.</param>
    /// <returns>One heatmap trace "Customers": <c>x</c> = FM 1..5, <c>y</c> = R 1..5, <c>z[r − 1][fm − 1]</c> = customers; one layout annotation per cell.</returns>
    public static GenericChart RfmMap(RfmTable rfm)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        if (rfm.Count == 0)
        {
            throw new ArgumentException("The RFM table has no customers to chart.", nameof(rfm));
        }

        var counts = new int[5][];
        for (int r = 0; r < 5; r++)
        {
            counts[r] = new int[5];
        }

        foreach (RfmRecord c in rfm.Customers)
        {
            counts[c.RScore - 1][RfmSegmentMap.FmScore(c.FScore, c.MScore) - 1]++;
        }

        int[] scores = [1, 2, 3, 4, 5];
        var heatmap = CSharpChart.Heatmap<int, int, int, string>(counts, X: scores, Y: scores, Name: "Customers");
        Trace t = ChartStyle.Only(heatmap);
        var text = new string[5][];
        var annotations = new List<Dictionary<string, object>>();
        for (int r = 0; r < 5; r++)
        {
            text[r] = new string[5];
            for (int fm = 0; fm < 5; fm++)
            {
                string segment = RfmSegmentMap.SegmentOf(r + 1, fm + 1);
                int n = counts[r][fm];
                text[r][fm] = $"{segment}<br>R score {r + 1}, FM score {fm + 1}<br>Customers: {Fmt.I(n)} ({Fmt.Pct(n / (double)rfm.Count)})";
                annotations.Add(new Dictionary<string, object>
                {
                    ["x"] = fm + 1,
                    ["y"] = r + 1,
                    ["text"] = $"{segment}<br>{Fmt.I(n)}",
                    ["showarrow"] = false,
                    ["font"] = new Dictionary<string, object> { ["size"] = 11 },
                });
            }
        }

        t.SetProperty("text", text);
        t.SetProperty("hovertemplate", "%{text}<extra></extra>");
        t.SetProperty("colorscale", LightBlues);
        t.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "Customers" } });
        var axis = new Dictionary<string, object> { ["dtick"] = 1 };
        return ChartStyle.Finish(
            heatmap,
            $"RFM map: {Fmt.I(rfm.Count)} customers by segment, as of {Fmt.Date(rfm.AsOf)}",
            "FM score (mean of F and M; 5 = most orders and spend)", "Recency score R (5 = most recent)",
            xAxis: axis, yAxis: axis, width: 900, height: 700,
            extraLayout: new Dictionary<string, object> { ["annotations"] = annotations });
    }

    /// <summary>
    /// The RFM map of a segmentation's customers (<see cref="RfmMap(RfmTable)"/>) with, for K-means, each segment marked
    /// in the cell its centre falls in (the cell that named it).
    /// </summary>
    /// <param name="result">The segmentation.</param>
    /// <returns>The map's heatmap, then (K-means) a trace "Segment centres" with one marker per segment.</returns>
    public static GenericChart RfmMap(SegmentationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var map = RfmMap(result.Rfm);
        if (result.Method != SegmentationMethod.KMeans)
        {
            return map;
        }

        // Segments sharing a cell are spread across it so each marker stays visible.
        var ordered = result.Profiles.OrderBy(p => p.Segment).ToList();
        var x = new double[ordered.Count];
        var y = new double[ordered.Count];
        foreach (var cell in ordered.GroupBy(p => (p.RScore, p.FmScore)))
        {
            var members = cell.ToList();
            for (int i = 0; i < members.Count; i++)
            {
                int s = ordered.IndexOf(members[i]);
                x[s] = members[i].FmScore - 0.3 + (0.6 * (i + 1) / (members.Count + 1));
                y[s] = members[i].RScore - 0.25;
            }
        }

        var centres = CSharpChart.Scatter<double, double, string>(x, y, StyleParam.Mode.Markers_Text, Name: "Segment centres");
        Trace t = ChartStyle.Only(centres);
        t.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "x", ["size"] = 12, ["color"] = "black" });
        t.SetProperty("textposition", "bottom center");
        t.SetProperty("texttemplate", ordered.Select(p => $"{p.Segment}").ToArray());
        ChartStyle.HoverText(t, ordered.Select(p =>
            $"Segment {p.Segment}: {p.Label}<br>Centre in cell R {p.RScore}, FM {p.FmScore} ({p.MapSegment})<br>{Fmt.I(p.Size)} customers ({Fmt.Pct(p.Share)})"));
        var combined = CSharpChart.Combine([map, centres]);
        return GenericChart.addLayout(GenericChart.getLayout(map), combined);
    }

    /// <summary>White to mid blue, light enough for black cell labels to stay readable.</summary>
    private static readonly object[][] LightBlues = [[0, "#f7fbff"], [0.5, "#c6dbef"], [1, "#6baed6"]];
}

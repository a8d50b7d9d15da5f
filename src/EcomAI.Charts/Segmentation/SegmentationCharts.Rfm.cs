using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

public static partial class SegmentationCharts
{
    /// <summary>
    /// The RFM score grid: number of customers for each recency score (columns, 1–5) and frequency score
    /// (rows, 1–5), with the mean monetary value of each cell in its hover text.
    /// </summary>
    /// <param name="rfm">The RFM table.</param>
    /// <returns>One heatmap trace: <c>x</c> = R scores 1..5, <c>y</c> = F scores 1..5, <c>z[f − 1][r − 1]</c> = customers.</returns>
    public static GenericChart RfmGrid(RfmTable rfm)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        if (rfm.Count == 0)
        {
            throw new ArgumentException("The RFM table has no customers to chart.", nameof(rfm));
        }

        var counts = new int[5][];
        var sums = new double[5, 5];
        for (int f = 0; f < 5; f++)
        {
            counts[f] = new int[5];
        }

        foreach (RfmRecord c in rfm.Customers)
        {
            if (c.RScore is < 1 or > 5 || c.FScore is < 1 or > 5)
            {
                throw new ArgumentException(
                    $"Customer {c.CustomerId} has scores R = {c.RScore}, F = {c.FScore}; scores must be 1 to 5.", nameof(rfm));
            }

            counts[c.FScore - 1][c.RScore - 1]++;
            sums[c.FScore - 1, c.RScore - 1] += c.Monetary;
        }

        int[] scores = [1, 2, 3, 4, 5];
        var heatmap = CSharpChart.Heatmap<int, int, int, string>(counts, X: scores, Y: scores, Name: "Customers");
        Trace t = ChartStyle.Only(heatmap);
        string monetary = rfm.Monetary.ToString();
        var text = new string[5][];
        for (int f = 0; f < 5; f++)
        {
            text[f] = new string[5];
            for (int r = 0; r < 5; r++)
            {
                int n = counts[f][r];
                text[f][r] = $"R score {r + 1}, F score {f + 1}<br>Customers: {Fmt.I(n)} ({Fmt.Pct(n / (double)rfm.Count)})"
                    + $"<br>Mean monetary ({monetary}): {(n == 0 ? "n/a" : Fmt.N(sums[f, r] / n))}";
            }
        }

        t.SetProperty("text", text);
        t.SetProperty("hovertemplate", "%{text}<extra></extra>");
        t.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "Customers" } });
        var axis = new Dictionary<string, object> { ["dtick"] = 1 };
        return ChartStyle.Finish(
            heatmap,
            $"RFM score grid ({Fmt.I(rfm.Count)} customers, as of {Fmt.Date(rfm.AsOf)})",
            "Recency score R (5 = most recent)", "Frequency score F (5 = most orders)",
            xAxis: axis, yAxis: axis, width: 760, height: 620);
    }
}

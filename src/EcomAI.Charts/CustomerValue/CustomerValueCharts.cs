using EcomAI.Charts.Styling;
using EcomAI.Core.CustomerValue;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.CustomerValue;

/// <summary>
/// Charts of customer-value results: P(alive) over frequency × recency, calibration against holdout purchases, the CLV
/// distribution, CLV by RFM segment, and the cohort's cumulative repeat purchases. Pure functions of the results.
/// </summary>
public static partial class CustomerValueCharts
{
    /// <summary>
    /// P(alive) for customers of age T over every recency 0..T (x) and frequency 0..maxFrequency (y): the heatmap of
    /// lifetimes' <c>plot_probability_alive_matrix</c>. High frequency with an old last purchase means the customer has
    /// probably left; a customer without repeats is alive with probability 1 under BG/NBD.
    /// </summary>
    /// <param name="model">The purchase model.</param>
    /// <param name="maxFrequency">Largest frequency shown.</param>
    /// <param name="t">Age T of the customers (the recency axis runs from 0 to T).</param>
    /// <returns>One heatmap trace: x = recency, y = frequency 0..maxFrequency, z[x][j] = P(alive).</returns>
    public static GenericChart ProbabilityAlive(BgNbdModel model, int maxFrequency, double t)
    {
        ArgumentNullException.ThrowIfNull(model);
        var grid = model.ProbabilityAliveGrid(maxFrequency, t);
        int columns = grid.Recencies.Count;
        var z = new double[grid.MaxFrequency + 1][];
        var text = new string[grid.MaxFrequency + 1][];
        string unit = Unit(model.TimeUnit);
        for (int x = 0; x <= grid.MaxFrequency; x++)
        {
            z[x] = new double[columns];
            text[x] = new string[columns];
            for (int j = 0; j < columns; j++)
            {
                z[x][j] = grid[x, j];
                text[x][j] = $"Frequency {x} repeat purchases<br>Last purchase {Fmt.N(grid.Recencies[j], 1)} {unit} after the first"
                    + $"<br>Age T = {Fmt.N(t, 1)} {unit}<br>P(alive) = {Fmt.Pct(grid[x, j])}";
            }
        }

        var heatmap = CSharpChart.Heatmap<double, double, int, string>(z, X: grid.Recencies.ToArray(), Y: Enumerable.Range(0, grid.MaxFrequency + 1).ToArray(), Name: "P(alive)");
        Trace trace = ChartStyle.Only(heatmap);
        trace.SetProperty("text", text);
        trace.SetProperty("hovertemplate", "%{text}<extra></extra>");
        trace.SetProperty("zmin", 0.0);
        trace.SetProperty("zmax", 1.0);
        trace.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "P(alive)" } });
        return ChartStyle.Finish(heatmap,
            $"Probability a customer is still active, by frequency and recency<br><sub>customers of age T = {Fmt.N(t, 1)} {unit}</sub>",
            $"Recency: time from first to last purchase ({unit})", "Frequency: repeat purchases",
            width: 820, height: 620);
    }

    /// <summary>The P(alive) heatmap for a result: frequencies up to the 99th percentile (at least 5, at most 40), T = the oldest customer's age.</summary>
    public static GenericChart ProbabilityAlive(CustomerValueResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var frequencies = result.Summary.Frequency.Order().ToArray();
        int p99 = frequencies[(int)Math.Min(frequencies.Length - 1, Math.Floor(0.99 * frequencies.Length))];
        double t = result.Summary.T.Max();
        return ProbabilityAlive(result.PurchaseModel, Math.Clamp(p99, 5, 40), t > 0 ? t : 1);
    }

    internal static string Unit(TimeUnit unit) => unit.ToString().ToLowerInvariant() + "s";
}

using EcomAI.Charts.Styling;
using EcomAI.Core.Segmentation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Segmentation;

/// <summary>
/// Charts of customer segmentation results: customers in two dimensions coloured by segment with the centres,
/// inertia and silhouette against K with the recommended K, segment profiles in original units, the RFM score grid,
/// the standard RFM map, and movement between two dates (transition heatmap and Sankey). Pure functions of the
/// results (no I/O).
/// </summary>
public static partial class SegmentationCharts
{
    /// <summary>Default cap on customers drawn in <see cref="CustomerMap"/> (the page stays light; centres use everyone).</summary>
    public const int DefaultMaxPoints = 5000;

    /// <summary>
    /// Customers projected on the two leading principal components of the scaled RFM features (the values after the
    /// result's signed log1p and scaling, the space K-means clusters in), one colour per segment, centres marked with a
    /// cross (the K-means centres; for the RFM map, the members' mean). Axis titles give each component's share of the variance.
    /// </summary>
    /// <param name="result">The segmentation.</param>
    /// <param name="maxPoints">At most this many customers are drawn (every k-th customer in table order when there are more; the title says so).</param>
    /// <returns>One trace per segment ("1: label"), best segment first, then "Segment centres".</returns>
    /// <remarks>PCA is fitted on all customers (see <see cref="PrincipalComponents"/>); the centres are projected with the same components.</remarks>
    public static GenericChart CustomerMap(SegmentationResult result, int maxPoints = DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 1);
        if (result.Customers.Count < 2)
        {
            throw new ArgumentException($"A customer map needs at least 2 customers; the result has {result.Customers.Count}.", nameof(result));
        }

        double[,] scaled = result.Scaler.Transform(result.Rfm.ToFeatureArray());
        var pca = PrincipalComponents.Fit(scaled);
        double[,] xy = pca.Project(scaled);
        double[,] centres = pca.Project(ScaledCentres(result, scaled));

        int n = result.Customers.Count;
        int step = (int)Math.Ceiling(n / (double)maxPoints);
        var traces = new List<GenericChart>();
        foreach (SegmentProfile profile in result.Profiles.OrderBy(p => p.Segment))
        {
            var rows = Enumerable.Range(0, n)
                .Where(i => i % step == 0 && result.Customers[i].Segment == profile.Segment)
                .ToList();
            var chart = CSharpChart.Scatter<double, double, string>(
                rows.Select(i => xy[i, 0]), rows.Select(i => xy[i, 1]), StyleParam.Mode.Markers,
                Name: $"{profile.Segment}: {profile.Label} ({Fmt.I(profile.Size)})");
            ChartStyle.HoverText(ChartStyle.Only(chart), rows.Select(i =>
            {
                CustomerSegment c = result.Customers[i];
                return $"Customer {c.CustomerId}<br>Segment {c.Segment}: {c.Label}<br>Recency: {Fmt.I(c.RecencyDays)} days"
                    + $"<br>Frequency: {Fmt.I(c.Frequency)} orders<br>Monetary: {Fmt.N(c.Monetary)}<br>RFM scores: {c.RfmCode}";
            }));
            traces.Add(chart);
        }

        var ordered = result.Profiles.OrderBy(p => p.Segment).ToList();
        var centreChart = CSharpChart.Scatter<double, double, string>(
            ordered.Select((_, s) => centres[s, 0]), ordered.Select((_, s) => centres[s, 1]), StyleParam.Mode.Markers,
            Name: "Segment centres");
        Trace t = ChartStyle.Only(centreChart);
        t.SetProperty("marker", new Dictionary<string, object>
        {
            ["symbol"] = "x",
            ["size"] = 14,
            ["color"] = "black",
            ["line"] = new Dictionary<string, object> { ["width"] = 1, ["color"] = "white" },
        });
        ChartStyle.HoverText(t, ordered.Select(p =>
            $"Centre of segment {p.Segment}: {p.Label}<br>{Fmt.I(p.Size)} customers ({Fmt.Pct(p.Share)})"
            + $"<br>Mean recency: {Fmt.N(p.MeanRecencyDays, 1)} days<br>Mean frequency: {Fmt.N(p.MeanFrequency, 1)} orders"
            + $"<br>Mean monetary: {Fmt.N(p.MeanMonetary)}"));
        traces.Add(centreChart);

        double r1 = pca.ExplainedVarianceRatio[0], r2 = pca.ExplainedVarianceRatio[1];
        string shown = step > 1 ? $"; 1 in {step} of {Fmt.I(n)} customers drawn" : string.Empty;
        string title = $"Customers by segment: principal components of the scaled RFM features ({Fmt.Pct(r1 + r2)} of variance shown{shown})";
        return ChartStyle.Finish(
            CSharpChart.Combine(traces), title,
            $"PC1 ({Fmt.Pct(r1)} of variance, scaled units)", $"PC2 ({Fmt.Pct(r2)} of variance, scaled units)");
    }

    /// <summary>One centre per profile, in segment order: the K-means centre, or the mean of the members (RFM map, or an empty K-means segment's centre).</summary>
    private static double[,] ScaledCentres(SegmentationResult result, double[,] scaled)
    {
        var ordered = result.Profiles.OrderBy(p => p.Segment).ToList();
        int d = scaled.GetLength(1);
        var centres = new double[ordered.Count, d];
        for (int s = 0; s < ordered.Count; s++)
        {
            var profile = ordered[s];
            if (result.Model is { } model)
            {
                for (int f = 0; f < d; f++)
                {
                    centres[s, f] = model.Centre(profile.Cluster, f);
                }

                continue;
            }

            var members = Enumerable.Range(0, result.Customers.Count).Where(i => result.Customers[i].Segment == profile.Segment).ToList();
            for (int f = 0; f < d; f++)
            {
                centres[s, f] = members.Count == 0 ? double.NaN : members.Average(i => scaled[i, f]);
            }
        }

        return centres;
    }
}

using EcomAI.Charts.Styling;
using EcomAI.Core.Recommendation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Recommendation;

public static partial class RecommendationCharts
{
    /// <summary>Metric name, its value in a result (null = not defined, drawn as a gap), and whether lower is better.</summary>
    private static readonly (string Name, Func<EvaluationMetrics, double?> Value, bool LowerIsBetter)[] AllMetrics =
    [
        ("RMSE", m => m.Rmse, true),
        ("MAE", m => m.Mae, true),
        ("Precision@K", m => m.PrecisionAtK, false),
        ("Recall@K", m => m.RecallAtK, false),
        ("NDCG@K", m => m.NdcgAtK, false),
        ("MAP@K", m => m.MapAtK, false),
        ("MAP", m => m.Map, false),
        ("Hit rate", m => m.HitRate, false),
        ("Coverage", m => m.Coverage, false),
    ];

    /// <summary>
    /// Mean evaluation metrics side by side per method: grouped bars, one series per evaluated algorithm, one group
    /// per metric (RMSE and MAE: lower is better; the rest: higher is better). Undefined metrics are gaps. Novelty (bits, not a
    /// share) is left out of the chart; it is in every result's table.
    /// </summary>
    /// <param name="results">Results of the methods to compare (distinct algorithm names).</param>
    /// <returns>One bar trace per result named by its algorithm; <c>x</c> = metric names, <c>y</c> = mean values (null when undefined).</returns>
    public static GenericChart MetricsByMethod(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("No evaluation results were given.", nameof(results));
        }

        string? duplicate = list.GroupBy(r => r.Algorithm, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Algorithm '{duplicate}' appears twice: compare each method once (use MetricsByK for several K).", nameof(results));
        }

        // Metrics no result defines (e.g. RMSE on purchase data) are left out rather than shown as empty groups.
        var metrics = AllMetrics.Where(m => list.Any(r => m.Value(r.Mean) is not null)).ToList();
        string[] names = metrics.Select(m => m.Name + (m.LowerIsBetter ? " ↓" : " ↑")).ToArray();
        var traces = new List<GenericChart>();
        foreach (EvaluationResult r in list)
        {
            var bars = CSharpChart.Column<double, string, string>(metrics.Select(_ => 0.0), Keys: names, Name: r.Algorithm);
            Trace t = ChartStyle.Only(bars);
            t.SetProperty("y", metrics.Select(m => m.Value(r.Mean)).ToArray());
            ChartStyle.BarHoverText(t, metrics.Select(m =>
                $"{r.Algorithm}<br>{m.Name}: {(m.Value(r.Mean) is double v ? Fmt.N(v, 4) : "not defined")}"
                + $"<br>K = {r.Mean.K}, {r.Method}"));
            traces.Add(bars);
        }

        var extra = new Dictionary<string, object> { ["barmode"] = "group" };
        return ChartStyle.Finish(
            CSharpChart.Combine(traces),
            $"Evaluation by method ({list[0].Method}; ↓ lower is better, ↑ higher is better)",
            "Metric", "Mean over folds (ratings scale for RMSE/MAE, share 0–1 otherwise)", extraLayout: extra);
    }

    /// <summary>
    /// Ranking metrics against K: one line per metric (Precision@K, Recall@K, NDCG@K, MAP@K, hit rate) and
    /// algorithm, from results evaluated at different K.
    /// </summary>
    /// <param name="results">Results; per algorithm each K at most once.</param>
    /// <returns>Line traces named "metric" (one algorithm) or "metric: algorithm"; <c>x</c> = K ascending.</returns>
    public static GenericChart MetricsByK(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("No evaluation results were given.", nameof(results));
        }

        var byAlgorithm = list.GroupBy(r => r.Algorithm, StringComparer.Ordinal).ToList();
        foreach (var g in byAlgorithm)
        {
            int? twice = g.GroupBy(r => r.Mean.K).FirstOrDefault(k => k.Count() > 1)?.Key;
            if (twice is not null)
            {
                throw new ArgumentException($"Algorithm '{g.Key}' has two results at K = {twice}: pass one per K.", nameof(results));
            }
        }

        var ranking = AllMetrics.Where(m => !m.LowerIsBetter && m.Name != "Coverage").ToList();
        var traces = new List<GenericChart>();
        foreach (var g in byAlgorithm)
        {
            var rows = g.OrderBy(r => r.Mean.K).ToList();
            foreach (var metric in ranking)
            {
                string name = byAlgorithm.Count == 1 ? metric.Name : $"{metric.Name}: {g.Key}";
                var line = CSharpChart.Scatter<int, double, string>(
                    rows.Select(r => r.Mean.K), rows.Select(_ => 0.0), StyleParam.Mode.Lines_Markers, Name: name);
                Trace t = ChartStyle.Only(line);
                t.SetProperty("y", rows.Select(r => metric.Value(r.Mean)).ToArray());
                ChartStyle.HoverText(t, rows.Select(r =>
                    $"{g.Key}<br>K = {r.Mean.K}<br>{metric.Name}: {(metric.Value(r.Mean) is double v ? Fmt.N(v, 4) : "not defined")}"));
                traces.Add(line);
            }
        }

        return ChartStyle.Finish(
            CSharpChart.Combine(traces),
            $"Ranking metrics against K ({list[0].Method})",
            "K (length of the top-K list)", "Mean over folds (share, 0–1)",
            xAxis: new Dictionary<string, object> { ["dtick"] = 1 });
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>Result of cross-validation or a holdout evaluation.</summary>
/// <param name="Algorithm">The evaluated recommender's <see cref="Recommender.Name"/>.</param>
/// <param name="Method">The protocol, e.g. "per-user stratified 25% test (seed 42)" or "5-fold CV (seed 1)".</param>
/// <param name="Folds">Per-fold metrics (one entry for a holdout).</param>
/// <param name="Mean">Mean over folds.</param>
/// <param name="FitSeconds">Total wall time spent fitting, over folds.</param>
/// <param name="TestSeconds">Total wall time spent predicting and ranking, over folds.</param>
public sealed record EvaluationResult(string Algorithm, string Method, IReadOnlyList<EvaluationMetrics> Folds, EvaluationMetrics Mean,
    double FitSeconds, double TestSeconds)
{
    /// <summary>One row per fold plus a "mean" row; columns: algorithm, fold, rmse, mae, precision_at_k, recall_at_k, ndcg_at_k, map_at_k, map, hit_rate, coverage, novelty, k, predictions, fallbacks, users.</summary>
    public DataFrame ToDataFrame()
    {
        var algorithm = new StringDataFrameColumn("algorithm");
        var fold = new StringDataFrameColumn("fold");
        var rmse = new DoubleDataFrameColumn("rmse");
        var mae = new DoubleDataFrameColumn("mae");
        var p = new DoubleDataFrameColumn("precision_at_k");
        var r = new DoubleDataFrameColumn("recall_at_k");
        var ndcg = new DoubleDataFrameColumn("ndcg_at_k");
        var mapK = new DoubleDataFrameColumn("map_at_k");
        var map = new DoubleDataFrameColumn("map");
        var hit = new DoubleDataFrameColumn("hit_rate");
        var cov = new DoubleDataFrameColumn("coverage");
        var nov = new DoubleDataFrameColumn("novelty");
        var k = new Int32DataFrameColumn("k");
        var n = new Int32DataFrameColumn("predictions");
        var fb = new Int32DataFrameColumn("fallbacks");
        var users = new Int32DataFrameColumn("users");
        void Add(string name, EvaluationMetrics m)
        {
            algorithm.Append(Algorithm);
            fold.Append(name);
            rmse.Append(m.Rmse);
            mae.Append(m.Mae);
            p.Append(m.PrecisionAtK);
            r.Append(m.RecallAtK);
            ndcg.Append(m.NdcgAtK);
            mapK.Append(m.MapAtK);
            map.Append(m.Map);
            hit.Append(m.HitRate);
            cov.Append(m.Coverage);
            nov.Append(m.Novelty);
            k.Append(m.K);
            n.Append(m.Predictions);
            fb.Append(m.FallbackPredictions);
            users.Append(m.UsersEvaluated);
        }

        for (int f = 0; f < Folds.Count; f++)
        {
            Add((f + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Folds[f]);
        }

        Add("mean", Mean);
        return new DataFrame(algorithm, fold, rmse, mae, p, r, ndcg, mapK, map, hit, cov, nov, k, n, fb, users);
    }
}

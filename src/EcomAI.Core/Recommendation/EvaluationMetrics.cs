namespace EcomAI.Core.Recommendation;

/// <summary>Metrics of one train/test split (or their mean over folds). Null means "not defined here", never a silent 0.</summary>
/// <param name="Rmse">Root mean squared error of the test predictions (models that predict ratings, on ratings; else null).</param>
/// <param name="Mae">Mean absolute error (same condition).</param>
/// <param name="Predictions">Number of test interactions predicted (0 when no rating is predicted).</param>
/// <param name="FallbackPredictions">How many of them fell back (unknown user/item or too few neighbours).</param>
/// <param name="K">K of the ranking metrics.</param>
/// <param name="PrecisionAtK">Mean Precision@K over evaluated users (see <see cref="RankingMetrics"/>).</param>
/// <param name="RecallAtK">Mean Recall@K.</param>
/// <param name="NdcgAtK">Mean NDCG@K (binary gains).</param>
/// <param name="MapAtK">MAP@K: mean AP normalised by min(K, R).</param>
/// <param name="Map">MAP as Microsoft Recommenders' <c>map</c>: mean AP normalised by R.</param>
/// <param name="HitRate">Share of evaluated users with at least one relevant item in their top K.</param>
/// <param name="Coverage">Catalogue coverage: distinct items in all evaluated top-K lists / items with a training interaction.</param>
/// <param name="Novelty">Mean over all recommended items of −log2(n_i / N), n_i the item's training interactions and N all of them
/// (Castells, Vargas &amp; Wang 2011, as Microsoft Recommenders' <c>novelty</c>); bits, higher = less popular items.</param>
/// <param name="UsersEvaluated">Users with a training history and at least one relevant test item (the others are not ranked).</param>
public sealed record EvaluationMetrics(
    double? Rmse, double? Mae, int Predictions, int FallbackPredictions, int K,
    double? PrecisionAtK, double? RecallAtK, double? NdcgAtK, double? MapAtK, double? Map, double? HitRate, double? Coverage, double? Novelty,
    int UsersEvaluated)
{
    /// <summary>One row with every metric (null metrics are missing values).</summary>
    public Microsoft.Data.Analysis.DataFrame ToDataFrame() =>
        new EvaluationResult("", "single split", [this], this, 0, 0).ToDataFrame().Head(1);

    /// <summary>Unweighted mean over folds (as Surprise reports cross-validation); counts are summed.</summary>
    internal static EvaluationMetrics Mean(IReadOnlyList<EvaluationMetrics> folds)
    {
        static double? Avg(IEnumerable<double?> xs)
        {
            var list = xs.ToList();
            return list.Any(x => x is null) ? null : list.Average(x => x!.Value);
        }

        return new EvaluationMetrics(
            Avg(folds.Select(f => f.Rmse)), Avg(folds.Select(f => f.Mae)), folds.Sum(f => f.Predictions), folds.Sum(f => f.FallbackPredictions), folds[0].K,
            Avg(folds.Select(f => f.PrecisionAtK)), Avg(folds.Select(f => f.RecallAtK)), Avg(folds.Select(f => f.NdcgAtK)),
            Avg(folds.Select(f => f.MapAtK)), Avg(folds.Select(f => f.Map)), Avg(folds.Select(f => f.HitRate)), Avg(folds.Select(f => f.Coverage)),
            Avg(folds.Select(f => f.Novelty)), folds.Sum(f => f.UsersEvaluated));
    }
}

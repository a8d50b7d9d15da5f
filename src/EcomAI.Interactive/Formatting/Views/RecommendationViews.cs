using System.Globalization;
using EcomAI.Charts.Recommendation;
using EcomAI.Core.Recommendation;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of the recommendation results (pure).</summary>
internal static class RecommendationViews
{
    public static ResultView Of(RecommendationList list)
    {
        var summary = list.IsFallback ? new[] { "Popularity fallback: " + (list.FallbackReason ?? "no personal history") } : [];
        return new ResultView(F($"Top {list.Items.Count} for {list.UserId}"), summary, list.ToDataFrame(),
            list.Items.Count == 0 ? [] : [() => RecommendationCharts.TopN(list)]);
    }

    public static ResultView Of(BatchRecommendations batch) =>
        new(F($"Recommendations for {batch.Lists.Count} users"), [], batch.ToDataFrame(), []);

    public static ResultView Of(EvaluationResult result)
    {
        var m = result.Mean;
        string rmse = m.Rmse is double r ? F($"RMSE {r:G4}") : "no RMSE";
        string ndcg = m.NdcgAtK is double n ? F($", NDCG@{m.K} {n:G4}") : "";
        return new ResultView(F($"{result.Algorithm} ({result.Method}): {rmse}{ndcg}"), [], result.ToDataFrame(),
            [() => RecommendationCharts.MetricsByMethod([result])]);
    }

    public static ResultView Of(EvaluationMetrics metrics)
    {
        string rmse = metrics.Rmse is double r ? F($"RMSE {r:G4}") : "no RMSE";
        string ndcg = metrics.NdcgAtK is double n ? F($", NDCG@{metrics.K} {n:G4}") : "";
        return new ResultView(F($"Evaluation: {rmse}{ndcg} over {metrics.Predictions} predictions"), [], metrics.ToDataFrame(), []);
    }

    public static ResultView Of(PredictionList predictions) =>
        new(F($"{predictions.Predictions.Count} predicted ratings ({predictions.Predictions.Count(p => p.IsFallback)} by fallback)"), [], predictions.ToDataFrame(), []);

    public static ResultView Of(NeighborList neighbors) =>
        new(F($"Most similar to {neighbors.Id}"), [], neighbors.ToDataFrame(), []);

    public static ResultView Of(InteractionMatrix matrix) =>
        new(F($"{matrix.Kind} interactions: {matrix.UserCount} users, {matrix.ItemCount} items, {matrix.Count} values"), [], matrix.ToDataFrame(), []);

    public static ResultView Of(Prediction prediction) =>
        new(F($"Predicted rating of {prediction.ItemId} by {prediction.UserId}: {prediction.Estimate:G6}"), [], prediction.ToDataFrame(), []);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Text.Json.Nodes;
using EcomAI.Charts.Json;
using EcomAI.Charts.Recommendation;
using EcomAI.Core.Recommendation;

namespace EcomAI.Charts.Tests.Recommendation;

public class RecommendationChartsTests
{
    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static double?[] Nullable(JsonNode? array) => array!.AsArray().Select(v => v is null ? (double?)null : v.GetValue<double>()).ToArray();

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<string>()).ToArray();

    private static EvaluationMetrics Metrics(int k, double? rmse, double precision, double ndcg) =>
        new(rmse, rmse is null ? null : rmse - 0.2, 100, 0, k, precision, precision * 2, ndcg, ndcg / 2, ndcg / 3, 0.9, 0.3, 7.5, 50);

    private static EvaluationResult Result(string algorithm, EvaluationMetrics mean) =>
        new(algorithm, "5-fold CV (seed 1)", [mean], mean, 0.1, 0.1);

    [Fact]
    public void TopN_PersonalAndFallbackItems_HorizontalBarsInRankOrderWithReasonsInHover()
    {
        var list = new RecommendationList("u1",
        [
            new RecommendedItem(1, "i9", "Lamp <blue>", 4.6, RecommendationSource.Neighbors,
                [new Contributor("i2", "Shade", 0.9, 0.62, 5), new Contributor("i4", "i4", 0.55, 0.38, 4)], IsItemBased: true, FeedbackKind.Implicit),
            new RecommendedItem(2, "i7", "i7", 4.1, RecommendationSource.Neighbors, [new Contributor("i2", "Shade", 0.8, 1.0, 5)], IsItemBased: true,
                FeedbackKind.Implicit),
            new RecommendedItem(3, "i1", "i1", 12, RecommendationSource.Popularity, [], IsItemBased: true, FeedbackKind.Implicit),
        ], IsFallback: false, FallbackReason: null);

        var chart = RecommendationCharts.TopN(list);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Personal (model)", "Popularity fallback"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal("h", traces[0]["orientation"]!.GetValue<string>());
        Assert.Equal([4.6, 4.1], Numbers(traces[0]["x"]));
        Assert.Equal(["i9", "i7"], Strings(traces[0]["y"]));
        Assert.Equal([12.0], Numbers(traces[1]["x"]));
        Assert.Equal(
            "#1: Lamp &lt;blue&gt; (i9)<br>Score: 4.600<br>Because you bought:<br>• Shade: 62.0% of the score, weight 0.900<br>• i4: 38.0% of the score, weight 0.550",
            traces[0]["text"]![0]!.GetValue<string>());
        Assert.Contains("Popular with all customers", traces[1]["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["i9", "i7", "i1"], Strings(ChartJson.Layout(chart)["yaxis"]!["categoryarray"]));
        Assert.Equal("Top 3 recommendations for user u1", ChartJson.Title(chart));
        Assert.StartsWith("Score", ChartJson.AxisTitle(chart, "xaxis"), StringComparison.Ordinal);
    }

    [Fact]
    public void TopN_FallbackList_TitleGivesTheReason()
    {
        var list = new RecommendationList("new-user", [new RecommendedItem(1, "i1", "i1", 30, RecommendationSource.Popularity, [], false, FeedbackKind.Explicit)],
            IsFallback: true, FallbackReason: "unknown user");

        Assert.Equal("Top 1 recommendations for user new-user (popularity fallback: unknown user)", ChartJson.Title(RecommendationCharts.TopN(list)));
    }

    [Fact]
    public void SimilarityHeatmap_ItemKnn_CosineOverCoRatingUsersComputedByHand()
    {
        // i1 and i2 are co-rated by u1 (5, 3) and u2 (4, 4): cosine = (15 + 16) / (√41 · √25) = 31 / (5√41).
        // i1 and i3 are co-rated by u3 only (1, 2): cosine over one pair = 1·2 / (1 · 2) = 1.
        // i2 and i3 have no common user: 0.
        var data = InteractionMatrix.FromInteractions(
        [
            new Interaction("u1", "i1", 5), new Interaction("u1", "i2", 3),
            new Interaction("u2", "i1", 4), new Interaction("u2", "i2", 4),
            new Interaction("u3", "i1", 1), new Interaction("u3", "i3", 2),
        ]);
        var model = ItemKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 5 });

        var chart = RecommendationCharts.SimilarityHeatmap(model, ["i1", "i2", "i3"]);

        var trace = ChartJson.Traces(chart).Single();
        var z = trace["z"]!.AsArray().Select(Numbers).ToArray();
        double c12 = 31 / (5 * Math.Sqrt(41));
        Assert.Equal(1.0, z[0][0]);
        Assert.Equal(c12, z[0][1], 1e-6);
        Assert.Equal(c12, z[1][0], 1e-6);
        Assert.Equal(1.0, z[0][2], 1e-6);
        Assert.Equal(0.0, z[1][2], 1e-6);
        Assert.Equal(["i1", "i2", "i3"], Strings(trace["x"]));
        Assert.Equal(0.0, trace["zmin"]!.GetValue<double>());
        Assert.Equal("Item–item similarity (Cosine)", ChartJson.Title(chart));
        Assert.Equal("reversed", ChartJson.Layout(chart)["yaxis"]!["autorange"]!.GetValue<string>());
    }

    [Fact]
    public void SimilarityHeatmap_UnknownItem_ThrowsRatherThanShowingZero()
    {
        var data = InteractionMatrix.FromInteractions([new Interaction("u1", "i1", 5), new Interaction("u1", "i2", 3)]);
        var model = ItemKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine });

        var ex = Assert.Throws<ArgumentException>(() => RecommendationCharts.SimilarityHeatmap(model, ["i1", "nope"]));
        Assert.Contains("'nope'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimilarityHeatmap_NegativeSimilarity_SignedScale()
    {
        var table = new Dictionary<(string, string), double> { [("a", "b")] = -0.5, [("b", "a")] = -0.5 };

        var chart = RecommendationCharts.SimilarityHeatmap(["a", "b"], (x, y) => table[(x, y)], "Users", "User");

        var trace = ChartJson.Traces(chart).Single();
        Assert.Equal(-1.0, trace["zmin"]!.GetValue<double>());
        Assert.Equal(-0.5, trace["z"]![0]![1]!.GetValue<double>());
        Assert.Equal("User", ChartJson.AxisTitle(chart, "xaxis"));
    }

    [Fact]
    public void SimilarityHeatmap_DuplicateIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => RecommendationCharts.SimilarityHeatmap(["a", "a"], (_, _) => 0, "t"));
    }

    [Fact]
    public void MetricsByMethod_ExplicitAndImplicitResults_GroupedBarsWithGapsForUndefinedMetrics()
    {
        var results = new[]
        {
            Result("UserKnn", Metrics(10, rmse: 0.95, precision: 0.1, ndcg: 0.2)),
            Result("ItemKnn (implicit)", Metrics(10, rmse: null, precision: 0.15, ndcg: 0.25)),
        };

        var chart = RecommendationCharts.MetricsByMethod(results);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["UserKnn", "ItemKnn (implicit)"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal(
            ["RMSE ↓", "MAE ↓", "Precision@K ↑", "Recall@K ↑", "NDCG@K ↑", "MAP@K ↑", "MAP ↑", "Hit rate ↑", "Coverage ↑"],
            Strings(traces[0]["x"]));
        double?[] first = Nullable(traces[0]["y"]);
        Assert.Equal(0.95, first[0]!.Value, 1e-12);
        Assert.Equal(0.75, first[1]!.Value, 1e-12);
        Assert.Equal(0.2, first[3]!.Value, 1e-12);
        double?[] second = Nullable(traces[1]["y"]);
        Assert.Null(second[0]);
        Assert.Null(second[1]);
        Assert.Equal(0.125, second[5]!.Value, 1e-12);
        Assert.Equal(0.25 / 3, second[6]!.Value, 1e-12);
        Assert.Contains("RMSE: not defined", traces[1]["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("group", ChartJson.Layout(chart)["barmode"]!.GetValue<string>());
    }

    [Fact]
    public void MetricsByMethod_OnlyImplicit_LeavesOutErrorMetrics()
    {
        var traces = ChartJson.Traces(RecommendationCharts.MetricsByMethod([Result("ItemKnn", Metrics(10, null, 0.1, 0.2))]));

        Assert.Equal("Precision@K ↑", Strings(traces[0]["x"])[0]);
    }

    [Fact]
    public void MetricsByK_ResultsAtSeveralK_OneLinePerRankingMetricInKOrder()
    {
        var results = new[]
        {
            Result("ItemKnn", Metrics(10, 0.9, precision: 0.08, ndcg: 0.3)),
            Result("ItemKnn", Metrics(5, 0.9, precision: 0.12, ndcg: 0.25)),
        };

        var chart = RecommendationCharts.MetricsByK(results);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Precision@K", "Recall@K", "NDCG@K", "MAP@K", "MAP", "Hit rate"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal([5.0, 10], Numbers(traces[0]["x"]));
        Assert.Equal([0.12, 0.08], Numbers(traces[0]["y"]));
        Assert.Equal([0.25, 0.3], Numbers(traces[2]["y"]));
        Assert.Equal("K (length of the top-K list)", ChartJson.AxisTitle(chart, "xaxis"));
    }

    [Fact]
    public void MetricsByK_SameKTwice_Throws()
    {
        var m = Metrics(5, 0.9, 0.1, 0.2);
        Assert.Throws<ArgumentException>(() => RecommendationCharts.MetricsByK([Result("A", m), Result("A", m)]));
    }
}

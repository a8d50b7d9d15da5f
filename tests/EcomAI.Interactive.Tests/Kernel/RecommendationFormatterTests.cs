namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>The recommendation results displayed in a real CompositeKernel: table plus chart data.</summary>
public class RecommendationFormatterTests
{
    // 4 users × 5 items; u1 rated i1, i2, i4 and has not seen i3 or i5.
    private const string Tiny =
        "using EcomAI.Core.Recommendation;\n" +
        "var tiny = InteractionMatrix.FromInteractions(new[] {\n" +
        "  new Interaction(\"u1\",\"i1\",5), new Interaction(\"u1\",\"i2\",3), new Interaction(\"u1\",\"i4\",1),\n" +
        "  new Interaction(\"u2\",\"i1\",4), new Interaction(\"u2\",\"i2\",3), new Interaction(\"u2\",\"i3\",4), new Interaction(\"u2\",\"i4\",1),\n" +
        "  new Interaction(\"u3\",\"i1\",1), new Interaction(\"u3\",\"i3\",2), new Interaction(\"u3\",\"i4\",5), new Interaction(\"u3\",\"i5\",4),\n" +
        "  new Interaction(\"u4\",\"i2\",4), new Interaction(\"u4\",\"i3\",5), new Interaction(\"u4\",\"i5\",2) });\n";

    [Fact]
    public async Task RecommendationList_Displayed_ShowsOnlyUnseenItemsInTableAndChart()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(Tiny + "ItemKnn.Fit(tiny, neighbors: 2, similarity: SimilarityKind.Cosine).Recommend(\"u1\", 5)");

        // u1 has not seen i3 and i5 only, so a top-5 can hold just those two.
        Assert.Contains("Top 2 for u1", html);
        Assert.Contains("data-rows=\"2\"", html);
        string table = html[..html.IndexOf("<div id=", StringComparison.Ordinal)];
        Assert.Contains("<td>u1</td><td>1</td><td>i", table);
        Assert.Contains("<td>i3</td>", table);
        Assert.Contains("<td>i5</td>", table);
        var categories = Assert.Single(ChartData.Charts(html))
            .SelectMany(t => new[] { t!["x"], t["y"] })
            .Where(a => a is not null)
            .SelectMany(a => a!.AsArray())
            .Where(v => v!.GetValueKind() == System.Text.Json.JsonValueKind.String)
            .Select(v => (string)v!)
            .ToHashSet();
        Assert.Equal(["i3", "i5"], categories.Order());
        foreach (string seen in new[] { "i1", "i2", "i4" })
        {
            Assert.DoesNotContain($"<td>{seen}</td>", table);
        }
    }

    [Fact]
    public async Task Prediction_UserBasedCosine_ShowsHandComputedEstimate()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(Tiny + "UserKnn.Fit(tiny, neighbors: 2, similarity: SimilarityKind.Cosine).Predict(\"u1\", \"i3\")");

        // Means: u1 3, u2 3, u4 11/3. Cosine over common items: w(u1,u2) = 30/(√35·√26) (i1, i2, i4), w(u1,u4) = 1 (i2 only),
        // w(u1,u3) = 10/26. N(u1) for i3 with k = 2: u4 and u2. r̂ = 3 + (1·(5 − 11/3) + w12·(4 − 3)) / (1 + w12).
        double w12 = 30 / Math.Sqrt(35.0 * 26.0);
        double expected = 3 + ((1 * (5 - (11.0 / 3))) + (w12 * (4 - 3))) / (1 + w12);
        Assert.Contains($"by u1: {expected.ToString("G6", System.Globalization.CultureInfo.InvariantCulture)}", html);
        Assert.Contains("<td>2</td>", html); // neighbours used
    }

    [Fact]
    public async Task EvaluationResult_Displayed_ShowsFoldsAndMetricsChart()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Recommendation; using EcomAI.Core.Samples;\n" +
            "RecommenderEvaluation.CrossValidate(RecommendationSamples.Ratings(), m => UserKnn.Fit(m), folds: 3, seed: 1)");

        Assert.Contains("RMSE", html);
        Assert.Contains("data-rows=\"4\"", html); // folds 1, 2, 3 and their mean
        Assert.Contains("<td>mean</td>", html);
        Assert.Single(ChartData.Charts(html));
    }

    [Fact]
    public async Task InteractionMatrix_Displayed_CountsUsersItemsAndValues()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(Tiny + "tiny");

        Assert.Contains("4 users, 5 items, 14 values", html);
        Assert.Contains("data-rows=\"14\"", html);
    }

    [Fact]
    public async Task NeighborList_AndBatch_Displayed_AsTables()
    {
        using var harness = await KernelHarness.StartAsync();

        var outputs = await harness.HtmlOutputsAsync(Tiny +
            "var model = ItemKnn.Fit(tiny, neighbors: 2, similarity: SimilarityKind.Cosine);\n" +
            "display(model.SimilarItems(\"i1\", 2));\n" +
            "model.RecommendMany(new[] { \"u1\", \"u2\" }, 1)");

        Assert.Equal(2, outputs.Count);
        Assert.Contains("Most similar to i1", outputs[0]);
        Assert.Contains("Recommendations for 2 users", outputs[1]);
        Assert.Contains("data-rows=\"2\"", outputs[1]);
    }
}

public class RecommendationMetricsFormatterTests
{
    [Fact]
    public async Task PredictionList_And_EvaluationMetrics_Displayed_AsTables()
    {
        using var harness = await KernelHarness.StartAsync();

        // u1 and u2 rated i1 with 5 and 3; predicting unknown pairs for a user with no history falls back.
        var outputs = await harness.HtmlOutputsAsync(
            "using EcomAI.Core.Recommendation;\n" +
            "var m = InteractionMatrix.FromInteractions(new[] { new Interaction(\"u1\",\"i1\",5), new Interaction(\"u2\",\"i1\",3), new Interaction(\"u2\",\"i2\",4) });\n" +
            "var model = UserKnn.Fit(m);\n" +
            "display(model.PredictMany(new[] { (\"u1\", \"i2\"), (\"nobody\", \"i1\") }));\n" +
            "RecommenderEvaluation.Evaluate(model, m)");

        Assert.Equal(2, outputs.Count);
        Assert.Contains("2 predicted ratings (", outputs[0]);
        Assert.Contains("data-rows=\"2\"", outputs[0]);
        Assert.Contains("<td>nobody</td>", outputs[0]);
        Assert.Contains("Evaluation: RMSE", outputs[1]);
        Assert.Contains("over 3 predictions", outputs[1]);
    }
}

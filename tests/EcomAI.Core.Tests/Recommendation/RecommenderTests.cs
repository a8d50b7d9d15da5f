using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommenderTests
{
    /// <summary>Purchases: u1 {p1,p2}, u2 {p1,p2,p3}, u3 {p2,p3}, u4 {p3,p4} (binary, implicit).</summary>
    private static InteractionMatrix Purchases() => InteractionMatrix.FromInteractions(
        [new("u1", "p1"), new("u1", "p2"), new("u2", "p1"), new("u2", "p2"), new("u2", "p3"), new("u3", "p2"), new("u3", "p3"), new("u4", "p3"), new("u4", "p4")],
        new InteractionOptions { Kind = FeedbackKind.Implicit });

    [Fact]
    public void Recommend_ImplicitUserKnn_SumsNeighbourSimilaritiesAndExplainsShares()
    {
        var m = UserKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Cosine });
        // cos(u1,u2) = 2/√(2·3), cos(u1,u3) = 1/√(2·2) = 1/2, cos(u1,u4) = 0. p3 is owned by u2 and u3.
        double s2 = 2 / Math.Sqrt(6), s3 = 0.5;
        var top = m.Recommend("u1", 1).Items[0];
        Assert.Equal("p3", top.ItemId);
        Assert.Equal(s2 + s3, top.Score, 5);
        Assert.Equal(["u2", "u3"], top.Because.Select(c => c.Id).ToArray());
        Assert.Equal(s2 / (s2 + s3), top.Because[0].Share, 5);
        Assert.Equal(s2 + s3, m.Predict("u1", "p3").Estimate, 5);
        // p4 is only owned by u4, who is not similar: no neighbourhood score, flagged.
        Assert.Equal(PredictionFallback.TooFewNeighbors, m.Predict("u1", "p4").Fallback);
    }

    [Fact]
    public void RecommendMany_KeepsUserOrderAndFrames()
    {
        var m = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Jaccard });
        var batch = m.RecommendMany(["u3", "nobody", "u1"], 2);
        Assert.Equal(["u3", "nobody", "u1"], batch.Lists.Select(l => l.UserId).ToArray());
        Assert.True(batch.Lists[1].IsFallback);
        var frame = batch.ToDataFrame();
        Assert.Equal(["user", "rank", "item", "description", "score", "source", "explanation"], frame.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(batch.Lists.Sum(l => l.Items.Count), (int)frame.Rows.Count);
    }

    [Fact]
    public void Recommend_NBelowOne_IsAnError()
    {
        var m = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Jaccard });
        var ex = Assert.Throws<InputDataException>(() => m.Recommend("u1", 0));
        Assert.Contains("n = 0", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1, "Neighbors")]
    [InlineData(5, 6, "MinNeighbors")]
    public void Fit_InvalidOptions_NameTheOption(int k, int minK, string name)
    {
        var ex = Assert.Throws<InputDataException>(() => ItemKnn.Fit(HandTable.Ratings(), new KnnOptions { Neighbors = k, MinNeighbors = minK }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_InputMatrixIsNotModified()
    {
        var data = HandTable.Ratings();
        var before = data.ToInteractions().ToList();
        _ = UserKnn.Fit(data).Recommend("A", 3);
        _ = RecommenderEvaluation.CrossValidate(data, d => ItemKnn.Fit(d), new EvaluationOptions { Folds = 2 });
        Assert.Equal(before, data.ToInteractions().ToList());
    }

    [Fact]
    public void PredictMany_MatchesPredictAndFrames()
    {
        var m = UserKnn.Fit(HandTable.Ratings(), new KnnOptions { Neighbors = 2, Formula = KnnFormula.WeightedAverage });
        var list = m.PredictMany([("A", "i5"), ("nobody", "i1"), ("A", "i3")]);
        Assert.Equal(74.0 / 28, list.Predictions[0].Estimate, 6); // hand value of UserKnnTests
        Assert.Equal(PredictionFallback.UnknownUser, list.Predictions[1].Fallback);
        Assert.Equal(m.Predict("A", "i3"), list.Predictions[2]);
        var frame = list.ToDataFrame();
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal("UnknownUser", frame["fallback"][1]);
        Assert.Equal(1, list.Predictions[0].ToDataFrame().Rows.Count);
    }

    [Fact]
    public void EvaluationMetrics_ToDataFrame_OneRowWithMissingRmseForImplicit()
    {
        var data = Purchases();
        var split = RecommenderEvaluation.HoldoutSplit(data, 0.3, 1);
        var m = RecommenderEvaluation.Evaluate(PopularityRecommender.Fit(split.Train), split.Test, new EvaluationOptions { TopK = 2 });
        var frame = m.ToDataFrame();
        Assert.Equal(1, frame.Rows.Count);
        Assert.Null(frame["rmse"][0]);
    }

    [Fact]
    public void Fit_ExplicitAboveDenseLimit_KeepsTenKNeighboursInsteadOfRefusing()
    {
        // 16,385 users (above the dense limit); users 2j and 2j+1 both rated item xj = 3, and u0 also rated b = 5.
        int n = KnnOptions.MaxDenseEntities + 1;
        var users = Enumerable.Range(0, n).Select(k => "u" + k).ToArray();
        var items = Enumerable.Range(0, (n / 2) + 1).Select(j => "x" + j).Append("b").ToArray();
        var data = InteractionMatrix.FromIndices(users, items, [.. Enumerable.Range(0, n), 0], [.. Enumerable.Range(0, n).Select(k => k / 2), items.Length - 1],
            [.. Enumerable.Repeat(3f, n), 5f]);
        var model = UserKnn.Fit(data, new KnnOptions { Neighbors = 2 });
        Assert.False(model.StoresAllPairs);
        Assert.True(model.SimilarityBytes <= (20L * n * 8) + (4L * (n + 1))); // at most 10·k = 20 neighbours per user
        // u1's only neighbour is u0 (MSD 1 over x0), who rated b: mean-centred r̂ = r̄(u1) + (5 − r̄(u0)) = 3 + (5 − 4) = 4.
        var p = model.Predict("u1", "b");
        Assert.Equal(4, p.Estimate, 12);
        Assert.Equal(1, p.NeighborsUsed);
    }

    [Fact]
    public void Validate_UnderCommaDecimalCulture_MessagesUseInvariantNumbers()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            var ex = Assert.Throws<InputDataException>(() => new KnnOptions { Shrinkage = -0.5 }.Validate());
            Assert.Contains("Shrinkage = -0.5", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}

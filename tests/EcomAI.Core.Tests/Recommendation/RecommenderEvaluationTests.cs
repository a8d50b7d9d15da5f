using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommenderEvaluationTests
{
    [Fact]
    public void KFold_ThreeFoldsOf16_PartitionWithSurpriseSizes()
    {
        var data = HandTable.Ratings();
        var splits = RecommenderEvaluation.KFold(data, 3, seed: 5);
        // 16 = 6 + 5 + 5: the first 16 mod 3 = 1 fold is one larger.
        Assert.Equal([6, 5, 5], splits.Select(s => s.Test.Count).ToArray());
        var testPairs = splits.SelectMany(s => s.Test.ToInteractions()).ToList();
        Assert.Equal(16, testPairs.Distinct().Count());
        Assert.Equal(data.ToInteractions().OrderBy(x => x.UserId).ThenBy(x => x.ItemId), testPairs.OrderBy(x => x.UserId).ThenBy(x => x.ItemId));
        foreach (var s in splits)
        {
            Assert.Equal(16, s.Train.Count + s.Test.Count);
            Assert.Empty(s.Train.ToInteractions().Intersect(s.Test.ToInteractions()));
        }
    }

    [Fact]
    public void KFold_SameSeedSameSplits_DifferentSeedDifferentSplits()
    {
        var data = HandTable.Ratings();
        var a = RecommenderEvaluation.KFold(data, 4, 1).Select(s => s.Test.ToInteractions().ToList()).ToList();
        var b = RecommenderEvaluation.KFold(data, 4, 1).Select(s => s.Test.ToInteractions().ToList()).ToList();
        var c = RecommenderEvaluation.KFold(data, 4, 2).Select(s => s.Test.ToInteractions().ToList()).ToList();
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void HoldoutSplit_TestSizeIsCeilingOfFraction()
    {
        var split = RecommenderEvaluation.HoldoutSplit(HandTable.Ratings(), 0.3, 1);
        Assert.Equal(5, split.Test.Count); // ⌈0.3 · 16⌉ = ⌈4.8⌉
        Assert.Equal(11, split.Train.Count);
    }

    [Fact]
    public void Holdout_GlobalMeanBaseline_RmseIsRootMeanSquaredDeviationFromTrainMean()
    {
        var data = HandTable.Ratings();
        var split = RecommenderEvaluation.HoldoutSplit(data, 0.25, 9);
        double trainMean = split.Train.ToInteractions().Average(x => x.Value);
        var test = split.Test.ToInteractions().Select(x => x.Value).ToList();
        double expectedRmse = Math.Sqrt(test.Average(r => (r - trainMean) * (r - trainMean)));
        double expectedMae = test.Average(r => Math.Abs(r - trainMean));
        var result = RecommenderEvaluation.Holdout(data, PopularityRecommender.Fit, new EvaluationOptions { TestFraction = 0.25, Seed = 9 });
        Assert.Equal(expectedRmse, result.Mean.Rmse!.Value, 9);
        Assert.Equal(expectedMae, result.Mean.Mae!.Value, 9);
        Assert.Equal(4, result.Mean.Predictions);
        Assert.Single(result.Folds);
        Assert.Equal(2, result.ToDataFrame().Rows.Count); // one fold + mean
    }

    /// <summary>
    /// Hand-made implicit split with the same id spaces. Train: x1 bought by t1, t2, t3, t4; x2 by t1, t2; x3 by t1; x4 never.
    /// Test: t2 bought x3; t3 bought x2 and x4. Popularity (K = 2, seen items excluded, items never bought are not ranked):
    /// t2 -> [x3] (hit at 1; R = 1); t3 -> [x2, x3] (hit at 1; relevant {x2, x4}, R = 2).
    /// </summary>
    [Fact]
    public void Evaluate_PopularityOnHandMadeImplicitSplit_MatchesHandComputedRankingMetrics()
    {
        string[] users = ["t1", "t2", "t3", "t4"];
        string[] items = ["x1", "x2", "x3", "x4"];
        var implicitOptions = new InteractionOptions { Kind = FeedbackKind.Implicit };
        var train = InteractionMatrix.FromIndices(users, items, [0, 1, 2, 3, 0, 1, 0], [0, 0, 0, 0, 1, 1, 2], null, implicitOptions);
        var test = InteractionMatrix.FromIndices(users, items, [1, 2, 2], [2, 1, 3], null, implicitOptions);
        var m = RecommenderEvaluation.Evaluate(PopularityRecommender.Fit(train), test, new EvaluationOptions { TopK = 2 });
        // t2: P = 1/2, R = 1, NDCG = 1, AP = 1, hit. t3: P = 1/2, R = 1/2, NDCG = 1/(1 + 1/log2 3), AP = 1/min(2,2) = 1/2, hit.
        Assert.Equal(2, m.UsersEvaluated);
        Assert.Equal(0.5, m.PrecisionAtK!.Value, 12);
        Assert.Equal((1 + 0.5) / 2, m.RecallAtK!.Value, 12);
        Assert.Equal((1 + (1 / (1 + (1 / Math.Log2(3))))) / 2, m.NdcgAtK!.Value, 12);
        Assert.Equal((1 + 0.5) / 2, m.MapAtK!.Value, 12);
        Assert.Equal(1.0, m.HitRate!.Value, 12);
        Assert.Equal((1 + 0.5) / 2, m.Map!.Value, 12); // R ≤ K here, so MAP = MAP@K
        Assert.Equal(2.0 / 3, m.Coverage!.Value, 12); // {x2, x3} of the 3 items with a training interaction (x4 has none)
        // Novelty: 7 training interactions; lists t2 [x3], t3 [x2, x3]; −log2(n/7) with n(x2) = 2, n(x3) = 1.
        Assert.Equal(((2 * Math.Log2(7)) + Math.Log2(3.5)) / 3, m.Novelty!.Value, 12);
        Assert.Null(m.Rmse); // implicit: no rating error
    }

    [Fact]
    public void Evaluate_ExplicitRelevance_UsesThreshold()
    {
        // Same layout as explicit ratings: t3's x2 is rated 5 (relevant), x4 is rated 2 (not relevant at threshold 4).
        string[] users = ["t1", "t2", "t3", "t4"];
        string[] items = ["x1", "x2", "x3", "x4"];
        var scale = new InteractionOptions { Scale = new RatingScale(1, 5) };
        var train = InteractionMatrix.FromIndices(users, items, [0, 1, 2, 3, 0, 1, 0], [0, 0, 0, 0, 1, 1, 2], [5, 4, 4, 3, 4, 5, 3], scale);
        var test = InteractionMatrix.FromIndices(users, items, [1, 2, 2], [2, 1, 3], [3, 5, 2], scale);
        var m = RecommenderEvaluation.Evaluate(PopularityRecommender.Fit(train), test, new EvaluationOptions { TopK = 2, RelevanceThreshold = 4 });
        // t2's only test rating (3) is not relevant: t2 is skipped. t3: list [x2, x3], relevant {x2}: P = 1/2, R = 1, AP = 1.
        Assert.Equal(1, m.UsersEvaluated);
        Assert.Equal(0.5, m.PrecisionAtK!.Value, 12);
        Assert.Equal(1.0, m.RecallAtK!.Value, 12);
        Assert.Equal(1.0, m.MapAtK!.Value, 12);
    }

    [Fact]
    public void CrossValidate_OneOrManyThreads_IdenticalMetrics()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 120, Items = 60, Seed = 4 });
        var data = InteractionMatrix.FromInteractions(sample.Ratings);
        var one = RecommenderEvaluation.CrossValidate(data, d => ItemKnn.Fit(d, new KnnOptions { MaxDegreeOfParallelism = 1 }),
            new EvaluationOptions { Folds = 3, MaxDegreeOfParallelism = 1 });
        var many = RecommenderEvaluation.CrossValidate(data, d => ItemKnn.Fit(d, new KnnOptions { MaxDegreeOfParallelism = 4 }),
            new EvaluationOptions { Folds = 3, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Folds, many.Folds);
        Assert.Equal(one.Mean, many.Mean);
    }

    [Fact]
    public void CrossValidate_BadOption_NamesIt()
    {
        var ex = Assert.Throws<InputDataException>(() => RecommenderEvaluation.CrossValidate(HandTable.Ratings(), PopularityRecommender.Fit, new EvaluationOptions { Folds = 1 }));
        Assert.Contains("Folds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TestFromAnotherMatrix_IsRefused()
    {
        var model = PopularityRecommender.Fit(HandTable.Ratings());
        var other = InteractionMatrix.FromInteractions([new("Q", "i1", 3)]);
        Assert.Throws<InputDataException>(() => RecommenderEvaluation.Evaluate(model, other));
    }
}

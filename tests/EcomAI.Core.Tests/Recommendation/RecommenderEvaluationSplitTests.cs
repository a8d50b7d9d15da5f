using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommenderEvaluationSplitTests
{
    /// <summary>Users with 1, 3, 4 and 5 purchases.</summary>
    private static InteractionMatrix Baskets() => InteractionMatrix.FromInteractions(
        new (string User, int Items)[] { ("a", 1), ("b", 3), ("c", 4), ("d", 5) }
            .SelectMany(u => Enumerable.Range(0, u.Items).Select(k => new Interaction(u.User, "i" + k))),
        new InteractionOptions { Kind = FeedbackKind.Implicit });

    [Fact]
    public void StratifiedSplit_PerUserCountsFollowRankOverCount()
    {
        // python_stratified_split(ratio = 0.75): rank j of n trains when j/n ≤ 0.75.
        // n = 1: 1/1 > 0.75, all test; n = 3: 1/3, 2/3 train; n = 4: three train; n = 5: 0.2, 0.4, 0.6 train.
        var split = RecommenderEvaluation.StratifiedSplit(Baskets(), 0.25, seed: 42);
        int[] train = [.. Enumerable.Range(0, 4).Select(split.Train.UserInteractionCount)];
        int[] test = [.. Enumerable.Range(0, 4).Select(split.Test.UserInteractionCount)];
        Assert.Equal([0, 2, 3, 3], train);
        Assert.Equal([1, 1, 1, 2], test);
    }

    [Fact]
    public void StratifiedSplit_IsAPartitionSeededPerUser()
    {
        var data = Baskets();
        var a = RecommenderEvaluation.StratifiedSplit(data, 0.25, 1);
        var b = RecommenderEvaluation.StratifiedSplit(data, 0.25, 1);
        var all = a.Train.ToInteractions().Concat(a.Test.ToInteractions()).Select(x => (x.UserId, x.ItemId)).Order().ToList();
        Assert.Equal(data.ToInteractions().Select(x => (x.UserId, x.ItemId)).Order(), all);
        Assert.Equal(a.Test.ToInteractions(), b.Test.ToInteractions());
        var differs = Enumerable.Range(2, 20).Any(seed =>
            !RecommenderEvaluation.StratifiedSplit(data, 0.25, seed).Test.ToInteractions().SequenceEqual(a.Test.ToInteractions()));
        Assert.True(differs);
    }

    [Fact]
    public void LeaveLastOut_HoldsOutEachUsersLatestInteraction()
    {
        var t0 = new DateTime(2024, 1, 1);
        var data = InteractionMatrix.FromInteractions(
        [
            new("u1", "x", 1, t0), new("u1", "y", 1, t0.AddDays(3)), new("u1", "z", 1, t0.AddDays(1)),
            new("u2", "x", 1, t0.AddDays(2)), new("u2", "y", 1, t0.AddDays(2)), // tie: the larger item id, y
            new("u3", "z", 1, t0), // a single interaction stays in training
        ], new InteractionOptions { Kind = FeedbackKind.Implicit });
        var split = RecommenderEvaluation.LeaveLastOut(data);
        Assert.Equal([("u1", "y"), ("u2", "y")], split.Test.ToInteractions().Select(x => (x.UserId, x.ItemId)).ToArray());
        Assert.Equal(4, split.Train.Count);
        Assert.Equal(t0.AddDays(3), split.Test.ToInteractions().First().Timestamp);
    }

    [Fact]
    public void LeaveLastOut_WithoutTimestamps_NamesTheSplit()
    {
        var ex = Assert.Throws<InputDataException>(() => RecommenderEvaluation.LeaveLastOut(Baskets()));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("timestamp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LeaveLastOut_HitRateEqualsRecallWithOneHeldOutItem()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 200, Items = 80, PurchasesPerUser = 8, Seed = 6 });
        var t0 = new DateTime(2024, 1, 1);
        var dated = sample.Purchases.Select((x, k) => x with { Timestamp = t0.AddMinutes(k) }); // later rows are later
        var data = InteractionMatrix.FromInteractions(dated, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var r = RecommenderEvaluation.Run(data, d => Ease.Fit(d), new EvaluationOptions { Split = SplitMethod.LeaveLastOut });
        Assert.Equal("leave-last-out by time", r.Method);
        Assert.Equal(r.Mean.HitRate!.Value, r.Mean.RecallAtK!.Value, 12);
        Assert.Equal(r.Mean.Map!.Value, r.Mean.MapAtK!.Value, 12); // R = 1 ≤ K
    }

    [Fact]
    public void Evaluate_UserWithoutTrainingHistory_IsNotRanked()
    {
        // Microsoft Recommenders ranks only users present in both the truth and the predictions.
        var split = RecommenderEvaluation.StratifiedSplit(Baskets(), 0.25, 42); // user a is all test
        var m = RecommenderEvaluation.Evaluate(PopularityRecommender.Fit(split.Train), split.Test, new EvaluationOptions { TopK = 3 });
        Assert.Equal(3, m.UsersEvaluated);
    }

    [Fact]
    public void Splits_KFoldOption_GivesFoldsThatPartitionTheData()
    {
        var data = Baskets();
        var splits = RecommenderEvaluation.Splits(data, new EvaluationOptions { Split = SplitMethod.KFold, Folds = 3 });
        Assert.Equal(3, splits.Count);
        Assert.Equal(data.Count, splits.Sum(s => s.Test.Count));
        Assert.All(splits, s => Assert.Equal(data.Count, s.Train.Count + s.Test.Count));
    }
}

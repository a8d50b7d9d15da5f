using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class InteractionMatrixTests
{
    private static readonly Interaction[] Repeated = [new("u1", "a", 1), new("u2", "a", 4), new("u1", "a", 3), new("u1", "a", 5)];

    [Theory]
    [InlineData(DuplicatePolicy.Last, 5.0)]
    [InlineData(DuplicatePolicy.Mean, 3.0)] // (1 + 3 + 5) / 3
    [InlineData(DuplicatePolicy.Sum, 9.0)]
    public void FromInteractions_DuplicatePolicy_CombinesRepeatedPairs(DuplicatePolicy policy, double expected)
    {
        var m = InteractionMatrix.FromInteractions(Repeated, new InteractionOptions { Duplicates = policy, Kind = FeedbackKind.Implicit });
        Assert.Equal(expected, m.Value("u1", "a"));
        Assert.Equal(4.0, m.Value("u2", "a"));
        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void FromInteractions_RejectDuplicates_NamesBothInteractions()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            InteractionMatrix.FromInteractions(Repeated, new InteractionOptions { Duplicates = DuplicatePolicy.Reject }));
        Assert.Contains("Interaction 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("interaction 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'u1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromInteractions_StoresBothOrientationsSortedAndUnknownIsNull()
    {
        var m = HandTable.Ratings();
        Assert.Equal(["A", "B", "C", "D"], m.UserIds);
        Assert.Equal(["i1", "i2", "i3", "i4", "i5"], m.ItemIds);
        Assert.Equal([0, 1, 3], m.ItemsOfUser(m.UserIndexOf("A")).ToArray()); // i1, i2, i4
        Assert.Equal([5f, 3f, 1f], m.ValuesOfUser(m.UserIndexOf("A")).ToArray());
        Assert.Equal([1, 2, 3], m.UsersOfItem(m.ItemIndexOf("i5")).ToArray()); // B, C, D
        Assert.Equal([2f, 4f, 5f], m.ValuesOfItem(m.ItemIndexOf("i5")).ToArray());
        Assert.Null(m.Value("A", "i3")); // not rated: unknown, not 0
        Assert.Null(m.Value("Z", "i1"));
        Assert.Equal(-1, m.UserIndexOf("Z"));
        Assert.Equal(3.0, m.UserMean(0));
        Assert.Equal(11.0 / 3, m.ItemMean(4)!.Value, 6);
        Assert.Equal(16, m.Count);
        Assert.Equal(16, m.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void FromInteractions_IdOrderIsOrdinalWhateverTheRowOrder()
    {
        var a = InteractionMatrix.FromInteractions([new("b", "y", 1), new("a", "x", 2)]);
        var b = InteractionMatrix.FromInteractions([new("a", "x", 2), new("b", "y", 1)]);
        Assert.Equal(a.UserIds, b.UserIds);
        Assert.Equal(a.ToInteractions(), b.ToInteractions());
    }

    [Fact]
    public void FromInteractions_ImplicitNonPositive_IsOutOfRange()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            InteractionMatrix.FromInteractions([new("u", "a", 1), new("u", "b", 0)], new InteractionOptions { Kind = FeedbackKind.Implicit }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Contains("Interaction 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromInteractions_RatingOutsideScale_IsOutOfRange()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            InteractionMatrix.FromInteractions([new("u", "a", 6)], new InteractionOptions { Scale = new RatingScale(1, 5) }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
    }

    [Fact]
    public void FromInteractions_NaN_IsNonFinite()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionMatrix.FromInteractions([new("u", "a", double.NaN)]));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
    }

    [Fact]
    public void FromInteractions_Empty_IsEmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionMatrix.FromInteractions([]));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
    }

    [Fact]
    public void FromInteractions_ScaleFromData_WhenNotGiven()
    {
        var m = InteractionMatrix.FromInteractions([new("u", "a", 2), new("v", "a", 4.5)]);
        Assert.Equal(new RatingScale(2, 4.5), m.Scale);
    }

    [Fact]
    public void FromIndices_BadIndex_NamesTheInteraction()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionMatrix.FromIndices(["u"], ["a"], [0, 1], [0, 0]));
        Assert.Contains("Interaction 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromIndices_UnsortedInputWithDuplicates_SortsRowsAndCombines()
    {
        int[] users = [1, 0, 1, 1];
        int[] items = [2, 1, 0, 2];
        var m = InteractionMatrix.FromIndices(["u0", "u1"], ["a", "b", "c"], users, items, null,
            new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        Assert.Equal([0, 2], m.ItemsOfUser(1).ToArray());
        Assert.Equal(2.0, m.Value(1, 2));
        Assert.Equal([1, 0, 1, 1], users); // input not modified
    }

    [Fact]
    public void WithItemDescriptions_IsACopyUnknownIdsIgnoredMissingOnesFallBackToTheId()
    {
        var data = InteractionMatrix.FromInteractions([new("u", "85123A"), new("u", "22423")], new InteractionOptions { Kind = FeedbackKind.Implicit });
        var described = data.WithItemDescriptions(new Dictionary<string, string>
        {
            ["85123A"] = " WHITE HANGING HEART T-LIGHT HOLDER ", ["nope"] = "ignored", ["22423"] = "  ",
        });
        Assert.False(data.HasItemDescriptions);
        Assert.Equal("85123A", data.ItemDescription("85123A"));
        Assert.True(described.HasItemDescriptions);
        Assert.Equal("WHITE HANGING HEART T-LIGHT HOLDER", described.ItemDescription("85123A"));
        Assert.Equal("22423", described.ItemDescription("22423")); // blank: the id
        Assert.Equal("nope", described.ItemDescription("nope"));   // unknown: the id
        Assert.Same(data.ItemIds, described.ItemIds);              // same id space, so splits and models line up
    }

    [Fact]
    public void WithItemDescriptions_ExplanationsNameTheBoughtItem()
    {
        var data = InteractionMatrix.FromInteractions(
            [new("u1", "85123A"), new("u1", "71053"), new("u2", "85123A"), new("u2", "71053"), new("u3", "85123A")],
            new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum })
            .WithItemDescriptions(new Dictionary<string, string> { ["85123A"] = "WHITE HANGING HEART T-LIGHT HOLDER", ["71053"] = "WHITE METAL LANTERN" });
        var item = ItemKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine }).Recommend("u3", 1).Items[0];
        Assert.Equal("71053", item.ItemId);
        Assert.Equal("WHITE METAL LANTERN", item.Description);
        Assert.Equal("because you bought WHITE HANGING HEART T-LIGHT HOLDER (100%)", item.Explanation);
    }

    [Fact]
    public void AsImplicit_ThresholdKeepsGoodRatingsAsOnesAndStillSaysRated()
    {
        var ratings = HandTable.Ratings();
        var signals = ratings.AsImplicit(minRating: 4);
        Assert.Equal(FeedbackKind.Implicit, signals.Kind);
        Assert.Equal(FeedbackKind.Explicit, signals.SourceKind);
        Assert.Equal(ratings.ToInteractions().Count(x => x.Value >= 4), signals.Count);
        Assert.All(signals.ToInteractions(), x => Assert.Equal(1, x.Value));
        Assert.Same(ratings.UserIds, signals.UserIds);
        Assert.Same(signals, signals.AsImplicit());
        var ex = Assert.Throws<InputDataException>(() => ratings.AsImplicit(6));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
    }

    [Fact]
    public void FromInteractions_Timestamps_SumKeepsTheLatestAndSubsetsKeepThem()
    {
        var t = new DateTime(2024, 5, 1);
        var data = InteractionMatrix.FromInteractions(
            [new("u", "a", 1, t.AddDays(2)), new("u", "a", 2, t), new("u", "b", 1, t.AddDays(1))],
            new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        Assert.True(data.HasTimestamps);
        var rows = data.ToInteractions().ToArray();
        Assert.Equal(new Interaction("u", "a", 3, t.AddDays(2)), rows[0]);
        var split = RecommenderEvaluation.LeaveLastOut(data); // a (latest, t + 2) is held out; b keeps its time in the subset
        Assert.Equal(new Interaction("u", "b", 1, t.AddDays(1)), split.Train.ToInteractions().Single());
    }

    [Fact]
    public void FromInteractions_TimestampsOnSomeRowsOnly_NamesTheRow()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionMatrix.FromInteractions(
            [new("u", "a", 1, new DateTime(2024, 1, 1)), new("u", "b")]));
        Assert.Equal(ErrorIds.MissingValue, ex.ErrorId);
        Assert.Contains("Interaction 2", ex.Message, StringComparison.Ordinal);
    }
}

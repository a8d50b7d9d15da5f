using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommendationFilterTests
{
    // u1 owns a; everyone else owns a and b, c, d, POST in decreasing popularity.
    private static InteractionMatrix Data() => InteractionMatrix.FromInteractions(
        new[] { ("u1", "a") }
            .Concat(Enumerable.Range(2, 6).SelectMany(u => new[] { ($"u{u}", "a"), ($"u{u}", "POST") }))
            .Concat(Enumerable.Range(2, 5).Select(u => ($"u{u}", "b")))
            .Concat(Enumerable.Range(2, 4).Select(u => ($"u{u}", "c")))
            .Concat(Enumerable.Range(2, 3).Select(u => ($"u{u}", "d")))
            .Select(p => new Interaction(p.Item1, p.Item2)),
        new InteractionOptions { Kind = FeedbackKind.Implicit }).WithItemDescriptions(new Dictionary<string, string>
        {
            ["POST"] = "POSTAGE", ["d"] = "GIFT CARD 10", ["c"] = "RED LAMP",
        });

    [Fact]
    public void Recommend_ExcludePatterns_MatchIdOrDescriptionCaseInsensitively()
    {
        var model = PopularityRecommender.Fit(Data());
        var all = model.Recommend("u1", 4).Items.Select(i => i.ItemId).ToArray();
        Assert.Equal(["POST", "b", "c", "d"], all);
        var filtered = model.Recommend("u1", 4, new RecommendationFilter { ExcludeItems = ["post*", "*gift*"] });
        Assert.Equal(["b", "c"], filtered.Items.Select(i => i.ItemId).ToArray()); // shorter: nothing else is eligible
    }

    [Fact]
    public void Recommend_Candidates_RestrictTheCatalogue()
    {
        var model = Ease.Fit(Data());
        var list = model.Recommend("u1", 5, new RecommendationFilter { Candidates = ["d", "c", "unknown"] });
        Assert.Equal(["c", "d"], list.Items.Select(i => i.ItemId).Order().ToArray());
        Assert.All(list.Items, i => Assert.NotEqual("a", i.ItemId));
    }

    [Fact]
    public void Recommend_IncludeSeenWithCandidates_MayListOwnedCandidate()
    {
        var model = PopularityRecommender.Fit(Data());
        var list = model.Recommend("u1", 5, new RecommendationFilter { IncludeSeen = true, Candidates = ["a"] });
        Assert.Equal(["a"], list.Items.Select(i => i.ItemId).ToArray());
    }

    [Fact]
    public void Recommend_EmptyPattern_IsAnInvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => PopularityRecommender.Fit(Data()).Recommend("u1", 2, new RecommendationFilter { ExcludeItems = [" "] }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("ExcludeItems", ex.Message, StringComparison.Ordinal);
    }
}

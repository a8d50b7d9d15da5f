using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class PopularityRecommenderTests
{
    [Fact]
    public void Recommend_MostRatedUnseenItemsFirst_TiesById()
    {
        // Rating counts: i4 4; i1, i2, i3, i5 3 each. D has i2..i5, so only i1 is left.
        var pop = PopularityRecommender.Fit(HandTable.Ratings());
        Assert.Equal(["i1"], pop.Recommend("D", 3).Items.Select(r => r.ItemId).ToArray());
        // A has i1, i2, i4: i3 and i5 remain, tie at 3 -> id order.
        var a = pop.Recommend("A", 3).Items;
        Assert.Equal(["i3", "i5"], a.Select(r => r.ItemId).ToArray());
        Assert.Equal([3.0, 3.0], a.Select(r => r.Score).ToArray());
    }

    [Fact]
    public void Predict_IsTheGlobalMean()
    {
        var p = PopularityRecommender.Fit(HandTable.Ratings()).Predict("A", "i3");
        Assert.Equal(52.0 / 16, p.Estimate, 12); // 9 + 11 + 16 + 16 = 52 over 16 ratings
    }

    [Fact]
    public void Recommend_UserKnownButWithoutHistory_IsFlaggedFallback()
    {
        // "cold" has an id (e.g. all of its interactions fell into a test fold) but nothing to learn from.
        var data = InteractionMatrix.FromIndices(["cold", "u"], ["a", "b"], [1, 1], [0, 1]);
        var knn = UserKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine });
        var list = knn.Recommend("cold", 2);
        Assert.True(list.IsFallback);
        Assert.Contains("no history", list.FallbackReason, StringComparison.Ordinal);
        Assert.All(list.Items, r => Assert.Equal(RecommendationSource.Popularity, r.Source));
        Assert.Equal(PredictionFallback.UnknownUser, knn.Predict("cold", "a").Fallback);
    }
}

using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommendersTests
{
    private static InteractionMatrix Catalogue(int items) => InteractionMatrix.FromIndices(
        ["u1", "u2"], [.. Enumerable.Range(0, items).Select(i => "i" + i)], [0, 1], [0, items - 1], null,
        new InteractionOptions { Kind = FeedbackKind.Implicit });

    [Fact]
    public void Default_EaseUpToFiveThousandItemsThenAls()
    {
        // 5,000: where EASE's n³ fit stays within seconds on two cores (tests/EcomAI.Benchmarks/README.md, rec-ease --items).
        Assert.Equal(RecommenderKind.Ease, Recommenders.Default(Catalogue(5_000)));
        Assert.Equal(RecommenderKind.Als, Recommenders.Default(Catalogue(5_001)));
    }

    [Fact]
    public void DefaultComparison_SmallAndLargeCatalogue_DefaultModelThenItemKnnAndPopularity()
    {
        Assert.Equal([RecommenderKind.Ease, RecommenderKind.ItemKnn, RecommenderKind.Popularity], Recommenders.DefaultComparison(Catalogue(5_000)));
        Assert.Equal([RecommenderKind.Als, RecommenderKind.ItemKnn, RecommenderKind.Popularity], Recommenders.DefaultComparison(Catalogue(5_001)));
    }

    [Fact]
    public void ForRanking_OnRatings_RanksTheRatingsAsSignalsAndSaysRated()
    {
        var model = Recommenders.ForRanking(HandTable.Ratings(), RecommenderKind.ItemKnn);
        Assert.Equal(FeedbackKind.Implicit, model.Data.Kind);
        Assert.Contains("ratings as signals", model.Name, StringComparison.Ordinal);
        var item = model.Recommend("A", 1).Items[0];
        Assert.StartsWith("because you rated ", item.Explanation, StringComparison.Ordinal);
        // The same kind for rating prediction is Surprise's explicit item kNN.
        var rating = Recommenders.ForRatings(HandTable.Ratings(), RecommenderKind.ItemKnn)!;
        Assert.True(rating.PredictsRatings);
        Assert.Null(Recommenders.ForRatings(HandTable.Ratings(), RecommenderKind.Ease));
    }

    [Fact]
    public void ForRanking_OnRatings_DefaultListsAreNotItemsWithOneOrTwoRatings()
    {
        // The failure of ranking by predicted rating: explicit item kNN puts rarely rated items on top; the default
        // top-N model, trained on the ratings as signals, does not.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 400, Items = 1500, RatingsPerUser = 20, PopularitySkew = 1.0, Seed = 31 });
        var ratings = InteractionMatrix.FromInteractions(sample.Ratings, new InteractionOptions { Scale = new RatingScale(1, 5) });
        double RareShare(Recommender model) => model.RecommendMany(ratings.UserIds, 10).Lists.SelectMany(l => l.Items)
            .Average(i => ratings.ItemInteractionCount(ratings.ItemIndexOf(i.ItemId)) <= 2 ? 1.0 : 0.0);
        double byRating = RareShare(ItemKnn.Fit(ratings));
        double byDefault = RareShare(Recommenders.ForRanking(ratings, Recommenders.Default(ratings)));
        Assert.True(byRating > 0.2, $"explicit item kNN lists {byRating:P0} items with at most two ratings");
        Assert.True(byDefault < 0.01, $"the default model lists {byDefault:P1} items with at most two ratings");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Compare_StratifiedProtocolOnKnownTastes_EaseAndAlsBeatItemKnnWhichBeatsPopularity(bool ratings)
    {
        // The acceptance: MovieLens-shaped generated data (943 users × 1,682 items), per-user stratified 75/25,
        // top-10, NDCG@10. Ratings count as one interaction each (every held-out rating relevant, as -Feedback Implicit).
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions
        {
            Users = 943, Items = 1682, Segments = 5, RatingsPerUser = 106, PurchasesPerUser = 40, PopularitySkew = 1.0, Seed = 100,
        });
        var data = ratings
            ? InteractionMatrix.FromInteractions(sample.Ratings).AsImplicit()
            : InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var results = RecommenderEvaluation.Compare(data,
            [RecommenderKind.Ease, RecommenderKind.Als, RecommenderKind.ItemKnn, RecommenderKind.Popularity],
            new EvaluationOptions { Split = SplitMethod.UserStratified, TestFraction = 0.25, Seed = 42, TopK = 10 });
        double ease = results[0].Mean.NdcgAtK!.Value, als = results[1].Mean.NdcgAtK!.Value;
        double knn = results[2].Mean.NdcgAtK!.Value, popularity = results[3].Mean.NdcgAtK!.Value;
        string all = string.Join(", ", results.Select(r => $"{r.Algorithm} {r.Mean.NdcgAtK:F4}"));
        Assert.True(ease > knn && als > knn, all);
        Assert.True(knn > popularity, all);
        Assert.All(results, r => Assert.InRange(r.Mean.Map!.Value, 0, r.Mean.MapAtK!.Value)); // ÷R ≤ ÷min(K, R)
    }
}

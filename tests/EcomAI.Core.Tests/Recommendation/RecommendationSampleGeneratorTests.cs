using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using Xunit.Abstractions;

namespace EcomAI.Core.Tests.Recommendation;

public class RecommendationSampleGeneratorTests(ITestOutputHelper output)
{
    private static readonly RecommendationSample Sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Seed = 7 });

    [Fact]
    public void Generate_SameSeed_SameData_DifferentSeed_DifferentData()
    {
        var again = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Seed = 7 });
        Assert.Equal(Sample.Ratings, again.Ratings);
        Assert.Equal(Sample.Purchases, again.Purchases);
        var other = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Seed = 8 });
        Assert.NotEqual(Sample.Ratings, other.Ratings);
    }

    [Fact]
    public void Generate_RatingsAreIntegersOnScaleWithoutDuplicatePairs()
    {
        Assert.All(Sample.Ratings, r => Assert.True(r.Value is >= 1 and <= 5 && r.Value == Math.Round(r.Value)));
        Assert.Equal(Sample.Ratings.Count, Sample.Ratings.Select(r => (r.UserId, r.ItemId)).Distinct().Count());
        Assert.True(Sample.Ratings.GroupBy(r => r.UserId).All(g => g.Count() >= 5));
    }

    [Fact]
    public void Generate_PopularityIsSkewed()
    {
        var counts = Sample.Ratings.GroupBy(r => r.ItemId).Select(g => g.Count()).OrderDescending().ToArray();
        // Zipf(0.9) with taste: the top 10% of items carry far more than 10% of the ratings.
        double topShare = counts.Take(counts.Length / 10).Sum() / (double)counts.Sum();
        Assert.True(topShare > 0.25, $"top-10% item share {topShare:P1}");
    }

    [Fact]
    public void ToDataFrame_HasOneRowPerRatingAndPurchaseWithTrueAffinity()
    {
        var frame = Sample.ToDataFrame();
        Assert.Equal(Sample.Ratings.Count + Sample.Purchases.Count, frame.Rows.Count);
        var first = Sample.Ratings[0];
        Assert.Equal(Sample.TrueAffinity(first.UserId, first.ItemId), frame["true_affinity"][0]);
    }

    [Fact]
    public void Generate_HigherTrueAffinity_GetsHigherRatingsOnAverage()
    {
        // The truth drives the data: ratings correlate positively with b_i + p_u·q_i.
        var x = Sample.Ratings.Select(r => Sample.TrueAffinity(r.UserId, r.ItemId)).ToArray();
        var y = Sample.Ratings.Select(r => r.Value).ToArray();
        double mx = x.Average(), my = y.Average();
        double cov = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        double corr = cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
        Assert.True(corr > 0.5, $"correlation {corr:F3}");
    }

    [Fact]
    public void Generate_InvalidOption_NamesIt()
    {
        var ex = Assert.Throws<InputDataException>(() => RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { RatingsPerUser = 1 }));
        Assert.Contains("RatingsPerUser", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedRatings_AreTheGeneratorOutputForTheDocumentedOptions()
    {
        var expected = RecommendationSampleGenerator.Generate(RecommendationSamples.EmbeddedOptions).Ratings;
        var embedded = RecommendationSamples.Ratings();
        Assert.Equal(expected.Count, embedded.Count);
        foreach (var r in expected)
        {
            Assert.Equal(r.Value, embedded.Value(r.UserId, r.ItemId));
        }
    }

    [Fact]
    public void EmbeddedRatings_RunThroughFitRecommendAndCrossValidation()
    {
        var data = RecommendationSamples.Ratings();
        Assert.Equal(new RatingScale(1, 5), data.Scale);
        Assert.Equal(120, data.UserCount);
        var model = ItemKnn.Fit(data);
        var list = model.Recommend(data.UserIds[0], 5);
        Assert.Equal(5, list.Items.Count);
        Assert.False(list.IsFallback);
        var cv = RecommenderEvaluation.CrossValidate(data, d => UserKnn.Fit(d), new EvaluationOptions { Folds = 3 });
        var baseline = RecommenderEvaluation.CrossValidate(data, PopularityRecommender.Fit, new EvaluationOptions { Folds = 3 });
        Assert.True(cv.Mean.Rmse < baseline.Mean.Rmse, $"{cv.Mean.Rmse} vs {baseline.Mean.Rmse}");
        Assert.NotNull(cv.Mean.NdcgAtK);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CrossValidate_KnnOnGeneratorRatings_BeatsGlobalMeanRmseByTenPercent(bool userBased)
    {
        var data = InteractionMatrix.FromInteractions(Sample.Ratings, new InteractionOptions { Scale = new RatingScale(1, 5) });
        var options = new EvaluationOptions { Folds = 5, Seed = 3, RankingMetrics = false };
        var knn = RecommenderEvaluation.CrossValidate(data, d => userBased ? UserKnn.Fit(d) : ItemKnn.Fit(d), options);
        var baseline = RecommenderEvaluation.CrossValidate(data, PopularityRecommender.Fit, options);
        output.WriteLine($"{knn.Algorithm}: RMSE {knn.Mean.Rmse:F4}; global mean: {baseline.Mean.Rmse:F4}");
        Assert.True(knn.Mean.Rmse <= 0.9 * baseline.Mean.Rmse, $"kNN RMSE {knn.Mean.Rmse} vs global mean {baseline.Mean.Rmse}");
    }

    [Theory]
    [InlineData(true, FeedbackKind.Implicit)]
    [InlineData(false, FeedbackKind.Implicit)]
    [InlineData(true, FeedbackKind.Explicit)]
    [InlineData(false, FeedbackKind.Explicit)]
    public void Recommend_KnnRecoversTrueTopItemsBetterThanPopularity(bool userBased, FeedbackKind kind)
    {
        // Truth: each user's 10 best unseen items by true affinity b_i + p_u·q_i. Score: mean NDCG@10 over users.
        var data = kind == FeedbackKind.Implicit
            ? InteractionMatrix.FromInteractions(Sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit })
            : InteractionMatrix.FromInteractions(Sample.Ratings, new InteractionOptions { Scale = new RatingScale(1, 5) });
        var knnOptions = kind == FeedbackKind.Implicit ? new KnnOptions { Similarity = SimilarityKind.Cosine } : new KnnOptions { MinSupport = 3 };
        Recommender knn = userBased ? UserKnn.Fit(data, knnOptions) : ItemKnn.Fit(data, knnOptions);
        var pop = PopularityRecommender.Fit(data);
        double knnNdcg = 0, popNdcg = 0;
        int users = 0;
        foreach (string user in data.UserIds)
        {
            var seen = data.ItemsOfUser(data.UserIndexOf(user)).ToArray().Select(i => data.ItemIds[i]);
            var truth = Sample.TrueTopItems(user, 10, seen);
            if (truth.Count == 0)
            {
                continue; // a heavy user who rated every item: nothing left to recommend, NDCG undefined
            }

            users++;
            knnNdcg += RankingMetrics.NdcgAtK(knn.Recommend(user, 10).Items.Select(r => r.ItemId).ToList(), truth.ToList(), 10);
            popNdcg += RankingMetrics.NdcgAtK(pop.Recommend(user, 10).Items.Select(r => r.ItemId).ToList(), truth.ToList(), 10);
        }

        knnNdcg /= users;
        popNdcg /= users;
        output.WriteLine($"{knn.Name}: NDCG@10 vs truth {knnNdcg:F4}; popularity {popNdcg:F4}");
        Assert.True(knnNdcg > popNdcg, $"kNN {knnNdcg:F4} vs popularity {popNdcg:F4}");
    }
}

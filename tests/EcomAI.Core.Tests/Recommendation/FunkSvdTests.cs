using EcomAI.Core.Data;
using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Tests.Recommendation;

public class FunkSvdTests
{
    private static InteractionMatrix Three() => InteractionMatrix.FromInteractions(
        [new("u1", "i1", 5), new("u1", "i2", 3), new("u2", "i1", 4)], new InteractionOptions { Scale = new RatingScale(1, 5) });

    [Fact]
    public void Fit_BiasesOnlyOneEpoch_MatchesHandComputedSgd()
    {
        // μ = 4, γ = 0.1, λ = 0.5, ratings in order (u1,i1,5), (u1,i2,3), (u2,i1,4):
        // e = 1: b_u1 = 0.1, b_i1 = 0.1; e = 3 − 4.1 = −1.1: b_u1 = 0.1 + 0.1(−1.1 − 0.05) = −0.015, b_i2 = −0.11;
        // e = 4 − 4.1 = −0.1: b_u2 = −0.01, b_i1 = 0.1 + 0.1(−0.1 − 0.05) = 0.085. r̂(u1,i1) = 4 − 0.015 + 0.085 = 4.07.
        var svd = FunkSvd.Fit(Three(), new SvdOptions { Factors = 0, Epochs = 1, LearningRate = 0.1, Regularization = 0.5 });
        Assert.Equal(-0.015, svd.UserBias("u1"), 12);
        Assert.Equal(-0.01, svd.UserBias("u2"), 12);
        Assert.Equal(0.085, svd.ItemBias("i1"), 12);
        Assert.Equal(-0.11, svd.ItemBias("i2"), 12);
        Assert.Equal(4.07, svd.Predict("u1", "i1").Estimate, 12);
    }

    [Fact]
    public void Fit_WithFactors_FollowsSurprisesUpdateRule()
    {
        // The documented rule re-run here from the same initial factors (N(0, 0.1²) drawn users first, then items, from
        // SeededRandom(seed)): e = r − (μ + b_u + b_i + q·p); biases, then p and q from their old values.
        var data = Three();
        var o = new SvdOptions { Factors = 2, Epochs = 3, LearningRate = 0.05, Regularization = 0.1, Seed = 9 };
        var svd = FunkSvd.Fit(data, o);
        var rng = SeededRandom.Create(o.Seed);
        var p = new double[2, 2];
        var q = new double[2, 2];
        for (int u = 0; u < 2; u++)
        {
            for (int f = 0; f < 2; f++)
            {
                p[u, f] = Normal.Sample(rng, 0, 0.1);
            }
        }

        for (int i = 0; i < 2; i++)
        {
            for (int f = 0; f < 2; f++)
            {
                q[i, f] = Normal.Sample(rng, 0, 0.1);
            }
        }

        double mu = 4;
        var bu = new double[2];
        var bi = new double[2];
        (int U, int I, double R)[] ratings = [(0, 0, 5), (0, 1, 3), (1, 0, 4)];
        for (int epoch = 0; epoch < 3; epoch++)
        {
            foreach (var (u, i, r) in ratings)
            {
                double e = r - (mu + bu[u] + bi[i] + (q[i, 0] * p[u, 0]) + (q[i, 1] * p[u, 1]));
                bu[u] += 0.05 * (e - (0.1 * bu[u]));
                bi[i] += 0.05 * (e - (0.1 * bi[i]));
                for (int f = 0; f < 2; f++)
                {
                    double pf = p[u, f], qf = q[i, f];
                    p[u, f] += 0.05 * ((e * qf) - (0.1 * pf));
                    q[i, f] += 0.05 * ((e * pf) - (0.1 * qf));
                }
            }
        }

        double expected = mu + bu[1] + bi[1] + (q[1, 0] * p[1, 0]) + (q[1, 1] * p[1, 1]); // (u2, i2) was not rated
        Assert.Equal(expected, svd.Predict("u2", "i2").Estimate, 12);
    }

    [Fact]
    public void CrossValidate_OnGeneratorRatings_BeatsTheGlobalMeanByTenPercent()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 300, Items = 200, RatingsPerUser = 40, Seed = 12 });
        var data = InteractionMatrix.FromInteractions(sample.Ratings, new InteractionOptions { Scale = new RatingScale(1, 5) });
        var options = new EvaluationOptions { Folds = 3, RankingMetrics = false };
        double svd = RecommenderEvaluation.CrossValidate(data, m => FunkSvd.Fit(m), options).Mean.Rmse!.Value;
        double mean = RecommenderEvaluation.CrossValidate(data, PopularityRecommender.Fit, options).Mean.Rmse!.Value;
        Assert.True(svd < 0.9 * mean, $"SVD RMSE {svd} vs global mean {mean}");
    }

    [Fact]
    public void Fit_ImplicitData_IsRefusedNamingTheAlternatives()
    {
        var data = InteractionMatrix.FromInteractions([new("u", "a")], new InteractionOptions { Kind = FeedbackKind.Implicit });
        var ex = Assert.Throws<InputDataException>(() => FunkSvd.Fit(data));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("ImplicitAls", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_UnknownUser_DropsItsTermsAndSaysSo()
    {
        var svd = FunkSvd.Fit(Three(), new SvdOptions { Factors = 0, Epochs = 1, LearningRate = 0.1, Regularization = 0.5 });
        var p = svd.Predict("nobody", "i1");
        Assert.Equal(PredictionFallback.UnknownUser, p.Fallback);
        Assert.Equal(4 + 0.085, p.Estimate, 12); // μ + b_i (Surprise's rule)
    }

    [Fact]
    public void Recommend_ExplainsWithRatedItems()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 100, Items = 60, Seed = 3 });
        var data = InteractionMatrix.FromInteractions(sample.Ratings, new InteractionOptions { Scale = new RatingScale(1, 5) });
        var list = FunkSvd.Fit(data).Recommend("U0001", 5);
        Assert.All(list.Items, r => Assert.Null(data.Value("U0001", r.ItemId)));
        Assert.All(list.Items, r => Assert.InRange(r.Score, 1, 5));
        Assert.Contains(list.Items, r => r.Explanation.StartsWith("because you rated ", StringComparison.Ordinal));
    }
}

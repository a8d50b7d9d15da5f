using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class UserKnnTests
{
    private const double Tol = 1e-6; // similarities are stored as float; hand values are exact fractions

    private static UserKnn Fit(SimilarityKind kind, int k = 40, KnnFormula formula = KnnFormula.MeanCentered) =>
        UserKnn.Fit(HandTable.Ratings(), new KnnOptions { Similarity = kind, Neighbors = k, Formula = formula });

    [Fact]
    public void Similarity_Msd_MatchesHandComputationOverCommonItemsOnly()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference);
        // A–B common items i1 (5,4), i4 (1,1): msd = (1² + 0²)/2 = 0.5 -> 1/(0.5+1) = 2/3.
        Assert.Equal(1 / (((1.0 * 1) + (0.0 * 0)) / 2 + 1), m.Similarity("A", "B"), 12);
        // A–C common i1 (5,1), i2 (3,1), i4 (1,5): (16 + 4 + 16)/3 = 12 -> 1/13.
        Assert.Equal(1 / (((16.0 + 4 + 16) / 3) + 1), m.Similarity("A", "C"), 12);
        // A–D common i2 (3,3), i4 (1,4): (0 + 9)/2 = 4.5 -> 2/11.
        Assert.Equal(2.0 / 11, m.Similarity("A", "D"), 12);
        // C–D common i2 (1,3), i3 (5,4), i4 (5,4), i5 (4,5): (4+1+1+1)/4 = 1.75 -> 4/11.
        Assert.Equal(4.0 / 11, m.Similarity("C", "D"), 12);
        // If unrated were 0, A–B would also compare i2 (3 vs 0), i3 and i5: a different, lower value.
        Assert.NotEqual(1 / (((1.0 + 0 + 9 + 16 + 4) / 5) + 1), m.Similarity("A", "B"), 6);
    }

    [Fact]
    public void Similarity_Cosine_MatchesHandComputation()
    {
        var m = Fit(SimilarityKind.Cosine);
        // A–B over i1, i4: (5·4 + 1·1) / (√(5²+1²) · √(4²+1²)) = 21/√442.
        Assert.Equal(21 / Math.Sqrt(26 * 17), m.Similarity("A", "B"), 12);
        // A–D over i2, i4: (3·3 + 1·4) / (√(9+1) · √(9+16)) = 13/√250.
        Assert.Equal(13 / Math.Sqrt(10 * 25), m.Similarity("A", "D"), 12);
    }

    [Fact]
    public void Similarity_Pearson_MatchesHandComputation()
    {
        var m = Fit(SimilarityKind.Pearson);
        // A–B over i1, i4: A (5,1) mean 3 -> (2,-2); B (4,1) mean 2.5 -> (1.5,-1.5): perfectly correlated, 1.
        Assert.Equal(1.0, m.Similarity("A", "B"), 12);
        // A–C over i1,i2,i4: A (5,3,1) -> (2,0,-2); C (1,1,5) mean 7/3 -> (-4/3,-4/3,8/3).
        // num = 2(-4/3) + 0 + (-2)(8/3) = -8; den = √8 · √(96/9) = 16√3/3 -> -√3/2.
        Assert.Equal(-8 / (Math.Sqrt(8) * Math.Sqrt(96.0 / 9)), m.Similarity("A", "C"), 12);
        Assert.Equal(-Math.Sqrt(3) / 2, m.Similarity("A", "C"), 12);
        // A–D over i2, i4: A (3,1), D (3,4): opposite directions, -1.
        Assert.Equal(-1.0, m.Similarity("A", "D"), 12);
    }

    [Fact]
    public void Similarity_PearsonWithShrinkage_MultipliesByNMinusOneOverNMinusOnePlusLambda()
    {
        var m = UserKnn.Fit(HandTable.Ratings(), new KnnOptions { Similarity = SimilarityKind.Pearson, Shrinkage = 2 });
        // A–C: n = 3 common items -> (-√3/2) · (3-1)/(3-1+2).
        Assert.Equal(-Math.Sqrt(3) / 2 * 2 / 4, m.Similarity("A", "C"), 12);
    }

    [Fact]
    public void Similarity_AdjustedCosine_CentresByItemMeans()
    {
        var m = Fit(SimilarityKind.AdjustedCosine);
        // A–B over i1 (mean 10/3), i4 (mean 11/4): A -> (5-10/3, 1-11/4) = (5/3, -7/4); B -> (2/3, -7/4).
        double num = (5.0 / 3 * (2.0 / 3)) + (-7.0 / 4 * (-7.0 / 4));
        double den = Math.Sqrt((25.0 / 9) + (49.0 / 16)) * Math.Sqrt((4.0 / 9) + (49.0 / 16));
        Assert.Equal(num / den, m.Similarity("A", "B"), 12);
        Assert.Equal(601 / (29 * Math.Sqrt(505)), m.Similarity("A", "B"), 12);
    }

    [Fact]
    public void Similarity_Jaccard_IsIntersectionOverUnionOfRatedItems()
    {
        var m = Fit(SimilarityKind.Jaccard);
        // A {i1,i2,i4}, B {i1,i3,i4,i5}: |∩| = 2, |∪| = 5.
        Assert.Equal(2.0 / 5, m.Similarity("A", "B"), 12);
        // C {all five}, D {i2,i3,i4,i5}: 4/5.
        Assert.Equal(4.0 / 5, m.Similarity("C", "D"), 12);
    }

    [Fact]
    public void Similarity_MinSupportAboveCommonCount_IsZero()
    {
        var m = UserKnn.Fit(HandTable.Ratings(), new KnnOptions { MinSupport = 3 });
        Assert.Equal(0, m.Similarity("A", "B")); // only 2 common items
        Assert.Equal(1.0 / 13, m.Similarity("A", "C"), 12); // 3 common items
    }

    [Fact]
    public void Predict_WeightedAverageK2_UsesTwoMostSimilarRatersAndNormalisesOverThemOnly()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference, k: 2, KnnFormula.WeightedAverage);
        // Raters of i5: B (w = 2/3, r = 2), D (w = 2/11, r = 5), C (w = 1/13, r = 4). k = 2 keeps B and D.
        double expected = ((2.0 / 3 * 2) + (2.0 / 11 * 5)) / ((2.0 / 3) + (2.0 / 11)); // = 74/28
        var p = m.Predict("A", "i5");
        Assert.Equal(expected, p.Estimate, Tol);
        Assert.Equal(74.0 / 28, p.Estimate, Tol);
        Assert.Equal(2, p.NeighborsUsed);
        Assert.False(p.IsFallback);
        // The seed's bug divided by the similarity sum over all users: that would give a different (smaller) number.
        double seedBug = ((2.0 / 3 * 2) + (2.0 / 11 * 5)) / ((2.0 / 3) + (2.0 / 11) + (1.0 / 13));
        Assert.NotEqual(seedBug, p.Estimate, 3);
    }

    [Fact]
    public void Predict_MeanCenteredK2_AddsWeightedDeviationsToUserMean()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference, k: 2, KnnFormula.MeanCentered);
        // r̄A = 3; B: r̄ = 11/4, r = 2; D: r̄ = 4, r = 5.
        double expected = 3 + (((2.0 / 3) * (2 - (11.0 / 4))) + ((2.0 / 11) * (5 - 4.0))) / ((2.0 / 3) + (2.0 / 11)); // = 2.625
        var p = m.Predict("A", "i5");
        Assert.Equal(expected, p.Estimate, Tol);
        Assert.Equal(2.625, p.Estimate, Tol);
    }

    [Fact]
    public void Predict_AllThreeRaters_WeightedAverageOverAllPositiveNeighbours()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference, k: 40, KnnFormula.WeightedAverage);
        double expected = ((2.0 / 3 * 2) + (2.0 / 11 * 5) + (1.0 / 13 * 4)) / ((2.0 / 3) + (2.0 / 11) + (1.0 / 13));
        Assert.Equal(expected, m.Predict("A", "i5").Estimate, Tol);
        Assert.Equal(3, m.Predict("A", "i5").NeighborsUsed);
    }

    [Fact]
    public void Predict_PearsonNegativeNeighboursOnly_FallsBackToUserMeanAndSaysSo()
    {
        // Pearson: A–B = 1 (rated i5: 2), A–C = -√3/2, A–D = -1. Only B is positive.
        var m = Fit(SimilarityKind.Pearson, k: 40, KnnFormula.WeightedAverage);
        var p = m.Predict("A", "i5");
        Assert.Equal(2.0, p.Estimate, Tol); // B's rating with weight 1: negative neighbours are not used
        Assert.Equal(1, p.NeighborsUsed);
        var strict = UserKnn.Fit(HandTable.Ratings(), new KnnOptions { Similarity = SimilarityKind.Pearson, MinNeighbors = 2, Formula = KnnFormula.WeightedAverage });
        var f = strict.Predict("A", "i5");
        Assert.Equal(PredictionFallback.TooFewNeighbors, f.Fallback);
        Assert.Equal(3.0, f.Estimate, Tol); // A's mean
    }

    [Fact]
    public void Predict_UnknownUser_ReturnsGlobalMeanFlagged()
    {
        var p = Fit(SimilarityKind.MeanSquaredDifference).Predict("nobody", "i1");
        Assert.Equal(PredictionFallback.UnknownUser, p.Fallback);
        Assert.Equal((9.0 + 11 + 16 + 16) / 16, p.Estimate, Tol); // row sums A 9, B 11, C 16, D 16 over 16 ratings
    }

    [Fact]
    public void Predict_UnknownItem_ReturnsUserMeanFlagged()
    {
        var p = Fit(SimilarityKind.MeanSquaredDifference).Predict("B", "i99");
        Assert.Equal(PredictionFallback.UnknownItem, p.Fallback);
        Assert.Equal(11.0 / 4, p.Estimate, Tol);
    }

    [Fact]
    public void Predict_EstimateOutsideScale_IsClippedAndFlagged()
    {
        // Mean-centred: user X averages 5 and neighbour Y rates the item far above Y's own mean.
        var data = InteractionMatrix.FromInteractions(
        [
            new("X", "a", 5), new("X", "b", 5),
            new("Y", "a", 5), new("Y", "b", 5), new("Y", "c", 1), new("Y", "d", 1), new("Y", "t", 5),
        ], new InteractionOptions { Scale = new RatingScale(1, 5) });
        var p = UserKnn.Fit(data).Predict("X", "t");
        // Raw: 5 + (5 - 17/5) = 6.6 -> clipped to 5.
        Assert.Equal(5.0, p.Estimate);
        Assert.True(p.WasClipped);
    }

    [Fact]
    public void Recommend_Default_NeverReturnsSeenItemsAndIsDescending()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference);
        var list = m.Recommend("A", 5);
        Assert.DoesNotContain(list.Items, r => r.ItemId is "i1" or "i2" or "i4");
        Assert.Equal(["i3", "i5"], list.Items.Select(r => r.ItemId).Order().ToArray());
        for (int k = 1; k < list.Items.Count; k++)
        {
            Assert.True(list.Items[k - 1].Score >= list.Items[k].Score, "scores must be in descending order");
            Assert.Equal(k + 1, list.Items[k].Rank);
        }

        Assert.All(list.Items, r => Assert.Equal(RecommendationSource.Neighbors, r.Source));
        // Scores are the predictions.
        Assert.Equal(m.Predict("A", "i5").Estimate, list.Items.Single(r => r.ItemId == "i5").Score, 6);
    }

    [Fact]
    public void Recommend_MoreThanCandidates_FillsWithPopularUnseenItemsFlagged()
    {
        // A has only i3 and i5 unseen: nothing else can be filled, so the list stops at 2, never repeating a seen item.
        var list = Fit(SimilarityKind.MeanSquaredDifference).Recommend("A", 5);
        Assert.Equal(2, list.Items.Count);
        Assert.False(list.IsFallback);
    }

    [Fact]
    public void Recommend_IncludeSeen_RanksSeenItemsToo()
    {
        var list = Fit(SimilarityKind.MeanSquaredDifference).Recommend("A", 5, includeSeen: true);
        Assert.Equal(5, list.Items.Count);
    }

    [Fact]
    public void Recommend_UnknownUser_GetsPopularItemsFlagged()
    {
        var list = Fit(SimilarityKind.MeanSquaredDifference).Recommend("stranger", 2);
        Assert.True(list.IsFallback);
        Assert.NotNull(list.FallbackReason);
        // Popularity: i4 has 4 ratings; i1, i2, i3, i5 have 3 each -> i4, then the ordinally smallest, i1.
        Assert.Equal(["i4", "i1"], list.Items.Select(r => r.ItemId).ToArray());
        Assert.All(list.Items, r => Assert.Equal(RecommendationSource.Popularity, r.Source));
    }

    [Fact]
    public void Recommend_Explanation_NamesNeighboursWithWeightShares()
    {
        var m = Fit(SimilarityKind.MeanSquaredDifference, k: 2);
        var i5 = m.Recommend("A", 5).Items.Single(r => r.ItemId == "i5");
        Assert.Equal(["B", "D"], i5.Because.Select(c => c.Id).ToArray());
        // Shares: (2/3) / (2/3 + 2/11) = 11/14 and (2/11)/(28/33) = 3/14.
        Assert.Equal(11.0 / 14, i5.Because[0].Share, Tol);
        Assert.Equal(3.0 / 14, i5.Because[1].Share, Tol);
        Assert.Contains("similar customers", i5.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void SimilarUsers_ReturnsDescendingPositiveSimilarities()
    {
        var list = Fit(SimilarityKind.MeanSquaredDifference).SimilarUsers("A", 3);
        Assert.Equal(["B", "D", "C"], list.Neighbors.Select(n => n.Id).ToArray()); // 2/3 > 2/11 > 1/13
        Assert.Equal(3, list.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Fit_ImplicitDataWithMsd_IsRejectedNamingTheOption()
    {
        var data = InteractionMatrix.FromInteractions([new("a", "x"), new("b", "x")], new InteractionOptions { Kind = FeedbackKind.Implicit });
        var ex = Assert.Throws<InputDataException>(() => UserKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.MeanSquaredDifference }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("Similarity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OneThreadAndManyThreads_GiveIdenticalPredictions()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 150, Items = 80, Seed = 3 });
        var data = InteractionMatrix.FromInteractions(sample.Ratings);
        var one = UserKnn.Fit(data, new KnnOptions { MaxDegreeOfParallelism = 1 });
        var many = UserKnn.Fit(data, new KnnOptions { MaxDegreeOfParallelism = 4 });
        for (int u = 0; u < data.UserCount; u += 7)
        {
            for (int i = 0; i < data.ItemCount; i += 5)
            {
                Assert.Equal(one.Predict(data.UserIds[u], data.ItemIds[i]).Estimate, many.Predict(data.UserIds[u], data.ItemIds[i]).Estimate);
            }
        }

        var a = one.RecommendMany(data.UserIds, 10, maxDegreeOfParallelism: 1).ToDataFrame();
        var b = many.RecommendMany(data.UserIds, 10, maxDegreeOfParallelism: 4).ToDataFrame();
        Assert.Equal(a.Rows.Count, b.Rows.Count);
        for (long r = 0; r < a.Rows.Count; r++)
        {
            Assert.Equal(a["item"][r], b["item"][r]);
            Assert.Equal(a["score"][r], b["score"][r]);
        }
    }

    [Fact]
    public void Similarity_BulkTableEqualsPairwiseMerge_OnGeneratedData()
    {
        // Consistency of the two code paths (bulk row accumulation vs merge of two sorted rows), for every measure.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 60, Items = 40, RatingsPerUser = 12, Seed = 5 });
        var data = InteractionMatrix.FromInteractions(sample.Ratings);
        foreach (var kind in Enum.GetValues<SimilarityKind>().Where(k => k is not (SimilarityKind.TfIdf or SimilarityKind.Bm25)))
        {
            var m = UserKnn.Fit(data, new KnnOptions { Similarity = kind, MinSupport = 2 });
            for (int a = 0; a < data.UserCount; a++)
            {
                for (int b = 0; b < data.UserCount; b++)
                {
                    double pair = m.Similarity(data.UserIds[a], data.UserIds[b]);
                    Assert.Equal((float)pair, m.Table.Get(a, b));
                }
            }
        }
    }

    [Fact]
    public void Similarity_ImplicitStoredNeighboursEqualPairwiseMerge_ForEveryPurchaseMeasure()
    {
        // The K stored per user are exactly the pairwise similarities, for the implicit weightings too.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 60, Items = 40, PurchasesPerUser = 8, Seed = 5 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        foreach (var kind in new[] { SimilarityKind.Cosine, SimilarityKind.Jaccard, SimilarityKind.TfIdf, SimilarityKind.Bm25 })
        {
            var m = UserKnn.Fit(data, new KnnOptions { Similarity = kind, Neighbors = 10 });
            for (int a = 0; a < data.UserCount; a++)
            {
                var ids = m.Table.NeighborIds(a);
                Assert.InRange(ids.Length, 1, 10);
                for (int k = 0; k < ids.Length; k++)
                {
                    Assert.Equal((float)m.Similarity(data.UserIds[a], data.UserIds[ids[k]]), m.Table.NeighborSims(a)[k]);
                }
            }
        }
    }
}

using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

public class ItemKnnTests
{
    private const double Tol = 1e-6;

    private static ItemKnn Fit(SimilarityKind kind = SimilarityKind.MeanSquaredDifference, int k = 40, KnnFormula formula = KnnFormula.MeanCentered) =>
        ItemKnn.Fit(HandTable.Ratings(), new KnnOptions { Similarity = kind, Neighbors = k, Formula = formula });

    [Fact]
    public void Similarity_Msd_IsOverCommonUsers()
    {
        var m = Fit();
        // i5–i1 common users B (2,4), C (4,1): (4 + 9)/2 = 6.5 -> 1/7.5.
        Assert.Equal(1 / 7.5, m.Similarity("i5", "i1"), 12);
        // i5–i2 common C (4,1), D (5,3): (9 + 4)/2 -> 1/7.5.
        Assert.Equal(1 / 7.5, m.Similarity("i5", "i2"), 12);
        // i5–i4 common B (2,1), C (4,5), D (5,4): 3/3 = 1 -> 1/2.
        Assert.Equal(0.5, m.Similarity("i5", "i4"), 12);
    }

    [Fact]
    public void Similarity_AdjustedCosine_CentresByUserMeans()
    {
        var m = Fit(SimilarityKind.AdjustedCosine);
        // i5–i4 over B (mean 11/4), C (16/5), D (4): i5 -> (2-11/4, 4-16/5, 5-4) = (-3/4, 4/5, 1); i4 -> (1-11/4, 5-16/5, 4-4) = (-7/4, 9/5, 0).
        double num = (-0.75 * -1.75) + (0.8 * 1.8) + (1 * 0);
        double den = Math.Sqrt((0.75 * 0.75) + (0.8 * 0.8) + 1) * Math.Sqrt((1.75 * 1.75) + (1.8 * 1.8));
        Assert.Equal(num / den, m.Similarity("i5", "i4"), 12);
    }

    [Fact]
    public void Predict_WeightedAverage_IsSeedItemFormulaOverItemsTheUserRated()
    {
        var m = Fit(formula: KnnFormula.WeightedAverage);
        // A rated i1 (5), i2 (3), i4 (1); w(i5,·) = 2/15, 2/15, 1/2.
        double expected = ((2.0 / 15 * 5) + (2.0 / 15 * 3) + (0.5 * 1)) / ((2.0 / 15) + (2.0 / 15) + 0.5); // = 47/23
        var p = m.Predict("A", "i5");
        Assert.Equal(expected, p.Estimate, Tol);
        Assert.Equal(47.0 / 23, p.Estimate, Tol);
        Assert.Equal(3, p.NeighborsUsed);
    }

    [Fact]
    public void Predict_MeanCentered_AddsWeightedDeviationsToItemMean()
    {
        var m = Fit(formula: KnnFormula.MeanCentered);
        // r̄i5 = 11/3; deviations r(A,j) − r̄j: i1 5 − 10/3, i2 3 − 7/3, i4 1 − 11/4.
        double num = (2.0 / 15 * (5 - (10.0 / 3))) + (2.0 / 15 * (3 - (7.0 / 3))) + (0.5 * (1 - (11.0 / 4)));
        double expected = (11.0 / 3) + (num / ((2.0 / 15) + (2.0 / 15) + 0.5)); // = 11/3 − 203/276
        Assert.Equal(expected, m.Predict("A", "i5").Estimate, Tol);
        Assert.Equal((11.0 / 3) - (203.0 / 276), m.Predict("A", "i5").Estimate, Tol);
    }

    [Fact]
    public void Predict_K2WithTiedSimilarities_BreaksTiesByItemIdAndNormalisesOverUsedOnly()
    {
        var m = Fit(k: 2, formula: KnnFormula.WeightedAverage);
        // i4 (1/2) first, then i1 and i2 tie at 2/15: the ordinally smaller id, i1, is kept.
        double expected = ((0.5 * 1) + (2.0 / 15 * 5)) / (0.5 + (2.0 / 15));
        Assert.Equal(expected, m.Predict("A", "i5").Estimate, Tol);
    }

    [Fact]
    public void Recommend_ExplainsWithOwnedItems()
    {
        var m = Fit();
        var list = m.Recommend("A", 3);
        Assert.DoesNotContain(list.Items, r => r.ItemId is "i1" or "i2" or "i4");
        var i5 = list.Items.Single(r => r.ItemId == "i5");
        Assert.Equal("i4", i5.Because[0].Id); // largest weight 1/2
        Assert.Equal(0.5 / ((2.0 / 15) + (2.0 / 15) + 0.5), i5.Because[0].Share, Tol);
        Assert.StartsWith("because you rated i4", i5.Explanation, StringComparison.Ordinal); // ratings say "rated"
    }

    [Fact]
    public void SimilarItems_Explicit_DescendingWithTieByIdAndNoSelf()
    {
        var list = Fit().SimilarItems("i5", 4);
        Assert.DoesNotContain(list.Neighbors, n => n.Id == "i5");
        for (int k = 1; k < list.Neighbors.Count; k++)
        {
            Assert.True(list.Neighbors[k - 1].Similarity >= list.Neighbors[k].Similarity);
        }
    }

    /// <summary>
    /// Purchases (implicit, binary):
    /// <code>
    ///        p1 p2 p3 p4
    ///   u1    1  1  -  -
    ///   u2    1  1  1  -
    ///   u3    -  1  1  -
    ///   u4    -  -  1  1
    /// </code>
    /// Item cosine over whole vectors (absent = 0): cos(p1,p2) = 2/√(2·3), cos(p2,p3) = 2/√(3·3), cos(p1,p3) = 1/√(2·3),
    /// cos(p3,p4) = 1/√(3·1), cos(p2,p4) = cos(p1,p4) = 0.
    /// </summary>
    private static InteractionMatrix Purchases() => InteractionMatrix.FromInteractions(
        [new("u1", "p1"), new("u1", "p2"), new("u2", "p1"), new("u2", "p2"), new("u2", "p3"), new("u3", "p2"), new("u3", "p3"), new("u4", "p3"), new("u4", "p4")],
        new InteractionOptions { Kind = FeedbackKind.Implicit });

    [Fact]
    public void Similarity_ImplicitCosineAndJaccard_UseWholeVectors()
    {
        var cos = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Cosine });
        Assert.Equal(2 / Math.Sqrt(6), cos.Similarity("p1", "p2"), 12);
        Assert.Equal(2.0 / 3, cos.Similarity("p2", "p3"), 12);
        Assert.Equal(1 / Math.Sqrt(3), cos.Similarity("p3", "p4"), 12);
        Assert.Equal(0, cos.Similarity("p2", "p4"));
        var jac = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Jaccard });
        // p2 {u1,u2,u3}, p3 {u2,u3,u4}: 2/4.
        Assert.Equal(0.5, jac.Similarity("p2", "p3"), 12);
    }

    [Fact]
    public void Recommend_Implicit_ScoresBySummedSimilarityToOwnedItems()
    {
        var m = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 3 });
        // u1 owns p1, p2. Score(p3) = cos(p3,p1) + cos(p3,p2) = 1/√6 + 2/3; p4 has no positive similarity to p1 or p2.
        var list = m.Recommend("u1", 2);
        Assert.Equal("p3", list.Items[0].ItemId);
        Assert.Equal((1 / Math.Sqrt(6)) + (2.0 / 3), list.Items[0].Score, 5);
        Assert.Equal(RecommendationSource.Neighbors, list.Items[0].Source);
        Assert.Equal("p2", list.Items[0].Because[0].Id); // 2/3 > 1/√6
        // Second slot: nothing else is similar, so the most popular unseen item fills it, flagged.
        Assert.Equal("p4", list.Items[1].ItemId);
        Assert.Equal(RecommendationSource.Popularity, list.Items[1].Source);
        Assert.Equal((1 / Math.Sqrt(6)) + (2.0 / 3), m.Predict("u1", "p3").Estimate, 5);
    }

    [Fact]
    public void SimilarItems_Implicit_ReturnsStoredNeighboursBestFirst()
    {
        var m = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 2 });
        var list = m.SimilarItems("p2", 5);
        Assert.Equal(["p1", "p3"], list.Neighbors.Select(n => n.Id).ToArray()); // 2/√6 ≈ 0.816 > 2/3
    }

    [Fact]
    public void Fit_ImplicitOneThreadAndManyThreads_IdenticalNeighboursAndLists()
    {
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 200, Items = 120, Seed = 9 });
        var data = InteractionMatrix.FromInteractions(sample.Purchases, new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        var one = ItemKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 10, MaxDegreeOfParallelism = 1 });
        var many = ItemKnn.Fit(data, new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 10, MaxDegreeOfParallelism = 4 });
        foreach (string item in data.ItemIds)
        {
            Assert.Equal(one.SimilarItems(item, 10), many.SimilarItems(item, 10), new NeighborListComparer());
        }

        var a = one.RecommendMany(data.UserIds, 5, maxDegreeOfParallelism: 1);
        var b = many.RecommendMany(data.UserIds, 5, maxDegreeOfParallelism: 4);
        Assert.Equal(a.ToDataFrame().ToString(), b.ToDataFrame().ToString());
        Assert.Equal(a.Lists.SelectMany(l => l.Items.Select(i => (i.ItemId, i.Score))), b.Lists.SelectMany(l => l.Items.Select(i => (i.ItemId, i.Score))));
    }

    [Theory]
    [InlineData(SimilarityKind.Cosine, false)]
    [InlineData(SimilarityKind.Cosine, true)]
    [InlineData(SimilarityKind.Jaccard, true)]
    public void Fit_ImplicitStoredNeighbours_AreTheTopKOfExactPairSimilarities(SimilarityKind kind, bool binary)
    {
        // Bulk top-k table vs. the pairwise merge of two sorted columns, and vs. a brute-force top-k over all pairs.
        var sample = RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 150, Items = 60, Seed = 12 });
        var rows = binary ? sample.Purchases.Select(p => p with { Value = 1 }) : sample.Purchases;
        var data = InteractionMatrix.FromInteractions(rows, new InteractionOptions { Kind = FeedbackKind.Implicit });
        var m = ItemKnn.Fit(data, new KnnOptions { Similarity = kind, Neighbors = 5 });
        foreach (string item in data.ItemIds)
        {
            var expected = data.ItemIds.Where(j => j != item)
                .Select(j => (Id: j, Sim: (float)m.Similarity(item, j)))
                .Where(x => x.Sim > 0)
                .OrderByDescending(x => x.Sim).ThenBy(x => x.Id, StringComparer.Ordinal)
                .Take(5).ToList();
            var stored = m.SimilarItems(item, 5).Neighbors;
            Assert.Equal(expected.Select(x => x.Id), stored.Select(n => n.Id));
            Assert.Equal(expected.Select(x => (double)x.Sim), stored.Select(n => n.Similarity));
        }
    }

    private sealed class NeighborListComparer : IEqualityComparer<NeighborList>
    {
        public bool Equals(NeighborList? x, NeighborList? y) => x!.Id == y!.Id && x.Neighbors.SequenceEqual(y.Neighbors);

        public int GetHashCode(NeighborList obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}

using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Recommendation;

/// <summary>Properties shared by both orientations, checked on generated data against a brute-force re-derivation.</summary>
public class KnnRecommenderTests
{
    private static readonly InteractionMatrix Ratings = InteractionMatrix.FromInteractions(
        RecommendationSampleGenerator.Generate(new RecommendationSampleOptions { Users = 80, Items = 50, RatingsPerUser = 15, Seed = 21 }).Ratings,
        new InteractionOptions { Scale = new RatingScale(1, 5) });

    /// <summary>Orientation, formula, similarity, and the stored neighbours per entity (null: every pair, a dense table).</summary>
    public static TheoryData<bool, KnnFormula, SimilarityKind, int?> Variants() => new()
    {
        { true, KnnFormula.WeightedAverage, SimilarityKind.MeanSquaredDifference, null },
        { true, KnnFormula.MeanCentered, SimilarityKind.Pearson, null },
        { false, KnnFormula.WeightedAverage, SimilarityKind.Cosine, null },
        { false, KnnFormula.MeanCentered, SimilarityKind.AdjustedCosine, null },
        { true, KnnFormula.MeanCentered, SimilarityKind.MeanSquaredDifference, 12 },
        { false, KnnFormula.WeightedAverage, SimilarityKind.Pearson, 12 },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Predict_EqualsBruteForceFormulaOverTopKPositiveNeighbours(bool userBased, KnnFormula formula, SimilarityKind kind, int? stored)
    {
        const int k = 7;
        var options = new KnnOptions { Neighbors = k, Formula = formula, Similarity = kind, StoredNeighbors = stored };
        Recommender model = userBased ? UserKnn.Fit(Ratings, options) : ItemKnn.Fit(Ratings, options);
        double Sim(string a, string b) => userBased ? ((UserKnn)model).Similarity(a, b) : ((ItemKnn)model).Similarity(a, b);
        double UserMean(string u) => Ratings.ToInteractions().Where(x => x.UserId == u).Average(x => x.Value);
        double ItemMean(string i) => Ratings.ToInteractions().Where(x => x.ItemId == i).Average(x => x.Value);
        var all = Ratings.ToInteractions().ToList();
        // With m stored neighbours, x's candidates are limited to its m most similar others (positive, ties by id).
        var ids = userBased ? Ratings.UserIds : Ratings.ItemIds;
        bool Kept(string x, string other) => stored is not { } m || ids.Where(o => o != x && (float)Sim(x, o) > 0)
            .OrderByDescending(o => (float)Sim(x, o)).ThenBy(o => o, StringComparer.Ordinal).Take(m).Contains(other);
        for (int t = 0; t < 40; t++)
        {
            string u = Ratings.UserIds[(t * 7) % Ratings.UserCount];
            string i = Ratings.ItemIds[(t * 11) % Ratings.ItemCount];
            if (Ratings.Value(u, i) is not null)
            {
                continue;
            }

            // Candidates: (neighbour id, similarity, its rating, the mean to centre it by).
            var candidates = userBased
                ? all.Where(x => x.ItemId == i).Select(x => (Id: x.UserId, S: (double)(float)Sim(u, x.UserId), R: x.Value, M: UserMean(x.UserId)))
                : all.Where(x => x.UserId == u).Select(x => (Id: x.ItemId, S: (double)(float)Sim(i, x.ItemId), R: x.Value, M: ItemMean(x.ItemId)));
            var used = candidates.Where(c => c.S > 0 && Kept(userBased ? u : i, c.Id)).OrderByDescending(c => c.S).ThenBy(c => c.Id, StringComparer.Ordinal).Take(k).ToList();
            var p = model.Predict(u, i);
            if (used.Count == 0)
            {
                Assert.True(p.IsFallback);
                continue;
            }

            double sumS = used.Sum(c => c.S);
            double raw = formula == KnnFormula.WeightedAverage
                ? used.Sum(c => c.S * c.R) / sumS
                : (userBased ? UserMean(u) : ItemMean(i)) + (used.Sum(c => c.S * (c.R - c.M)) / sumS);
            Assert.Equal(Math.Clamp(raw, 1, 5), p.Estimate, 9);
            Assert.Equal(used.Count, p.NeighborsUsed);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Recommend_EveryUser_NoSeenItemsDescendingScoresDistinctItems(bool userBased, KnnFormula formula, SimilarityKind kind, int? stored)
    {
        var options = new KnnOptions { Formula = formula, Similarity = kind, StoredNeighbors = stored };
        Recommender model = userBased ? UserKnn.Fit(Ratings, options) : ItemKnn.Fit(Ratings, options);
        foreach (var list in model.RecommendMany(Ratings.UserIds, 15).Lists)
        {
            Assert.All(list.Items, r => Assert.Null(Ratings.Value(list.UserId, r.ItemId)));
            Assert.Equal(list.Items.Count, list.Items.Select(r => r.ItemId).Distinct().Count());
            var neighbourScores = list.Items.Where(r => r.Source == RecommendationSource.Neighbors).Select(r => r.Score).ToList();
            Assert.Equal(neighbourScores.OrderDescending(), neighbourScores);
            // Popularity fill only ever follows the neighbourhood items.
            Assert.DoesNotContain(list.Items.SkipWhile(r => r.Source == RecommendationSource.Neighbors), r => r.Source == RecommendationSource.Neighbors);
            // Explanations: at most 3 contributors (the default), largest share first, shares of all contributors sum to 1;
            // ratings say "rated".
            foreach (var r in list.Items.Where(r => r.Source == RecommendationSource.Neighbors))
            {
                Assert.InRange(r.Because.Count, 1, 3);
                Assert.Equal(r.Because.Select(c => c.Share).OrderDescending(), r.Because.Select(c => c.Share));
                Assert.True(r.Because.Sum(c => c.Share) <= 1 + 1e-9);
                Assert.Contains(" rated ", r.Explanation, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Recommend_IncludeSeenAllItems_ScoresEqualPredictions(bool userBased, KnnFormula formula, SimilarityKind kind, int? stored)
    {
        // The top-N path (a neighbour sweep for user-based) must pick the same neighbours as Predict for every item.
        var options = new KnnOptions { Neighbors = 6, Formula = formula, Similarity = kind, StoredNeighbors = stored };
        Recommender model = userBased ? UserKnn.Fit(Ratings, options) : ItemKnn.Fit(Ratings, options);
        foreach (string user in Ratings.UserIds.Take(25))
        {
            var list = model.Recommend(user, Ratings.ItemCount, includeSeen: true);
            foreach (var r in list.Items.Where(r => r.Source == RecommendationSource.Neighbors))
            {
                var p = model.Predict(user, r.ItemId);
                Assert.False(p.IsFallback);
                Assert.Equal(p.Estimate, r.Score, 9);
            }

            // Every item with a neighbourhood estimate is ranked (none silently dropped).
            int expected = Ratings.ItemIds.Count(i => !model.Predict(user, i).IsFallback);
            Assert.Equal(expected, list.Items.Count(r => r.Source == RecommendationSource.Neighbors));
        }
    }
}

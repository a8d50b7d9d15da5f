using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

/// <summary>
/// The TF-IDF and BM25 item-kNN of the implicit library, by hand on five purchases baskets (items are the documents, users
/// the terms), and against Reference/item_knn_reference.py (NumPy, the library's definitions; output in item_knn_reference.out).
/// </summary>
public class ImplicitWeightingTests
{
    // u1 {p1 ×1, p2 ×3}, u2 {p1, p3}, u3 {p2, p3 ×2, p4}, u4 {p4}, u5 {p5}.
    private static InteractionMatrix Purchases() => InteractionMatrix.FromInteractions(
    [
        new("u1", "p1", 1), new("u1", "p2", 3), new("u2", "p1", 1), new("u2", "p3", 1),
        new("u3", "p2", 1), new("u3", "p3", 2), new("u3", "p4", 1), new("u4", "p4", 1), new("u5", "p5", 1),
    ], new InteractionOptions { Kind = FeedbackKind.Implicit });

    // N = 5 items; idf(user) = ln(5 / (1 + items of the user)): u1, u2 ln(5/3), u3 ln(5/4).
    private static readonly double Idf1 = Math.Log(5.0 / 3), Idf3 = Math.Log(5.0 / 4);

    [Fact]
    public void Bm25_PairSimilarity_IsTheDotProductOfHandWeights()
    {
        // Item lengths (summed quantities) p1 2, p2 4, p3 3, p4 2, p5 1; mean 2.4; L = 0.25 + 0.75·len/2.4:
        // p1 0.875, p2 1.5, p3 1.1875, p4 0.875. w = x·(k1 + 1)/(k1·L + x)·idf with k1 = 1.2.
        static double W(double x, double l, double idf) => x * 2.2 / ((1.2 * l) + x) * idf;
        var model = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Bm25 });

        double p1p2 = W(1, 0.875, Idf1) * W(3, 1.5, Idf1);          // common user u1
        double p2p3 = W(1, 1.5, Idf3) * W(2, 1.1875, Idf3);         // common user u3
        double p3p4 = W(2, 1.1875, Idf3) * W(1, 0.875, Idf3);       // common user u3
        Assert.Equal(p1p2, model.Similarity("p1", "p2"), 6);
        Assert.Equal(p2p3, model.Similarity("p2", "p3"), 6);
        Assert.Equal(p3p4, model.Similarity("p3", "p4"), 6);
        Assert.Equal(0.3850497678707994, model.Similarity("p1", "p2"), 6); // NumPy reference
        Assert.Equal(0.05026034105248967, model.Similarity("p2", "p3"), 6);
        Assert.Equal(0.06864827070583956, model.Similarity("p3", "p4"), 6);
    }

    [Fact]
    public void TfIdf_PairSimilarity_IsTheCosineOfHandWeights()
    {
        // w = √x·idf, then cosine. p2 = (u1: √3·ln(5/3), u3: ln(5/4)), p3 = (u2: ln(5/3), u3: √2·ln(5/4)), p1 = (u1, u2: ln(5/3)).
        var model = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.TfIdf });
        double n1 = Math.Sqrt(2) * Idf1;
        double n2 = Math.Sqrt((3 * Idf1 * Idf1) + (Idf3 * Idf3));
        double n3 = Math.Sqrt((Idf1 * Idf1) + (2 * Idf3 * Idf3));
        Assert.Equal(Math.Sqrt(3) * Idf1 * Idf1 / (n1 * n2), model.Similarity("p1", "p2"), 6);
        Assert.Equal(Math.Sqrt(2) * Idf3 * Idf3 / (n2 * n3), model.Similarity("p2", "p3"), 6);
        Assert.Equal(0.6856373906737252, model.Similarity("p1", "p2"), 6); // NumPy reference
        Assert.Equal(0.12852565416591388, model.Similarity("p2", "p3"), 6);
    }

    [Fact]
    public void Recommend_ScoreIsQuantityTimesStoredSimilarity()
    {
        // implicit's recommend: user_items · S with S the K nearest per item. u4 owns p4 (×1); p4's neighbours are p3 (shares u3)
        // and p2 (shares u3): score(p3) = 1·S(p4,p3).
        var model = ItemKnn.Fit(Purchases(), new KnnOptions { Similarity = SimilarityKind.Bm25, Neighbors = 20 });
        var list = model.Recommend("u4", 2);
        Assert.Equal(["p3", "p2"], list.Items.Select(r => r.ItemId).ToArray());
        Assert.Equal(model.Similarity("p4", "p3"), list.Items[0].Score, 6);
        Assert.Equal("because you bought p4 (100%)", list.Items[0].Explanation);
    }

    [Fact]
    public void Fit_DefaultForPurchases_IsTfIdfWithTwentyNeighbours()
    {
        var model = ItemKnn.Fit(Purchases());
        Assert.Equal(SimilarityKind.TfIdf, model.SimilarityMeasure);
        Assert.Equal(20, model.Neighbors);
        Assert.False(model.PredictsRatings);
    }

    [Fact]
    public void Fit_Bm25OnRatings_IsRefusedPointingToSignals()
    {
        var ratings = HandTable.Ratings();
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => ItemKnn.Fit(ratings, new KnnOptions { Similarity = SimilarityKind.Bm25 }));
        Assert.Contains("AsImplicit", ex.Message, StringComparison.Ordinal);
    }
}

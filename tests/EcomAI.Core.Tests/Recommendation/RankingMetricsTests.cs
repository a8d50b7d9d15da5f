using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Tests.Recommendation;

public class RankingMetricsTests
{
    // Ranked list a b c d e; relevant {a, c, f}: hits at positions 1 and 3.
    private static readonly string[] Ranked = ["a", "b", "c", "d", "e"];
    private static readonly string[] Relevant = ["a", "c", "f"];

    [Fact]
    public void PrecisionAtK_CountsHitsInTopKOverK()
    {
        Assert.Equal(2.0 / 5, RankingMetrics.PrecisionAtK(Ranked, Relevant, 5), 12);
        Assert.Equal(1.0 / 2, RankingMetrics.PrecisionAtK(Ranked, Relevant, 2), 12);
        // A list shorter than K is still divided by K.
        Assert.Equal(2.0 / 10, RankingMetrics.PrecisionAtK(Ranked, Relevant, 10), 12);
    }

    [Fact]
    public void RecallAtK_CountsHitsOverRelevant()
    {
        Assert.Equal(2.0 / 3, RankingMetrics.RecallAtK(Ranked, Relevant, 5), 12);
        Assert.Equal(1.0 / 3, RankingMetrics.RecallAtK(Ranked, Relevant, 2), 12);
    }

    [Fact]
    public void NdcgAtK_DiscountsByLog2OfPositionPlusOne()
    {
        // DCG = 1/log2(2) + 1/log2(4) = 1 + 1/2; IDCG (3 relevant, K = 5) = 1 + 1/log2(3) + 1/2.
        double expected = (1 + 0.5) / (1 + (1 / Math.Log2(3)) + 0.5);
        Assert.Equal(expected, RankingMetrics.NdcgAtK(Ranked, Relevant, 5), 12);
        // K = 2: DCG = 1, IDCG = 1 + 1/log2(3).
        Assert.Equal(1 / (1 + (1 / Math.Log2(3))), RankingMetrics.NdcgAtK(Ranked, Relevant, 2), 12);
        // A perfect list scores 1.
        Assert.Equal(1.0, RankingMetrics.NdcgAtK(["a", "c", "f"], Relevant, 3), 12);
    }

    [Fact]
    public void AveragePrecisionAtK_AveragesPrecisionAtHitsOverMinKR()
    {
        // Hits at 1 (P@1 = 1) and 3 (P@3 = 2/3); divided by min(5, 3) = 3.
        Assert.Equal((1 + (2.0 / 3)) / 3, RankingMetrics.AveragePrecisionAtK(Ranked, Relevant, 5), 12);
        // K = 2: one hit at 1, divided by min(2, 3) = 2.
        Assert.Equal(1.0 / 2, RankingMetrics.AveragePrecisionAtK(Ranked, Relevant, 2), 12);
    }

    [Fact]
    public void HitAtK_IsOneWhenAnyRelevantInTopK()
    {
        Assert.Equal(1, RankingMetrics.HitAtK(Ranked, Relevant, 1));
        Assert.Equal(0, RankingMetrics.HitAtK(["b", "d"], Relevant, 2));
    }

    [Fact]
    public void Compute_NoRelevantItems_IsAnErrorNotZero()
    {
        var ex = Assert.Throws<InputDataException>(() => RankingMetrics.Compute(Ranked, Array.Empty<string>(), 5));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
    }

    [Fact]
    public void Compute_KBelowOne_NamesK()
    {
        var ex = Assert.Throws<InputDataException>(() => RankingMetrics.Compute(Ranked, Relevant, 0));
        Assert.Contains("k = 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AveragePrecision_DividesByAllRelevantNotMinKR()
    {
        // Microsoft Recommenders' map: Σ precision at hits / R. Hits at 1 and 3: (1/1 + 2/3) / 3 relevant.
        Assert.Equal((1 + (2.0 / 3)) / 3, RankingMetrics.AveragePrecision(Ranked, Relevant, 5), 12);
        // K = 2: one hit at 1, still over R = 3 (MAP@K divides by min(2, 3) = 2 instead).
        Assert.Equal(1.0 / 3, RankingMetrics.AveragePrecision(Ranked, Relevant, 2), 12);
        Assert.Equal(1.0 / 2, RankingMetrics.AveragePrecisionAtK(Ranked, Relevant, 2), 12);
    }

    [Fact]
    public void Compute_RepeatedItem_CountsOnce()
    {
        // [a, a, b] against {a, b}: the second a is not a hit. Hits at 1 and 3.
        var m = RankingMetrics.Compute(["a", "a", "b"], ["a", "b"], 3);
        Assert.Equal(2.0 / 3, m.Precision, 12);
        Assert.Equal(1.0, m.Recall, 12);
        Assert.Equal((1 + 0.5) / (1 + (1 / Math.Log2(3))), m.Ndcg, 12); // DCG 1 + 1/log2 4, IDCG 1 + 1/log2 3
        Assert.Equal((1 + (2.0 / 3)) / 2, m.AveragePrecisionAtK, 12);
        Assert.Equal((1 + (2.0 / 3)) / 2, m.AveragePrecision, 12);
        Assert.Equal(1.0, m.Hit);
    }

    [Fact]
    public void Compute_AnyListWithRepeats_EveryValueInZeroOne()
    {
        var rng = EcomAI.Core.Randomness.SeededRandom.Create(7);
        string[] pool = ["a", "b", "c", "d", "e", "f"];
        for (int t = 0; t < 500; t++)
        {
            var ranked = Enumerable.Range(0, rng.Next(1, 9)).Select(_ => pool[rng.Next(pool.Length)]).ToArray();
            var relevant = pool.Where(_ => rng.NextDouble() < 0.5).DefaultIfEmpty("a").Distinct().ToArray();
            var m = RankingMetrics.Compute(ranked, relevant, rng.Next(1, 10));
            foreach (double v in new[] { m.Precision, m.Recall, m.Ndcg, m.AveragePrecisionAtK, m.AveragePrecision, m.Hit })
            {
                Assert.InRange(v, 0, 1);
            }
        }
    }
}

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
}

using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class SegmentCountRuleTests
{
    [Theory]
    [InlineData(3, 3, null)]   // K = n = distinct: every point its own segment
    [InlineData(4, 3, "K = 4 is more than the 3 distinct points")]
    [InlineData(2, 1, "K = 2 is more than the 1 distinct point (")]
    public void WhyNotFit_KAgainstDistinctPoints(int k, int distinct, string? expected)
    {
        string? reason = SegmentCountRule.WhyNotFit(k, distinct);
        if (expected is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.StartsWith(expected, reason);
        }
    }

    [Theory]
    [InlineData(1, 10, 10, "the silhouette needs at least 2 segments")]
    [InlineData(9, 10, 10, null)]
    [InlineData(10, 10, 10, "the silhouette needs K ≤ n − 1 = 9 (n = 10 customers)")]
    [InlineData(5, 10, 4, "more than the 4 distinct points")]
    public void WhyNotEvaluate_SilhouetteNeedsTwoToNMinusOneAndDistinctPoints(int k, int n, int distinct, string? expected)
    {
        string? reason = SegmentCountRule.WhyNotEvaluate(k, n, distinct);
        if (expected is null)
        {
            Assert.Null(reason);
        }
        else
        {
            Assert.StartsWith(expected, reason);
        }
    }

    [Fact]
    public void CountDistinct_ExactRowEquality_NegativeZeroIsZero()
    {
        var m = new FeatureMatrix(new double[,] { { 1, 2 }, { 1, 2 }, { 0.0, 1 }, { -0.0, 1 }, { 1, 3 } });
        Assert.Equal(3, SegmentCountRule.CountDistinct(m));
    }

    [Fact]
    public void Defaults_ThreeToEightAndTwoPercent()
    {
        Assert.Equal((3, 8, 0.02), (SegmentCountRule.DefaultMinK, SegmentCountRule.DefaultMaxK, SegmentCountRule.DefaultMinSegmentShare));
        Assert.Equal((3, 8, 0.02), (SegmentationOptions.Default.MinK, SegmentationOptions.Default.MaxK, SegmentationOptions.Default.MinSegmentShare));
        Assert.Equal((3, 8, 0.02), (ClusterQualityOptions.Default.MinK, ClusterQualityOptions.Default.MaxK, ClusterQualityOptions.Default.MinSegmentShare));
    }
}

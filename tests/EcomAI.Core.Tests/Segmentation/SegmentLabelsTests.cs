using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class SegmentLabelsTests
{
    [Theory]
    [InlineData(4.5, 4.2, 4.8, "Champions")]
    [InlineData(4.0, 4.0, 1.0, "Champions")]
    [InlineData(3.9, 4.5, 4.5, "Loyal")]
    [InlineData(3.0, 3.0, 2.0, "Loyal")]
    [InlineData(4.6, 1.3, 2.0, "New")]
    [InlineData(3.2, 1.5, 2.0, "Needs attention")]
    [InlineData(1.8, 3.6, 3.9, "At risk")]
    [InlineData(1.5, 1.4, 1.2, "Hibernating")]
    [InlineData(1.5, 1.4, 2.5, "Hibernating")]
    [InlineData(2.9, 2.9, 5.0, "Hibernating")]
    public void Describe_MeanScores_FirstMatchingRule(double r, double f, double m, string expected)
    {
        Assert.Equal(expected, SegmentLabels.Describe(r, f, m));
    }
}

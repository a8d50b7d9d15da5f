using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class ClusterQualityOptionsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)] // with K = 2 of equal halves the smallest segment holds exactly half: still attainable
    public void Validate_MinSegmentShareZeroToHalf_Accepted(double share) =>
        new ClusterQualityOptions { MinSegmentShare = share }.Validate();

    [Theory]
    [InlineData(0.51)]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void Validate_MinSegmentShareOutsideZeroToHalf_InvalidOption(double share)
    {
        var ex = Assert.Throws<InputDataException>(() => new ClusterQualityOptions { MinSegmentShare = share }.Validate());
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("MinSegmentShare = ", ex.Message);
        Assert.Contains("[0, 0.5]", ex.Message);
    }
}

using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class SegmentationOptionsTests
{
    [Fact]
    public void Validate_MinSegmentShareHalf_Accepted() =>
        new SegmentationOptions { MinSegmentShare = 0.5 }.Validate();

    [Fact]
    public void Validate_MinSegmentShareAboveHalf_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => new SegmentationOptions { MinSegmentShare = 0.51 }.Validate());
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("MinSegmentShare = 0.51", ex.Message);
    }

    [Fact]
    public void UnusedBy_RfmMap_TheKAndKMeansSettings()
    {
        Assert.Equal(["K", "MinK", "MaxK", "MinSegmentShare", "Restarts", "MaxIterations", "Tolerance", "Seed"],
            SegmentationOptions.UnusedBy(SegmentationMethod.RfmMap));
        Assert.Empty(SegmentationOptions.UnusedBy(SegmentationMethod.KMeans));
        // Every name is a setting of SegmentationOptions, so a front end can match it to its parameters.
        var names = typeof(SegmentationOptions).GetProperties().Select(p => p.Name).ToHashSet();
        Assert.All(SegmentationOptions.UnusedBy(SegmentationMethod.RfmMap), n => Assert.Contains(n, names));
    }

    [Fact]
    public void UnusedBy_RfmMap_ChangingThoseSettingsChangesNothing()
    {
        // The claim behind the front ends' warning: the map's result is the same whatever these settings are.
        var data = HandTables.Transactions(withLaterOrders: false);
        var map = new SegmentationOptions { Method = SegmentationMethod.RfmMap };
        var plain = CustomerSegmentation.Fit(data, map);
        var changed = CustomerSegmentation.Fit(data, map with
        {
            K = 7,
            MinK = 2,
            MaxK = 9,
            MinSegmentShare = 0.4,
            Restarts = 1,
            MaxIterations = 1,
            Tolerance = 0.5,
            Seed = 99,
        });
        Assert.Equal(plain.Customers.Select(c => (c.CustomerId, c.Segment, c.Label, c.DistanceToCentre)),
            changed.Customers.Select(c => (c.CustomerId, c.Segment, c.Label, c.DistanceToCentre)));
        Assert.Equal(plain.Choice, changed.Choice);
        // Scaling is not in the list, and it does change the result (the distances to the segment means).
        var unscaled = CustomerSegmentation.Fit(data, map with { Scaling = FeatureScaling.None });
        Assert.NotEqual(plain.Customers.Select(c => c.DistanceToCentre), unscaled.Customers.Select(c => c.DistanceToCentre));
    }
}

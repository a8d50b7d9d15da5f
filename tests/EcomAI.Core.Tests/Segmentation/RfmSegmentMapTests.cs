using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class RfmSegmentMapTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 2, 2)]  // 1.5 rounds half up
    [InlineData(2, 3, 3)]
    [InlineData(4, 5, 5)]
    [InlineData(5, 5, 5)]
    public void FmScore_MeanOfFAndMRoundedHalfUp(int f, int m, int expected) =>
        Assert.Equal(expected, RfmSegmentMap.FmScore(f, m));

    [Fact]
    public void Cells_EveryCellNamedOnce_AsTheDocumentedGrid()
    {
        // The grid of the remarks, rows R = 5 … 1, columns FM = 1 … 5.
        string[][] grid =
        [
            ["New", "New", "Potential loyalist", "Champions", "Champions"],
            ["Promising", "Potential loyalist", "Potential loyalist", "Loyal", "Loyal"],
            ["About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"],
            ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
            ["Lost", "Lost", "At risk", "At risk", "Can't lose them"],
        ];
        Assert.Equal(25, RfmSegmentMap.Cells.Count);
        for (int r = 5; r >= 1; r--)
        {
            for (int fm = 1; fm <= 5; fm++)
            {
                Assert.Equal(grid[5 - r][fm - 1], RfmSegmentMap.SegmentOf(r, fm));
            }
        }

        // All eleven names are used, and nothing else.
        Assert.Equal(RfmSegmentMap.Segments.Order(), RfmSegmentMap.Cells.Select(c => c.Segment).Distinct().Order());
        Assert.Equal(11, RfmSegmentMap.Segments.Count);
    }

    [Theory]
    [InlineData("Champions", "R 5, FM 4–5")]
    [InlineData("Potential loyalist", "R 5, FM 3 and R 4, FM 2–3")]
    [InlineData("At risk", "R 1–2, FM 3–4")]
    [InlineData("Lost", "R 1, FM 1–2")]
    public void Describe_CellsInWords(string segment, string expected) => Assert.Equal(expected, RfmSegmentMap.Describe(segment));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    public void SegmentOf_ScoreOutsideOneToFive_Throws(int r, int fm) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RfmSegmentMap.SegmentOf(r, fm));

    [Fact]
    public void Fit_RfmMap_TenCustomerTableCheckedByHand()
    {
        // HandTables: (R, F, M) → FM = ⌊(F + M + 1) / 2⌋ → cell:
        // A 5,5,5 → 5 Champions; B 5,1,1 → 1 New; C 4,4,4 → 4 Loyal; D 4,2,3 → 3 Potential loyalist;
        // E 3,3,2 → 3 Need attention; F 3,1,2 → 2 About to sleep; G 2,5,5 → 5 Can't lose them; H 2,3,4 → 4 At risk;
        // I 1,2,1 → 2 Lost; J 1,4,3 → 4 At risk.
        var result = CustomerSegmentation.Fit(HandTables.Transactions(withLaterOrders: false),
            new SegmentationOptions { Method = SegmentationMethod.RfmMap });
        Assert.Equal(["555", "511", "444", "423", "332", "312", "255", "234", "121", "143"], result.Customers.Select(c => c.RfmCode));
        Assert.Equal(
            ["Champions", "New", "Loyal", "Potential loyalist", "Need attention", "About to sleep", "Can't lose them", "At risk", "Lost", "At risk"],
            result.Customers.Select(c => c.Label));
        Assert.Equal(result.Customers.Select(c => c.Label), result.Customers.Select(c => c.MapSegment));
        // Segment numbers are map positions (1 = Champions … 11 = Lost); profiles only for segments that hold customers.
        Assert.Equal([1, 4, 2, 3, 6, 7, 9, 8, 11, 8], result.Customers.Select(c => c.Segment));
        Assert.Equal([1, 2, 3, 4, 6, 7, 8, 9, 11], result.Profiles.Select(p => p.Segment));
        var atRisk = result.Profiles.Single(p => p.Label == "At risk");
        Assert.Equal(2, atRisk.Size);
        Assert.Equal((50 + 150) / 2.0, atRisk.MeanRecencyDays);
        Assert.Equal((300 + 140) / 2.0, atRisk.MeanMonetary);
        Assert.Null(result.Model);
        Assert.Equal(SegmentationMethod.RfmMap, result.Method);
        Assert.Equal("RFM map: 9 of its 11 segments hold customers", result.Choice);
    }
}

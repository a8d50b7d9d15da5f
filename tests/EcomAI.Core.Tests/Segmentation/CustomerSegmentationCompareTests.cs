using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class CustomerSegmentationCompareTests
{
    [Fact]
    public void Compare_RfmMap_TransitionTableCheckedByHand()
    {
        // At 2024-10-01 (92 days after 2024-07-01) each customer is scored against the 2024-07-01 customers
        // (days 1 2 5 6 12 15 40 50 150 200; orders 1 1 2 2 3 4 5 6 8 10; spend 15 20 50 60 120 140 300 400 900 1000),
        // score = 1 + ⌊5 · (worse) / 10⌋, at most 5:
        //   A bought again (1 day, 11 orders, 1,100): 5,5,5 → Champions.      B (94 days, 1, 20): 2,1,1 → FM 1 → Hibernating.
        //   C bought again (16 days, 6, 500): 3,4,5 → FM 5 → Loyal.           D (98, 2, 120): 2,2,3 → FM 3 → At risk.
        //   E (104, 3, 60): 2,3,2 → FM 3 → At risk.                           F bought again (2, 2, 100): 5,2,3 → FM 3 → Potential loyalist.
        //   G (132, 8, 900): 2,5,5 → Can't lose them.                         H (142, 4, 300): 2,3,4 → FM 4 → At risk.
        //   I (292, 2, 15): 1,2,1 → Lost.                                      J (242, 6, 140): 1,4,3 → FM 4 → At risk.
        //   K first bought on 2024-09-20 (11 days, 1, 30): 4,1,2 → FM 2 → Potential loyalist.
        var movement = CustomerSegmentation.Compare(HandTables.Transactions(), HandTables.FirstAsOf, HandTables.SecondAsOf,
            new SegmentationOptions { Method = SegmentationMethod.RfmMap });

        Assert.Equal(["Champions", "Hibernating", "Loyal", "At risk", "At risk", "Potential loyalist", "Can't lose them", "At risk", "Lost", "At risk", "Potential loyalist"],
            movement.Moves.Select(m => m.ToLabel));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"], movement.Moves.Select(m => m.CustomerId));
        Assert.Equal(SegmentMovement.NotYetCustomer, movement.Moves[^1].FromLabel);

        string[] rows = ["Champions", "Loyal", "Potential loyalist", "New", "Need attention", "About to sleep", "At risk", "Can't lose them", "Lost", SegmentMovement.NotYetCustomer];
        string[] columns = ["Champions", "Loyal", "Potential loyalist", "At risk", "Can't lose them", "Hibernating", "Lost"];
        int[,] expected =
        {
            // Ch Lo PL AR CL Hi Lost
            { 1, 0, 0, 0, 0, 0, 0 }, // Champions: A stays
            { 0, 1, 0, 0, 0, 0, 0 }, // Loyal: C stays
            { 0, 0, 0, 1, 0, 0, 0 }, // Potential loyalist: D → At risk
            { 0, 0, 0, 0, 0, 1, 0 }, // New: B → Hibernating
            { 0, 0, 0, 1, 0, 0, 0 }, // Need attention: E → At risk
            { 0, 0, 1, 0, 0, 0, 0 }, // About to sleep: F → Potential loyalist
            { 0, 0, 0, 2, 0, 0, 0 }, // At risk: H and J stay
            { 0, 0, 0, 0, 1, 0, 0 }, // Can't lose them: G stays
            { 0, 0, 0, 0, 0, 0, 1 }, // Lost: I stays
            { 0, 0, 1, 0, 0, 0, 0 }, // new: K → Potential loyalist
        };
        Assert.Equal(rows.Length * columns.Length, movement.Transitions.Count);
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < columns.Length; j++)
            {
                Assert.Equal(expected[i, j], movement.Count(rows[i], columns[j]));
            }
        }

        var atRisk = movement.Transitions.Single(t => t.FromLabel == "At risk" && t.ToLabel == "At risk");
        Assert.Equal(1.0, atRisk.ShareOfFrom);          // 2 of the 2 At risk customers
        Assert.Equal(2 / 11.0, atRisk.ShareOfAll, 15);  // 2 of 11 customers at the second date
        Assert.Equal((10, 1, 6), (movement.ReturningCustomers, movement.NewCustomers, movement.Stayed));
        Assert.All(rows, row => Assert.Equal(1.0, movement.Transitions.Where(t => t.FromLabel == row).Sum(t => t.ShareOfFrom), 12));
        Assert.StartsWith("Of 10 customers at 2024-07-01, 6 (60.0 %) stayed in their segment by 2024-10-01 and 4 moved; 1 new customer.", movement.Summary);
    }

    [Fact]
    public void Compare_KMeans_SameModelSameNamesAndNearestCentre()
    {
        var g = TransactionGenerator.Generate(600, 4);
        var data = g.ToTransactionData();
        var movement = CustomerSegmentation.Compare(data, g.AsOf.AddDays(-120), g.AsOf, new SegmentationOptions { K = 5, Seed = 2 });
        Assert.Same(movement.From.Model, movement.To.Model);
        Assert.Equal(movement.From.Profiles.Select(p => (p.Segment, p.Label)), movement.To.Profiles.Select(p => (p.Segment, p.Label)));
        // Every customer at the second date is in the segment of its nearest centre, in the first date's scaled space.
        var scaled = movement.From.Scaler.Transform(movement.To.Rfm.ToFeatureArray());
        var distances = movement.From.Model!.Transform(scaled);
        var clusterOf = movement.From.Profiles.ToDictionary(p => p.Segment, p => p.Cluster);
        for (int i = 0; i < movement.To.Customers.Count; i++)
        {
            int own = clusterOf[movement.To.Customers[i].Segment];
            for (int j = 0; j < 5; j++)
            {
                Assert.True(distances[i, own] <= distances[i, j]);
            }
        }

        Assert.Equal(movement.To.Customers.Count, movement.Transitions.Sum(t => t.Count));
        Assert.Equal(movement.From.Customers.Count, movement.ReturningCustomers);
    }

    [Fact]
    public void Compare_SecondDateNotAfterFirst_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            CustomerSegmentation.Compare(HandTables.Transactions(), HandTables.SecondAsOf, HandTables.FirstAsOf));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("to = 2024-07-01 is not after from = 2024-10-01", ex.Message);
    }

    [Fact]
    public void TransitionsToDataFrame_AndMatrix_HoldTheSameCounts()
    {
        var movement = CustomerSegmentation.Compare(HandTables.Transactions(), HandTables.FirstAsOf, HandTables.SecondAsOf,
            new SegmentationOptions { Method = SegmentationMethod.RfmMap });
        var matrix = movement.ToMatrixDataFrame();
        Assert.Equal(10, matrix.Rows.Count);
        Assert.Equal(2, matrix.Columns["At risk"][6]);       // At risk → At risk
        Assert.Equal(2, matrix.Columns["total"][6]);
        Assert.Equal(11, movement.ToDataFrame().Rows.Count);
        Assert.Equal(70, movement.TransitionsToDataFrame().Rows.Count);
    }
}

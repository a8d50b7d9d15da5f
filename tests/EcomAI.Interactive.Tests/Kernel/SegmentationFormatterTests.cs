namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>The segmentation results displayed in a real CompositeKernel: table plus chart data.</summary>
public class SegmentationFormatterTests
{
    [Fact]
    public async Task SegmentationResult_Displayed_ShowsProfilesCustomersAndMaps()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Segmentation; using EcomAI.Core.Samples;\n" +
            "CustomerSegmentation.Fit(TransactionGenerator.Generate(200, seed: 3).ToTransactionData(), new SegmentationOptions { K = 5, Seed = 1 })");

        // The generator made 200 customers; K = 5 was asked for.
        Assert.Contains("Segmentation: 5 segments of 200 customers", html);
        Assert.Contains("K-means, K = 5 given", html);
        Assert.Contains("data-rows=\"5\"", html);
        Assert.Contains("data-rows=\"200\"", html);
        var charts = ChartData.Charts(html);
        Assert.Equal(3, charts.Count); // customer map, profiles, RFM map
        var customerTraces = charts[0].Where(t => (string?)t!["name"] != "Segment centres").ToList();
        Assert.Equal(5, customerTraces.Count);
        Assert.Equal(200, customerTraces.Sum(t => t!["x"]!.AsArray().Count));
        Assert.Equal(5, charts[0].Single(t => (string?)t!["name"] == "Segment centres")!["x"]!.AsArray().Count);
    }

    [Fact]
    public async Task ClusterQualityReport_ThreeSeparatedBlobs_RecommendsThreeAndChartsEveryK()
    {
        using var harness = await KernelHarness.StartAsync();

        // Three tight groups of three points, far apart: any sensible criterion picks K = 3.
        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Segmentation;\n" +
            "double[,] x = { {0,0},{0,1},{1,0}, {50,50},{50,51},{51,50}, {100,0},{100,1},{101,0} };\n" +
            "ClusterQuality.Evaluate(x, minK: 2, maxK: 5, seed: 1)");

        Assert.Contains("recommended K = 3", html);
        Assert.Contains("data-rows=\"4\"", html); // K = 2, 3, 4, 5
        var inertia = ChartData.Trace(html, "Inertia");
        Assert.Equal([2, 3, 4, 5], ChartData.Numbers(inertia["x"]));
    }

    [Fact]
    public async Task RfmTable_HandMadeTransactions_ShowsHandComputedRfmAndGrid()
    {
        using var harness = await KernelHarness.StartAsync();

        // C1 bought on 1 and 10 January (10 + 20), C2 on 5 January (7). As of 11 January:
        // C1 recency 1 day, frequency 2, monetary 30; C2 recency 6 days, frequency 1, monetary 7.
        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Segmentation;\n" +
            "Rfm.FromTransactions(new[] { new Transaction(\"C1\", new DateTime(2024,1,1), 10), new Transaction(\"C1\", new DateTime(2024,1,10), 20), " +
            "new Transaction(\"C2\", new DateTime(2024,1,5), 7) }, asOf: new DateTime(2024,1,11))");

        Assert.Matches("<td>C1</td><td>2024-01-10</td><td>1</td><td>2</td><td>30</td>", html);
        Assert.Matches("<td>C2</td><td>2024-01-05</td><td>6</td><td>1</td><td>7</td>", html);
        Assert.Equal(2, ChartData.Charts(html).Count); // RFM grid and RFM map
    }

    [Fact]
    public async Task KMeansModel_TwoPairs_TitleHasHandComputedInertia()
    {
        using var harness = await KernelHarness.StartAsync();

        // Pairs (0,0),(0,2) and (10,0),(10,2): centres (0,1) and (10,1), each point 1 away: inertia 4.
        string html = await harness.HtmlAsync(
            "EcomAI.Core.Segmentation.KMeans.Fit(new double[,] { {0,0},{0,2},{10,0},{10,2} }, 2, seed: 1)");

        Assert.Contains("K = 2, inertia 4,", html);
        Assert.Contains("<table class=\"ecomai-table\"", html);
    }
}

public class SegmentMovementFormatterTests
{
    [Fact]
    public async Task SegmentMovement_Displayed_ShowsHeadlineTableAndBothCharts()
    {
        using var harness = await KernelHarness.StartAsync();

        // A and C bought before 2024-02-01; D first bought in May: 2 returning customers, 1 new one at 2024-06-01.
        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Segmentation;\n" +
            "var data = TransactionReader.FromCsvText(\"customer_id,date,amount\\nA,2024-01-01,100\\nA,2024-05-30,100\\nC,2024-01-03,50\\nD,2024-05-01,5\\n\");\n" +
            "CustomerSegmentation.Compare(data, new DateTime(2024, 2, 1), new DateTime(2024, 6, 1), new SegmentationOptions { Method = SegmentationMethod.RfmMap })");

        Assert.Contains("Segment movement 2024-02-01 → 2024-06-01", html);
        Assert.Contains("Of 2 customers at 2024-02-01", html);
        Assert.Contains("1 new customer.", html);
        Assert.Contains("data-rows=\"3\"", html); // moves: A, C, D
        var charts = ChartData.Charts(html);
        Assert.Equal(2, charts.Count);
        Assert.Equal("sankey", (string?)charts[1].Single()!["type"]);
    }
}

public class TransactionDataFormatterTests
{
    [Fact]
    public async Task TransactionData_Displayed_ShowsEveryRowCount()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "EcomAI.Core.Segmentation.TransactionReader.FromCsvText(\"customer_id,date,amount\\nC1,2024-01-01,10\\nC1,2024-01-10,20\\nC2,2024-01-05,7\\n\")");

        Assert.Contains("Transactions: 3 rows", html);
        Assert.Contains("data-rows=\"3\"", html);
        Assert.Contains("<td>C2</td>", html);
    }
}

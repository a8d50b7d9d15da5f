namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>The pricing results displayed in a real CompositeKernel: table plus chart data.</summary>
public class PricingFormatterTests
{
    // Q = 1000·P^-2 with cost 10: P* = c·b/(1+b) = 10·(-2)/(-1) = 20 (DESIGN.md's check), profit there (20-10)·1000/400 = 25.
    private const string ExactEstimate =
        "using EcomAI.Core.Pricing;\n" +
        "var exact = new ElasticityEstimate { A = 1000, B = -2, BLower = -2.4, BUpper = -1.6, N = 52, Status = ElasticityStatus.Ok, ObservedMinPrice = 15, ObservedMaxPrice = 25 };\n";

    [Fact]
    public async Task PriceRecommendation_Displayed_ShowsTableWithOptimumAndProfitCurve()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(ExactEstimate + "PriceOptimizer.Optimize(exact, unitCost: 10)");

        Assert.Contains("<tr><td>price</td><td>20</td></tr>", html);
        Assert.Contains("recommended price 20 (Optimal)", html);
        var marker = ChartData.Trace(html, "Recommended price");
        Assert.Equal(20, ChartData.Numbers(marker["x"]).Single(), 9);
        Assert.Equal(25, ChartData.Numbers(marker["y"]).Single(), 9);
        var profit = ChartData.Trace(html, "Expected profit");
        double[] x = ChartData.Numbers(profit["x"]), y = ChartData.Numbers(profit["y"]);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal((x[i] - 10) * 1000 / (x[i] * x[i]), y[i], 9);
        }
    }

    [Fact]
    public async Task PricingAnalysisResult_Displayed_ShowsEveryProductInTableAndChart()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Pricing; using EcomAI.Core.Samples;\n" +
            "PricingAnalysis.Run(PricingSampleGenerator.EmbeddedSales())");

        // The embedded sample's ground truth names its products (generator settings: 12 products).
        var truth = EcomAI.Core.Samples.PricingSampleGenerator.Generate(EcomAI.Core.Samples.PricingSampleGenerator.EmbeddedOptions).Truth;
        Assert.Equal(12, truth.Count);
        Assert.Contains("data-rows=\"12\"", html);
        var chart = Assert.Single(ChartData.Charts(html));
        string chartJson = chart.ToJsonString();
        Assert.All(truth, t => Assert.Contains(t.ProductId, chartJson));
        Assert.All(truth, t => Assert.Contains($"<td>{t.ProductId}</td>", html));
    }

    [Fact]
    public async Task ElasticityEstimate_ExactPowerLawData_ShowsSlopeAndIntervalChart()
    {
        using var harness = await KernelHarness.StartAsync();

        // Quantities exactly 1000·P^-2, so the log-log fit is exact: b = -2, a = 1000.
        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Pricing;\n" +
            "double[] p = { 8, 9, 10, 11, 12 };\n" +
            "Elasticity.Fit(p, p.Select(x => 1000 / (x * x)).ToArray())");

        Assert.Contains("elasticity b = -2,", html);
        Assert.Contains("<tr><td>a</td><td>1000</td></tr>", html);
        Assert.Single(ChartData.Charts(html));
    }

    [Fact]
    public async Task PriceCurve_Displayed_TableHoldsHandComputedProfits()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(ExactEstimate + "PriceCurve.Build(exact, unitCost: 10, fromPrice: 10, toPrice: 30, points: 3)");

        // Profit (P - 10)·1000/P² at 10, 20, 30: 0, 25, 22.2222.
        // Columns: product_id (none), price, quantity 1000/P², revenue P·Q, profit.
        Assert.Contains("<tr><td></td><td>10</td><td>10</td><td>100</td><td>0</td></tr>", html);
        Assert.Contains("<tr><td></td><td>20</td><td>2.5</td><td>50</td><td>25</td></tr>", html);
        Assert.Contains("<tr><td></td><td>30</td><td>1.11111</td><td>33.3333</td><td>22.2222</td></tr>", html);
    }

    [Fact]
    public async Task SalesData_WithExcludedRow_SaysSoAndShowsUsableRows()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "EcomAI.Core.Pricing.SalesData.Parse(\"product_id,price,quantity\\nA,10,5\\nA,12,0\\nA,11,4\\n\")");

        Assert.Contains("Sales: 2 usable rows", html);
        Assert.Contains("data-rows=\"2\"", html);
        Assert.Contains("excluded", html);
    }

    [Fact]
    public async Task ProductPricingResult_And_Exclusions_Displayed_ShowRowAndProfitCurve()
    {
        using var harness = await KernelHarness.StartAsync();

        // One product, prices 8..12 with quantities exactly 1000/P², cost 5: b = -2, so P* = 5·(-2)/(1-2) = 10.
        // The last row has quantity 0 and is excluded from the log model.
        var outputs = await harness.HtmlOutputsAsync(
            "using EcomAI.Core.Pricing;\n" +
            "var sales = SalesData.Parse(\"product_id,price,quantity,unit_cost\\nA,8,15.625,5\\nA,10,10,5\\nA,12,6.944444444444445,5\\nA,9,0,5\\n\");\n" +
            "var result = PricingAnalysis.Run(sales);\n" +
            "display(result.Products[0]);\n" +
            "result.Exclusions");

        Assert.Equal(2, outputs.Count);
        Assert.Contains("A: recommended price 10 (Optimal)", outputs[0]);
        Assert.Contains("data-rows=\"1\"", outputs[0]);
        Assert.Equal(10, ChartData.Numbers(ChartData.Trace(outputs[0], "Recommended price")["x"]).Single(), 6);
        Assert.Contains("data-rows=\"1\"", outputs[1]);
        Assert.Contains("<td>A</td><td>9</td><td>0</td>", outputs[1]);
    }

    [Fact]
    public async Task PriceRecommendation_NoUnitCost_ShowsTableAndSaysWhyNoChartWithoutInliningPlotly()
    {
        using var harness = await KernelHarness.StartAsync();

        // Revenue objective needs no cost, so the recommendation exists but a profit curve cannot be drawn.
        string html = await harness.HtmlAsync(ExactEstimate +
            "PriceOptimizer.Optimize(exact, new PriceOptimizerOptions { Objective = PricingObjective.Revenue, MinPrice = 12 })");

        Assert.Contains("recommended price 12", html);
        Assert.Contains("ecomai-chart-error", html);
        Assert.Contains("no unit cost", html);
        Assert.Empty(ChartData.Charts(html));
        Assert.Equal(0, ChartData.Count(html, ChartData.BundleMarker));
    }
}

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
    public async Task PriceRecommendation_WithTodaysPrice_ShowsTheWhatIfAndTheAllowedRange()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(ExactEstimate + "PriceOptimizer.Optimize(exact, new PriceOptimizerOptions { UnitCost = 10, CurrentPrice = 16 })");

        // Today 16: Q0 = 1000/256 = 3.90625, profit (16 - 10)·Q0 = 23.4375, revenue 62.5; at 20: profit 25, revenue 50.
        // Change 1.5625; its interval pivots at today's point: 3.90625·(10·(20/16)^b − 6) at b = −2.4 and −1.6.
        double lower = 3.90625 * ((10 * Math.Pow(1.25, -2.4)) - 6), upper = 3.90625 * ((10 * Math.Pow(1.25, -1.6)) - 6);
        Assert.Equal(-0.572, Math.Round(lower, 3));
        Assert.Equal(3.897, Math.Round(upper, 3));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(
            "What-if: today's price 16 -> 20: expected profit per period 23.4375 -> 25 (change +1.56"), html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode("95% interval -0.572 to +3.897); revenue 62.5 -> 50; quantity 3.90625 -> 2.5"), html);
        // Observed 15..25 ± 20 %: [12, 30].
        Assert.Contains("Allowed range [12, 30] (lower end: Observed, upper end: Observed)", html);
        Assert.Contains("<tr><td>profit_change</td><td>1.5625</td></tr>", html);
        var today = ChartData.Trace(html, "Today's price");
        Assert.Equal(16, ChartData.Numbers(today["x"]).Single(), 9);
        Assert.Equal(23.4375, ChartData.Numbers(today["y"]).Single(), 9);
    }

    [Fact]
    public async Task PricingAnalysisResult_Displayed_TableByExpectedGainWithCostSourceAndPeriods()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Pricing; using EcomAI.Core.Samples;\n" +
            "PricingAnalysis.Run(PricingSampleGenerator.EmbeddedSales())");

        // The expected order, sorted here from the figures (largest profit change first, products without one last).
        var result = EcomAI.Core.Pricing.PricingAnalysis.Run(EcomAI.Core.Samples.PricingSampleGenerator.EmbeddedSales());
        var expected = result.Products
            .OrderByDescending(p => double.IsNaN(p.Recommendation.ProfitChange) ? double.NegativeInfinity : p.Recommendation.ProfitChange)
            .ThenBy(p => p.ProductId, StringComparer.Ordinal).Select(p => p.ProductId).ToList();
        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr><td>(P\\d{4})</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains("Unit cost from: Data 12", html);
        Assert.Contains("<th>cost_source</th>", html);
        Assert.Contains("Periods per product (rows as given): ", html);
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

namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>The customer-value results displayed in a real CompositeKernel: tables plus chart data.</summary>
public class CustomerValueFormatterTests
{
    [Fact]
    public async Task BgNbdModel_Displayed_ShowsParametersAndPAliveHeatmap()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.CustomerValue;\n" +
            "BgNbdModel.FromParameters(BgNbdParameters.Cdnow)");

        Assert.Contains("BG/NBD: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426", html);
        Assert.Contains("<td>alpha</td>", html);
        var heatmap = ChartData.Trace(html, "P(alive)");
        var z = heatmap["z"]!.AsArray();
        Assert.Equal(21, z.Count);

        // Customers of age 52 weeks who made 5 repeats, the last one right at the start (t_x = 0): FHL 2008's formula.
        var (r, alpha, a, b) = (0.243, 4.414, 0.793, 2.426);
        double expected = 1 / (1 + (a / (b + 4) * Math.Pow((alpha + 52) / alpha, r + 5)));
        Assert.Equal(expected, ChartData.Numbers(z[5])[0], 12);
    }

    [Fact]
    public async Task CustomerValueResult_Displayed_ShowsRankedCustomersParametersAndFourCharts()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.CustomerValue; using EcomAI.Core.Samples;\n" +
            "var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 1500, Seed = 9 });\n" +
            "CustomerValueAnalysis.Run(sample.Transactions, new CustomerValueOptions { PurchasePeriod = TimeUnit.Day, CalibrationEnd = new DateTime(1997, 9, 30) })");

        Assert.Contains("Customer value: ", html);
        Assert.Contains("Model parameters", html);
        Assert.Contains("<td>Gamma-Gamma</td>", html);
        var charts = ChartData.Charts(html);
        Assert.Equal(4, charts.Count);
        Assert.Contains("P(alive)", charts[1].ToJsonString());
        Assert.Contains("Expected (BG/NBD)", charts[2].ToJsonString());

        // Tracking: 78 weeks of days, and the expected curve rises from 0.
        var expected = charts[3].Select(t => t!.AsObject()).Single(t => (string?)t["name"] == "Expected (BG/NBD)");
        var y = ChartData.Numbers(expected["y"]);
        Assert.InRange(y.Length, 7 * 70, 7 * 80);
        Assert.Equal(0, y[0]);
        Assert.True(y.Zip(y.Skip(1)).All(p => p.Second >= p.First));
    }
}

namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>plotly.js travels inline, once per kernel session, and nothing points at a CDN.</summary>
public class OfflinePlotlyFormattingTests
{
    private const string Recommend =
        "EcomAI.Core.Pricing.PriceOptimizer.Optimize(new EcomAI.Core.Pricing.ElasticityEstimate { A = 1000, B = -2, BLower = -2.4, BUpper = -1.6, N = 52, " +
        "Status = EcomAI.Core.Pricing.ElasticityStatus.Ok, ObservedMinPrice = 15, ObservedMaxPrice = 25 }, unitCost: 10)";

    [Fact]
    public async Task Format_TwoChartOutputs_InlinesPlotlyOnlyInTheFirst()
    {
        using var harness = await KernelHarness.StartAsync();

        string first = await harness.HtmlAsync(Recommend);
        string second = await harness.HtmlAsync(Recommend);

        Assert.Equal(1, ChartData.Count(first, ChartData.BundleMarker));
        Assert.Equal(0, ChartData.Count(second, ChartData.BundleMarker));
        Assert.Single(ChartData.Charts(second));
        Assert.True(first.Length > 1_000_000, "the first output should carry the whole plotly.js bundle");
        Assert.True(second.Length < 200_000, "later outputs should carry only their own chart");
    }

    [Fact]
    public async Task Format_ChartOutput_HasNoExternalReference()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(Recommend);

        Assert.DoesNotMatch("<script[^>]+src=", html);
        Assert.DoesNotMatch("<link[^>]+href=", html);
        string withoutBundle = ChartData.WithoutBundle(html);
        Assert.True(withoutBundle.Length < html.Length / 10, "the bundle should have been found and removed");
        Assert.DoesNotContain("cdn.plot.ly", withoutBundle);
        Assert.DoesNotContain("require", withoutBundle);
        Assert.DoesNotMatch("https?://", withoutBundle);
    }

    [Fact]
    public async Task Format_GenericChartOnItsOwn_DrawsOffline()
    {
        using var harness = await KernelHarness.StartAsync();

        string html = await harness.HtmlAsync(
            "using EcomAI.Core.Pricing;\n" +
            "double[] p = { 8, 9, 10, 11, 12 }; double[] q = p.Select(x => 1000 / (x * x)).ToArray();\n" +
            "var fit = Elasticity.Fit(p, q);\n" +
            "EcomAI.Charts.Pricing.PricingCharts.DemandCurve(fit, p.Select((x, i) => new SaleObservation(\"product\", x, q[i])))");

        Assert.Equal(1, ChartData.Count(html, ChartData.BundleMarker));
        var observed = ChartData.Trace(html, "Observed");
        Assert.Equal([8, 9, 10, 11, 12], ChartData.Numbers(observed["x"]));
    }
}

using EcomAI.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Formatting;

namespace EcomAI.Interactive.Tests.Kernel;

public class ResultFormattersTests
{
    [Fact]
    public async Task Register_EveryResultType_HasAnHtmlFormatterOfOurs()
    {
        using var harness = await KernelHarness.StartAsync();

        // Every public record/class in the core whose instances are results (has ToDataFrame) must be covered.
        var withFrames = typeof(EcomAI.Core.Data.CsvTable).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "EcomAI.Core.Segmentation" or "EcomAI.Core.Recommendation" or "EcomAI.Core.Pricing")
            .Where(t => t.GetMethod("ToDataFrame", Type.EmptyTypes) is not null)
            .ToList();
        Assert.NotEmpty(withFrames);
        Assert.All(withFrames, t => Assert.Contains(t, ResultFormatters.ResultTypes));
        foreach (var type in ResultFormatters.ResultTypes)
        {
            var formatter = Formatter.GetPreferredFormatterFor(type, HtmlFormatter.MimeType);
            Assert.True(formatter.Type == type, $"{type.Name}: the preferred text/html formatter is for {formatter.Type.Name}");
        }
    }

    [Fact]
    public async Task IncludePlotlyAgain_AfterFirstChart_NextChartCarriesBundle()
    {
        using var harness = await KernelHarness.StartAsync();
        const string chart = "EcomAI.Charts.Pricing.PricingCharts.ElasticityIntervals(new[] { new EcomAI.Core.Pricing.ElasticityEstimate " +
            "{ A = 1000, B = -2, BLower = -2.4, BUpper = -1.6, N = 52, Status = EcomAI.Core.Pricing.ElasticityStatus.Ok } })";

        string first = await harness.HtmlAsync(chart);
        string second = await harness.HtmlAsync(chart);
        NotebookCharts.IncludePlotlyAgain();
        string third = await harness.HtmlAsync(chart);

        Assert.Equal([1, 0, 1], new[] { first, second, third }.Select(h => ChartData.Count(h, ChartData.BundleMarker)));
    }
}

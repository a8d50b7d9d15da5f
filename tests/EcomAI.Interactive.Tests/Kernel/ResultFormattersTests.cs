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
        foreach (var type in withFrames.Concat(ResultFormatters.ResultTypes).Distinct())
        {
            var formatter = Formatter.GetPreferredFormatterFor(type, HtmlFormatter.MimeType);
            Assert.True(formatter.Type == type, $"{type.Name}: the preferred text/html formatter is for {formatter.Type.Name}");
        }
    }

    [Fact]
    public void FallbackTypes_TypesWithAndWithoutFrames_PicksUncoveredFrameTypesOnly()
    {
        var picked = ResultFormatters.FallbackTypes([typeof(WithFrame), typeof(WithoutFrame), typeof(Covered), typeof(AbstractWithFrame)], [typeof(Covered)]);

        Assert.Equal([typeof(WithFrame)], picked);
    }

    [Fact]
    public async Task Register_TypeWithoutView_ShowsItsTableThroughTheFallback()
    {
        using var harness = await KernelHarness.StartAsync();
        var uncovered = ResultFormatters.FallbackTypes(typeof(EcomAI.Core.Data.CsvTable).Assembly.GetExportedTypes(), ResultFormatters.ResultTypes);

        // Whatever the core has that lacks a view (possibly nothing), the fallback view is the type's own table.
        var view = ResultFormatters.TableView(new WithFrame());
        Assert.Equal("WithFrame", view.Title);
        Assert.Equal(2, Assert.Single(view.Tables).Frame.Rows.Count);
        Assert.All(uncovered, t => Assert.Equal(t, Microsoft.DotNet.Interactive.Formatting.Formatter.GetPreferredFormatterFor(t, HtmlFormatter.MimeType).Type));
    }

    public sealed class WithFrame
    {
        public Microsoft.Data.Analysis.DataFrame ToDataFrame() => new(new Microsoft.Data.Analysis.DoubleDataFrameColumn("x", [1.0, 2.0]));
    }

    public sealed class WithoutFrame
    {
        public override string ToString() => "no frame";
    }

    public sealed class Covered
    {
        public Microsoft.Data.Analysis.DataFrame ToDataFrame() => new();
    }

    public abstract class AbstractWithFrame
    {
        public Microsoft.Data.Analysis.DataFrame ToDataFrame() => new();
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

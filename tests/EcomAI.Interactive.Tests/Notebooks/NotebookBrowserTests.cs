namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// Each executed notebook's outputs, opened in headless Chromium with the network cut off: every chart draws
/// (plotly.js came inline) and the page asks for nothing from outside. Screenshots stay in artifacts/notebook-tests.
/// </summary>
[Collection(NotebookCollection.Name)]
public class NotebookBrowserTests(LocalFeed feed)
{
    [Theory]
    [InlineData("00-quickstart", 4)]
    [InlineData("01-customer-segmentation", 4)]
    [InlineData("02-product-recommendation", 3)]
    [InlineData("03-price-optimization", 6)]
    public void Render_ExecutedNotebookOffline_EveryChartDrawsWithoutRequests(string name, int minimumCharts)
    {
        var run = feed.Execute(name);
        NotebookAssert.Succeeded(run);

        var page = NotebookPage.Render(run, Path.ChangeExtension(run.OutputPath, ".png"));

        Assert.True(page.Charts >= minimumCharts, $"expected at least {minimumCharts} charts on the page, found {page.Charts}");
        Assert.Equal(page.Charts, page.Drawn);
        Assert.Empty(page.PageRequests);
    }
}

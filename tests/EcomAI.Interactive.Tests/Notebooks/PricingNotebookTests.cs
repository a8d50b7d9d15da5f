namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class PricingNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_PricingNotebook_ShowsCorrectOptimumAndCharts()
    {
        var run = NotebookRunner.Execute(feed, "03-price-optimization");

        NotebookAssert.Succeeded(run);
    }
}

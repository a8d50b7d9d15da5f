namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class RecommendationNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_RecommendationNotebook_RunsWithExpectedOutputs()
    {
        var run = NotebookRunner.Execute(feed, "02-product-recommendation");

        NotebookAssert.Succeeded(run);
    }
}

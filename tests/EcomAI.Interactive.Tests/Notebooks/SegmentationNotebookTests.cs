namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class SegmentationNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_SegmentationNotebook_RunsWithExpectedOutputs()
    {
        var run = NotebookRunner.Execute(feed, "01-customer-segmentation");

        NotebookAssert.Succeeded(run);
    }
}

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class QuickstartNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_Quickstart_RunsWithoutErrors()
    {
        var run = NotebookRunner.Execute(feed, "00-quickstart");

        NotebookAssert.Succeeded(run);
        Assert.Contains("EcomAI.Interactive", run.Notebook.AllText);
    }
}

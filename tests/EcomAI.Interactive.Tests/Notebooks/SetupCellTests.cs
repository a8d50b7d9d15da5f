using System.Xml.Linq;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class SetupCellTests(LocalFeed feed)
{
    [Fact]
    public void Execute_NoFeedBesideNotebook_FailsWithWhatToDo()
    {
        // A notebook folder with no ../artifacts/feed next to it: the user has not packed the extension yet.
        string folder = Path.Combine(feed.RunRoot, "no-feed", "notebooks");

        var run = NotebookRunner.Execute(feed, "00-quickstart", targetFolder: folder);

        Assert.NotEqual(0, run.ExitCode);
        var error = run.Notebook.Outputs.First(o => o.OutputType == "error");
        Assert.Equal(run.Notebook.CellContaining("ecomaiFeed"), error.Cell);
        Assert.Contains("No package feed at", error.AllText);
        Assert.Contains("dotnet pack src/EcomAI.Interactive", error.AllText);
    }

    [Fact]
    public void CommittedVersion_MatchesDirectoryBuildProps()
    {
        // The notebooks' setup cells name the version the repository packs by default.
        var props = XDocument.Load(Path.Combine(TestEnvironment.RepoRoot, "Directory.Build.props"));
        string version = props.Descendants("Version").Single().Value;

        Assert.Equal(LocalFeed.CommittedVersion, version);
    }
}

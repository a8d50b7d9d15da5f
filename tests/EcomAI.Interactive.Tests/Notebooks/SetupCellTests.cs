using System.IO.Compression;
using System.Xml.Linq;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class SetupCellTests(LocalFeed feed)
{
    [Fact]
    public void Execute_NoFeedBesideNotebook_FailsInTheSetupCellNamingTheFeed()
    {
        // A notebook folder with no ../artifacts/feed next to it: the user has not packed the extension yet.
        string folder = Path.Combine(feed.RunRoot, "no-feed", "notebooks");

        var run = NotebookRunner.Execute(feed, "00-quickstart", targetFolder: folder);

        Assert.NotEqual(0, run.ExitCode);
        var error = run.Notebook.Outputs.First(o => o.OutputType == "error");
        Assert.Equal(run.Notebook.CellContaining("#r \"nuget: EcomAI.Interactive"), error.Cell);
        Assert.Contains(Path.Combine(feed.RunRoot, "no-feed", "artifacts", "feed"), error.AllText, StringComparison.Ordinal);
        Assert.Contains("dotnet pack src/EcomAI.Interactive", run.Notebook.Sources[error.Cell], StringComparison.Ordinal);
    }

    [Fact]
    public void RepositoryFeed_AfterTheTestRun_HoldsTheThreePackagesTheNotebooksLoad()
    {
        // What a newcomer has after `dotnet test`: the committed version of the extension and the two libraries.
        foreach (string id in new[] { "EcomAI.Core", "EcomAI.Charts", "EcomAI.Interactive" })
        {
            Assert.True(File.Exists(Path.Combine(LocalFeed.RepositoryFeed, $"{id}.{LocalFeed.CommittedVersion}.nupkg")), $"{id} {LocalFeed.CommittedVersion} is not in {LocalFeed.RepositoryFeed}");
        }

        Assert.Equal("../artifacts/feed", XDocument.Load(NotebookRunner.NuGetConfig).Descendants("add").Single().Attribute("value")!.Value);
    }

    [Fact]
    public void Pack_Extension_DependsOnCoreAndChartsOfTheSameVersion()
    {
        using var package = ZipFile.OpenRead(Path.Combine(feed.FeedFolder, $"EcomAI.Interactive.{feed.Version}.nupkg"));
        using var stream = package.GetEntry("EcomAI.Interactive.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency")
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("version")!.Value);

        Assert.Equal(feed.Version, dependencies["EcomAI.Core"]);
        Assert.Equal(feed.Version, dependencies["EcomAI.Charts"]);
        Assert.DoesNotContain(dependencies.Keys, id => id.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName == "interactive-extensions/dotnet/EcomAI.Interactive.dll");
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith("EcomAI.Core.dll", StringComparison.Ordinal));
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

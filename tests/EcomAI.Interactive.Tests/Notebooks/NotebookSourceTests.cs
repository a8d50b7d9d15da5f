using System.Text.Json;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Checks on the committed notebooks' text, before any kernel runs them.</summary>
public class NotebookSourceTests
{
    public static TheoryData<string> Notebooks() => new(NotebookNames());

    private static IEnumerable<string> NotebookNames() =>
        Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order();

    /// <summary>Every notebook that loads the package, by its path from the repository root.</summary>
    public static TheoryData<string> NotebooksLoadingThePackage() =>
        new(NotebookNames().Select(n => "notebooks/" + n).Append("tests/EcomAI.Interactive.Tests/Notebooks/Data/fsharp-core-with-extension.ipynb"));

    /// <summary>The setup cell: two comment lines (where the package comes from, how to build it) and one plain directive.</summary>
    private static readonly string[] SetupCell =
    [
        "// Loads EcomAI.Interactive from the repository's package feed, artifacts/feed (NuGet.config beside this notebook names it).",
        "// Feed missing or empty? Run `dotnet pack src/EcomAI.Interactive` in the repository root (`dotnet test` fills it too).",
        "#r \"nuget: EcomAI.Interactive, " + LocalFeed.CommittedVersion + "\"",
    ];

    [Theory]
    [MemberData(nameof(NotebooksLoadingThePackage))]
    public void SetupCell_OnePlainDirective_CommentSaysHowToBuildTheFeed(string notebook)
    {
        // `#i "nuget: ../artifacts/feed"` would be plainer still, but the kernel rejects a relative source
        // ("Invalid URI"), so notebooks/NuGet.config names the feed relative to the notebooks' folder.
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, notebook)));
        var firstCode = document.RootElement.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("cell_type").GetString() == "code");
        string source = string.Concat(firstCode.GetProperty("source").EnumerateArray().Select(l => l.GetString()));

        Assert.Equal(SetupCell, source.Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void MarkdownCells_AreProseNotCommentedOut(string notebook)
    {
        // A markdown cell whose every line starts with "# " (left over from a script's comment prefix) renders as a
        // stack of first-level headings. Each notebook must open with one title heading and then read as prose.
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "notebooks", notebook)));
        var markdown = doc.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "markdown")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .ToList();

        Assert.NotEmpty(markdown);
        int titleLines = markdown.Sum(m => m.Split('\n').Count(l => l.StartsWith("# ", StringComparison.Ordinal)));
        Assert.Equal(1, titleLines);
        Assert.All(markdown, m => Assert.Contains(m.Split('\n'), l => l.Length > 0 && !l.StartsWith('#')));
    }
}

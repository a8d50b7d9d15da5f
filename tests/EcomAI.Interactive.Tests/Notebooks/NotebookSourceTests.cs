using System.Text.Json;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Checks on the committed notebooks' text, before any kernel runs them.</summary>
public class NotebookSourceTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order()!);

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

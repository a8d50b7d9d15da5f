using System.Text.Json;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// The runner records stderr as real Jupyter does, so <see cref="NotebookAssert.Succeeded"/>'s no-stderr check can fail:
/// a control notebook whose cells write a compiler diagnostic (info CS9236) and Console.Error, compared with what
/// <c>jupyter nbconvert --execute</c> recorded for it (Data/stderr-writers.jupyter.sh writes the reference).
/// </summary>
[Collection(NotebookCollection.Name)]
public class KernelSessionTests(LocalFeed feed)
{
    private static string Folder => Path.Combine(TestEnvironment.RepoRoot, "tests", "EcomAI.Interactive.Tests", "Notebooks", "Data");

    [Fact]
    public void Execute_CellsWritingToStderr_RecordsTheStreamsJupyterRecords()
    {
        var run = NotebookRunner.Execute(feed, "stderr-writers", Folder, referencesPackage: false);

        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "stderr-writers.jupyter.json")));
        var codeCells = Enumerable.Range(0, run.Notebook.Sources.Count).Where(i => run.Notebook.CellTypes[i] == "code").ToList();
        foreach (var expected in reference.RootElement.GetProperty("cells").EnumerateArray())
        {
            int cell = codeCells[expected.GetProperty("code_cell").GetInt32()];
            string stderr = string.Concat(run.Notebook.OutputsOf(cell).Where(o => o.StreamName == "stderr").Select(o => o.Text));
            Assert.Equal(expected.GetProperty("stderr").GetString()!.Trim(), stderr.Trim());
        }

        Assert.Contains("info CS9236", run.Notebook.OutputOfCellContaining("Sum(i =>"), StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode); // diagnostics and stderr do not fail a cell: only the no-stderr check catches them
        var rejected = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => NotebookAssert.Succeeded(run));
        Assert.Contains("written to stderr", rejected.Message, StringComparison.Ordinal);
    }
}

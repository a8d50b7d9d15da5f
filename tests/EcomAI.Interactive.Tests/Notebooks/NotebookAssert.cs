namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Checks every executed notebook must pass: clean exit, no error output, time budget, offline charts.</summary>
internal static class NotebookAssert
{
    /// <summary>The budget for one notebook, top to bottom.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static void Succeeded(NotebookRunner.Run run)
    {
        var errors = run.Notebook.Outputs
            .Where(o => o.OutputType == "error" || o.StreamName == "stderr")
            .Select(o => $"cell {o.Cell}: {o.AllText}")
            .ToList();
        Assert.True(errors.Count == 0, "Error output in the executed notebook:\n" + string.Join("\n", errors));
        Assert.True(run.ExitCode == 0, $"dotnet repl exited with {run.ExitCode}:\n{run.StandardOutput}\n{run.StandardError}");
        Assert.True(run.Notebook.CellTime < Budget, $"Cells took {run.Notebook.CellTime.TotalSeconds:F1} s (budget {Budget.TotalSeconds} s).");
        int unexecuted = Enumerable.Range(0, run.Notebook.Sources.Count)
            .Count(i => run.Notebook.CellTypes[i] == "code" && !run.Notebook.OutputsOf(i).Any() && EndsWithExpression(run.Notebook.Sources[i]));
        Assert.True(unexecuted == 0, $"{unexecuted} code cells that should show something have no output.");
    }

    // A cell ending in a bare expression must display its value; cells of statements may print nothing.
    private static bool EndsWithExpression(string source)
    {
        string last = source.TrimEnd().Split('\n')[^1].Trim();
        return last.Length > 0 && !last.EndsWith(';') && !last.EndsWith('}') && !last.StartsWith("//", StringComparison.Ordinal) && !last.StartsWith('#');
    }
}

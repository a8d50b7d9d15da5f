using System.Text.RegularExpressions;
using EcomAI.Interactive.Tests.Kernel;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// Checks every executed notebook must pass: every cell ran, no error and nothing on stderr (compiler diagnostics such as
/// CS9236 included, as Jupyter shows them), time budget, offline charts.
/// </summary>
internal static class NotebookAssert
{
    /// <summary>The budget for one notebook, top to bottom (the cells' own run time).</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    /// <summary>Kernel start and package restore come on top; allow for a machine shared with other test runs.</summary>
    public static readonly TimeSpan ProcessBudget = TimeSpan.FromSeconds(120);

    public static void Succeeded(NotebookRunner.Run run)
    {
        var errors = run.Notebook.Outputs
            .Where(o => o.OutputType == "error" || o.StreamName == "stderr")
            .Select(o => $"cell {o.Cell}: {o.AllText}")
            .ToList();
        Assert.True(errors.Count == 0, "Error output in the executed notebook:\n" + string.Join("\n", errors));
        Assert.True(run.ExitCode == 0, $"the notebook run ended with {run.ExitCode}:\n{run.StandardOutput}\n{run.StandardError}");
        Assert.True(run.Notebook.CellTime < Budget, $"Cells took {run.Notebook.CellTime.TotalSeconds:F1} s (budget {Budget.TotalSeconds} s).");
        Assert.True(run.Elapsed < ProcessBudget, $"the kernel took {run.Elapsed.TotalSeconds:F1} s including kernel start (budget {ProcessBudget.TotalSeconds} s).");
        int unexecuted = Enumerable.Range(0, run.Notebook.Sources.Count)
            .Count(i => run.Notebook.CellTypes[i] == "code" && !run.Notebook.OutputsOf(i).Any() && EndsWithExpression(run.Notebook.Sources[i]));
        Assert.True(unexecuted == 0, $"{unexecuted} code cells that should show something have no output.");
    }

    /// <summary>
    /// At least <paramref name="minimumCharts"/> charts, plotly.js inlined exactly once for the whole notebook, and
    /// nothing that would load from the network (no script src, no CDN, no require.js).
    /// </summary>
    public static void ChartsOffline(NotebookRunner.Run run, int minimumCharts)
    {
        string html = run.Notebook.AllHtml;
        Assert.Equal(1, ChartData.Count(html, ChartData.BundleMarker));
        int charts = Regex.Count(html, "class=\"ecomai-chart\"");
        Assert.True(charts >= minimumCharts, $"expected at least {minimumCharts} charts, found {charts}");
        Assert.Equal(charts, ChartData.Charts(html).Count);
        Assert.DoesNotMatch("<script[^>]*\\ssrc=", html);
        string withoutBundle = ChartData.WithoutBundle(html);
        Assert.DoesNotContain("cdn.plot.ly", withoutBundle);
        Assert.DoesNotContain("require.config", withoutBundle);
        Assert.DoesNotContain(EcomAI.Interactive.Formatting.ResultFormatter.ChartErrorClass, html);
    }

    /// <summary>The only output line of the code cell containing <paramref name="marker"/> that starts with <paramref name="prefix"/>.</summary>
    public static string Line(NotebookRunner.Run run, string marker, string prefix)
    {
        var lines = run.Notebook.OutputOfCellContaining(marker).Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, $"Expected one output line starting with '{prefix}' in the cell containing '{marker}', found {lines.Count}:\n{run.Notebook.OutputOfCellContaining(marker)}");
        return lines[0];
    }

    // A cell ending in a bare expression must display its value; cells of statements may print nothing.
    private static bool EndsWithExpression(string source)
    {
        string last = source.TrimEnd().Split('\n')[^1].Trim();
        return last.Length > 0 && !last.EndsWith(';') && !last.EndsWith('}') && !last.StartsWith("//", StringComparison.Ordinal) && !last.StartsWith('#');
    }
}

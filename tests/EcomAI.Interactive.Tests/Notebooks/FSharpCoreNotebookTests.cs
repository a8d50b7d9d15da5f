namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// The FSharp.Core clash in the real kernel (PLATFORM.md): the kernel tool carries FSharp.Core 10.0 and Plotly.NET
/// 6.0.0 asks for 10.1. In-process tests cannot show it, so both sides run in the real kernel.
/// </summary>
[Collection(NotebookCollection.Name)]
public class FSharpCoreNotebookTests(LocalFeed feed)
{
    private static string Folder => Path.Combine(TestEnvironment.RepoRoot, "tests", "EcomAI.Interactive.Tests", "Notebooks", "Data");

    [Fact]
    public void Execute_PlotlyWithoutExtension_FailsToLoadFSharpCore()
    {
        // Control: proves the clash is real on this machine, so the next test's success means something.
        var run = NotebookRunner.Execute(feed, "fsharp-core-without-extension", Folder, referencesPackage: false);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Plotly.NET asks for FSharp.Core 10.1.0.0; the kernel has loaded FSharp.Core 10.0.0.0",
            run.Notebook.OutputOfCellContaining("GetReferencedAssemblies"));
        var error = Assert.Single(run.Notebook.Outputs, o => o.OutputType == "error");
        Assert.Contains("FSharp.Core, Version=10.1.0.0", error.AllText);
    }

    [Fact]
    public void Execute_PlotlyWithExtension_ResolvesToLoadedFSharpCoreAndCharts()
    {
        var run = NotebookRunner.Execute(feed, "fsharp-core-with-extension", Folder);

        NotebookAssert.Succeeded(run);
        Assert.Contains("the kernel has loaded FSharp.Core 10.0.0.0", run.Notebook.OutputOfCellContaining("GetReferencedAssemblies"));
        Assert.Contains("chart built: 1 trace", run.Notebook.OutputOfCellContaining("Chart.Point"));
    }
}

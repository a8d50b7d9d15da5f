namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Executes a committed notebook headless with dotnet-repl (the local tool) against the test feed.</summary>
public static class NotebookRunner
{
    /// <summary>What the setup cell of every notebook says; the test swaps in the freshly packed version.</summary>
    public const string PackageReference = "EcomAI.Interactive, " + LocalFeed.CommittedVersion + "\\\"";

    public sealed record Run(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, ExecutedNotebook Notebook, string OutputPath);

    public static Run Execute(LocalFeed feed, string name, string? sourceFolder = null, bool referencesPackage = true, string? targetFolder = null)
    {
        string source = Path.Combine(sourceFolder ?? TestEnvironment.NotebooksFolder, name + ".ipynb");
        string json = File.ReadAllText(source);
        int references = Count(json, PackageReference);
        Assert.True(references == (referencesPackage ? 1 : 0), $"{name}.ipynb should reference {PackageReference} {(referencesPackage ? "once (its setup cell)" : "nowhere")}, found {references}.");

        string folder = targetFolder ?? feed.NotebookFolder;
        Directory.CreateDirectory(folder);
        string copy = Path.Combine(folder, name + ".ipynb");
        string output = Path.Combine(folder, name + ".executed.ipynb");
        File.WriteAllText(copy, json.Replace(PackageReference, "EcomAI.Interactive, " + feed.Version + "\\\"", StringComparison.Ordinal));

        var result = ProcessRunner.Run(
            "dotnet",
            ["repl", "--run", copy, "--exit-after-run", "--output-path", output],
            folder, // the kernel's working directory is the notebook's folder, as in Jupyter
            TimeSpan.FromMinutes(3));
        Assert.True(File.Exists(output), $"dotnet repl wrote no output (exit {result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        return new Run(result.ExitCode, result.StandardOutput, result.StandardError, result.Elapsed, ExecutedNotebook.Load(output), output);
    }

    private static int Count(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

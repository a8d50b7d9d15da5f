namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Executes a committed notebook headless in the real .NET Interactive kernel (<see cref="KernelSession"/>) against the test feed.</summary>
public static class NotebookRunner
{
    /// <summary>What the setup cell of every notebook says; the test swaps in the freshly packed version.</summary>
    public const string PackageReference = "EcomAI.Interactive, " + LocalFeed.CommittedVersion + "\\\"";

    /// <summary>The notebooks' NuGet.config, which names the feed (../artifacts/feed) for the kernel's package restore.</summary>
    public static string NuGetConfig => Path.Combine(TestEnvironment.NotebooksFolder, "NuGet.config");

    public sealed record Run(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed, ExecutedNotebook Notebook, string OutputPath);

    public static Run Execute(LocalFeed feed, string name, string? sourceFolder = null, bool referencesPackage = true, string? targetFolder = null)
    {
        string source = Path.Combine(sourceFolder ?? TestEnvironment.NotebooksFolder, name + ".ipynb");
        string json = File.ReadAllText(source);
        int references = Count(json, PackageReference);
        Assert.True(references == (referencesPackage ? 1 : 0), $"{name}.ipynb should reference {PackageReference} {(referencesPackage ? "once (its setup cell)" : "nowhere")}, found {references}.");

        string folder = targetFolder ?? feed.NotebookFolder;
        Directory.CreateDirectory(folder);
        File.Copy(NuGetConfig, Path.Combine(folder, "NuGet.config"), overwrite: true);
        string copy = Path.Combine(folder, name + ".ipynb");
        string output = Path.Combine(folder, name + ".executed.ipynb");
        File.WriteAllText(copy, json.Replace(PackageReference, "EcomAI.Interactive, " + feed.Version + "\\\"", StringComparison.Ordinal));

        return KernelSession.Execute(copy, output, TimeSpan.FromMinutes(3));
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

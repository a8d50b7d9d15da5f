using System.Reflection;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>Where the repository is and how this test assembly was built (baked in by the csproj).</summary>
internal static class TestEnvironment
{
    public static string RepoRoot { get; } = Metadata("RepoRoot");

    public static string BuildConfiguration { get; } = Metadata("BuildConfiguration");

    public static string NotebooksFolder => Path.Combine(RepoRoot, "notebooks");

    private static string Metadata(string key) =>
        typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing.");
}

using System.Diagnostics;
using System.Globalization;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>
/// Packs EcomAI.Interactive once per test run into a fresh folder feed, with a version no earlier run used:
/// NuGet silently reuses a cached package of the same version, so a fixed version would test stale code.
/// Also refreshes the repository's own feed (artifacts/feed, the committed version) so that a newcomer who ran the
/// README's two commands finds the notebooks' package ready, and drops that version's stale copy from the NuGet cache.
/// </summary>
/// <remarks>
/// Layout mirrors the repository so the notebooks' own setup cell and NuGet.config (which name ../artifacts/feed from
/// the notebook's folder) are exercised unchanged: RunRoot/artifacts/feed and RunRoot/notebooks. The test version is
/// removed from the NuGet global packages folder afterwards so test versions do not pile up there.
/// </remarks>
public sealed class LocalFeed : IDisposable
{
    /// <summary>The version the committed notebooks reference (Directory.Build.props).</summary>
    public const string CommittedVersion = "0.1.0";

    private readonly Dictionary<string, NotebookRunner.Run> _runs = new(StringComparer.Ordinal);

    public LocalFeed()
    {
        Version = string.Create(CultureInfo.InvariantCulture,
            $"{CommittedVersion}-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}");
        string runs = Path.Combine(TestEnvironment.RepoRoot, "artifacts", "notebook-tests");
        if (Directory.Exists(runs))
        {
            Directory.Delete(runs, recursive: true); // earlier runs' executed notebooks: only the latest is kept
        }

        RunRoot = Path.Combine(runs, Version);
        FeedFolder = Path.Combine(RunRoot, "artifacts", "feed");
        NotebookFolder = Path.Combine(RunRoot, "notebooks");
        Directory.CreateDirectory(FeedFolder);
        Directory.CreateDirectory(NotebookFolder);

        Pack(Version, FeedFolder);
        Pack(CommittedVersion, RepositoryFeed);
        RemoveCached(CommittedVersion); // the kernel would otherwise keep loading an older build of the same version
    }

    /// <summary>The repository's feed, which notebooks/NuGet.config names for the kernel.</summary>
    public static string RepositoryFeed => Path.Combine(TestEnvironment.RepoRoot, "artifacts", "feed");

    public string Version { get; }

    public string RunRoot { get; }

    public string FeedFolder { get; }

    public string NotebookFolder { get; }

    /// <summary>Executes a notebook once per test run; several tests may inspect the same execution.</summary>
    public NotebookRunner.Run Execute(string name)
    {
        lock (_runs)
        {
            if (!_runs.TryGetValue(name, out var run))
            {
                run = NotebookRunner.Execute(this, name);
                _runs[name] = run;
            }

            return run;
        }
    }

    public string PackagePath => Path.Combine(FeedFolder, $"EcomAI.Interactive.{Version}.nupkg");

    public void Dispose() => RemoveCached(Version);

    private static void Pack(string version, string folder)
    {
        string project = Path.Combine(TestEnvironment.RepoRoot, "src", "EcomAI.Interactive", "EcomAI.Interactive.csproj");
        var result = ProcessRunner.Run(
            "dotnet",
            ["pack", project, "--no-build", "--nologo", "-c", TestEnvironment.BuildConfiguration, $"-p:Version={version}", "-o", folder],
            TestEnvironment.RepoRoot,
            TimeSpan.FromMinutes(3));
        if (result.ExitCode != 0 || !File.Exists(Path.Combine(folder, $"EcomAI.Interactive.{version}.nupkg")))
        {
            throw new InvalidOperationException($"dotnet pack failed ({result.ExitCode}):\n{result.StandardOutput}\n{result.StandardError}");
        }
    }

    private static void RemoveCached(string version)
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // The extension package and the two library packages it depends on, all packed with the same version.
        foreach (string id in new[] { "ecomai.interactive", "ecomai.core", "ecomai.charts" })
        {
            string cached = Path.Combine(packages, id, version.ToLowerInvariant());
            try
            {
                if (Directory.Exists(cached))
                {
                    Directory.Delete(cached, recursive: true);
                }
            }
            catch (IOException exception)
            {
                Trace.WriteLine($"Could not remove {cached}: {exception.Message}");
            }
        }
    }
}

using System.Diagnostics;
using EcomAI.PowerShell.Tests.Support;

namespace EcomAI.PowerShell.Tests;

/// <summary>
/// The module as users get it (module/build.ps1: dotnet publish for this platform) carries the native DuckDB library of its
/// own platform only, beside its dll, and prepares an order-lines file inside the real <c>dotnet pwsh</c>.
/// </summary>
public sealed class PublishedModuleTests
{
    [Fact]
    public async Task Build_ForThisPlatform_OneNativeLibraryAndAJobRunsInPwsh()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"ecomai-published-{Guid.NewGuid():N}");
        try
        {
            var (built, buildOutput) = await Pwsh(["-File", Path.Combine(TestPaths.RepositoryRoot, "module", "build.ps1"), "-Configuration", "Debug", "-OutputDirectory", folder]);
            Assert.True(built == 0, buildOutput);

            var natives = Directory.GetFiles(folder, "*duckdb*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(f).StartsWith("duckdb", StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetRelativePath(folder, f)).ToList();
            string expected = OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";
            Assert.Equal([expected], natives);
            Assert.False(Directory.Exists(Path.Combine(folder, "runtimes")) &&
                         Directory.GetFiles(Path.Combine(folder, "runtimes"), "*duckdb*", SearchOption.AllDirectories).Length > 0);

            string script = $"""
                Import-Module '{Path.Combine(folder, "EcomAI.psd1")}'
                $path = Join-Path '{folder}' 'orders.csv'
                Get-EcomSampleData OrderLines -Path $path | Out-Null
                $lines = Import-EcomOrderLine -Path $path -WarningAction SilentlyContinue
                'LINES ' + $lines.Report.LinesRead
                """;
            var (ran, output) = await Pwsh(["-Command", script]);
            Assert.True(ran == 0, output);
            Assert.Matches(@"LINES \d{4,}", output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> Pwsh(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[] { "pwsh", "-NoProfile", "-NonInteractive" }.Concat(arguments))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + "\n" + await stderr);
    }
}

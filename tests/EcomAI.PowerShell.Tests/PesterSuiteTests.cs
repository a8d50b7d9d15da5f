using System.Diagnostics;
using System.Text.RegularExpressions;
using EcomAI.PowerShell.Tests.Support;

namespace EcomAI.PowerShell.Tests;

/// <summary>Runs the Pester suite in the real <c>dotnet pwsh</c> (the tool from dotnet-tools.json) and fails on any Pester failure.</summary>
public sealed partial class PesterSuiteTests
{
    [Fact]
    public async Task RunPester_WholeSuite_NoFailures()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[]
                 {
                     "pwsh", "-NoProfile", "-NonInteractive", "-File",
                     Path.Combine(TestPaths.RepositoryRoot, "tests", "EcomAI.PowerShell.Tests", "Pester", "Run-Pester.ps1"),
                     "-ModuleDirectory", TestPaths.ModuleDirectory, "-PesterManifest", TestPaths.PesterManifest,
                 })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The Pester suite did not finish within 10 minutes:\n" + await stdout);
        }

        string all = await stdout + "\n" + await stderr;

        Match summary = Summary().Match(all);
        Assert.True(summary.Success, "No 'N passed, N failed' line from Run-Pester.ps1:\n" + all);
        int passed = int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int failed = int.Parse(summary.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(failed == 0 && process.ExitCode == 0, $"Pester: {passed} passed, {failed} failed (exit {process.ExitCode}).\n{all}");
        Assert.True(passed >= 20, $"Only {passed} Pester tests ran; the suite has more.\n{all}");
    }

    [GeneratedRegex(@"^(\d+) passed, (\d+) failed", RegexOptions.Multiline)]
    private static partial Regex Summary();
}

using System.Diagnostics;
using System.Text.Json;

namespace EcomAI.Charts.Tests.Support;

/// <summary>
/// Runs Debian's headless Chromium on a local file with the network cut off: every host resolves to nothing
/// and any proxied connection goes to a closed local port, so no request can leave the machine. Chromium's
/// NetLog records every request it tried anyway, which is how tests prove the page asked for none.
/// </summary>
internal static class HeadlessChromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Chromium's path; a missing browser is a test failure (CI installs it), never a skip.</summary>
    public static string RequirePath()
    {
        string path = Environment.GetEnvironmentVariable("ECOMAI_CHROMIUM") ?? DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at '{path}'. Install Debian's package (apt-get install chromium; .ci/run does this) or set ECOMAI_CHROMIUM.");
        }

        return path;
    }

    /// <summary>Result of one run.</summary>
    public sealed record Run(string Output, string NetLogPath, string StdErr, int ExitCode);

    /// <summary>Loads <paramref name="htmlPath"/> and either dumps the DOM (returned as Output) or writes a screenshot.</summary>
    public static Run Open(string htmlPath, string workDir, string? screenshotPath = null, int virtualTimeMs = 15000, int windowHeight = 3600)
    {
        string chromium = RequirePath();
        Directory.CreateDirectory(workDir);
        string profile = Path.Combine(workDir, "profile-" + Guid.NewGuid().ToString("N"));
        string netLog = Path.Combine(workDir, (screenshotPath is null ? "dom" : "screenshot") + "-netlog.json");
        var psi = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
            "--disable-dev-shm-usage",
            $"--user-data-dir={profile}",
            // Network disabled: no name resolves, and any connection is sent to a closed port on loopback.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
            "--proxy-server=http://127.0.0.1:9",
            $"--log-net-log={netLog}",
            $"--virtual-time-budget={virtualTimeMs}",
            $"--window-size=1280,{windowHeight}",
        })
        {
            psi.ArgumentList.Add(arg);
        }

        if (screenshotPath is null)
        {
            psi.ArgumentList.Add("--dump-dom");
        }
        else
        {
            psi.ArgumentList.Add($"--screenshot={screenshotPath}");
        }

        psi.ArgumentList.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {chromium}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within 120 s on {htmlPath}. stderr: {stderr.Result}");
        }

        var run = new Run(stdout.Result, netLog, stderr.Result, process.ExitCode);
        TryDelete(profile);
        return run;
    }

    /// <summary>
    /// URLs requested on behalf of a page (NetLog <c>URL_REQUEST_START_JOB</c> begin events whose initiator is an
    /// origin). Chromium's own background requests say "not an origin"; with the network cut off those fail too.
    /// </summary>
    public static IReadOnlyList<string> PageRequests(string netLogPath) =>
        ReadStartJobs(netLogPath).Where(j => j.Initiator != "not an origin").Select(j => j.Url).ToList();

    /// <summary>URLs of any request (the page's or Chromium's own) that ended without a network error.</summary>
    public static IReadOnlyList<string> CompletedRequests(string netLogPath) =>
        ReadStartJobs(netLogPath).Where(j => j.NetError is null or 0).Select(j => j.Url).ToList();

    /// <summary>src/href values of a rendered page that point outside it (anything but data:, blob: or #fragment).</summary>
    public static IReadOnlyList<string> ExternalReferences(AngleSharp.Dom.IDocument dom) =>
        dom.All
            .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("href"), e.GetAttribute("xlink:href") })
            .Where(v => !string.IsNullOrEmpty(v) && !v.StartsWith("data:", StringComparison.Ordinal)
                        && !v.StartsWith("blob:", StringComparison.Ordinal) && !v.StartsWith('#'))
            .Select(v => v!)
            .ToList();

    private sealed record StartJob(string Url, string Initiator, int? NetError);

    private static List<StartJob> ReadStartJobs(string netLogPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(netLogPath));
        JsonElement root = doc.RootElement;
        int startJob = root.GetProperty("constants").GetProperty("logEventTypes").GetProperty("URL_REQUEST_START_JOB").GetInt32();
        var begun = new Dictionary<long, StartJob>();
        var order = new List<long>();
        foreach (JsonElement e in root.GetProperty("events").EnumerateArray())
        {
            if (e.GetProperty("type").GetInt32() != startJob)
            {
                continue;
            }

            long source = e.GetProperty("source").GetProperty("id").GetInt64();
            bool hasParams = e.TryGetProperty("params", out JsonElement p);
            if (hasParams && p.TryGetProperty("url", out JsonElement url))
            {
                // Begin event: the request and who asked for it.
                string initiator = p.TryGetProperty("initiator", out JsonElement i) ? i.GetString() ?? string.Empty : string.Empty;
                begun[source] = new StartJob(url.GetString() ?? "?", initiator, null);
                order.Add(source);
            }
            else if (begun.TryGetValue(source, out StartJob? job))
            {
                // End event: net_error is present when the request failed.
                int error = hasParams && p.TryGetProperty("net_error", out JsonElement ne) ? ne.GetInt32() : 0;
                begun[source] = job with { NetError = error };
            }
        }

        return order.Distinct().Select(id => begun[id]).ToList();
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover profile folder in the test output is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

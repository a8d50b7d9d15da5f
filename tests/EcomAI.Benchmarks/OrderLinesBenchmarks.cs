using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Benchmarks;

/// <summary>
/// The whole segmentation job from a raw order-lines export (read, prepare, RFM, K-means) against pandas + scikit-learn
/// doing the same job with the same rules, each in its own process so that peak memory is the job's own.
/// </summary>
public static partial class Program
{
    static partial void RegisterOrderLines()
    {
        Add("orderlines-segmentation",
            "--lines N (default 1,000,000) [--repeats 3] [--format csv|parquet] [--jit]: raw export -> preparation -> RFM -> K-means (K=4, 10 restarts), ours vs pandas+sklearn, wall time and peak RSS; ours runs ReadyToRun as the module ships (--jit: the plain build)",
            OrderLinesSegmentation);
        Add("orderlines-generate", "--lines N --out PATH: writes a seeded order-lines export with every quirk (CSV, or Parquet for .parquet)", OrderLinesGenerate);
        Add("orderlines-job", "PATH: (child process) runs our job once and prints one JSON line", OrderLinesJob);
    }

    /// <summary>Generator options for about <paramref name="lines"/> lines (about 92 lines per customer).</summary>
    private static OrderLineGeneratorOptions ExportOptions(long lines) => new()
    {
        Customers = (int)Math.Max(100, lines / 92),
        Products = 3000,
        Seed = 2010,
    };

    private static int OrderLinesGenerate(string[] args)
    {
        long lines = long.Parse(Arg(args, "--lines", "1000000"), CultureInfo.InvariantCulture);
        string output = Arg(args, "--out", Path.Combine(Path.GetTempPath(), $"ecomai-orders-{lines}.csv"));
        Console.WriteLine(Generate(lines, output));
        return 0;
    }

    private static string Generate(long lines, string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        string csv = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? Path.ChangeExtension(path, ".csv") : path;
        if (!File.Exists(csv))
        {
            var watch = Stopwatch.StartNew();
            var truth = OrderLineGenerator.WriteCsv(csv, ExportOptions(lines));
            Console.WriteLine($"generated {truth.Lines:N0} lines ({new FileInfo(csv).Length / (1 << 20):N0} MB) in {watch.Elapsed.TotalSeconds:F1} s: {csv}");
        }

        if (csv != path)
        {
            using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM read_csv('{csv}', all_varchar = true)) TO '{path}' (FORMAT parquet)";
            command.ExecuteNonQuery();
        }

        return path;
    }

    private static int OrderLinesSegmentation(string[] args)
    {
        long lines = long.Parse(Arg(args, "--lines", "1000000"), CultureInfo.InvariantCulture);
        int repeats = int.Parse(Arg(args, "--repeats", "3"), CultureInfo.InvariantCulture);
        string format = Arg(args, "--format", "csv");
        string path = Generate(lines, Path.Combine(Path.GetTempPath(), $"ecomai-orders-{lines}.{format}"));
        string script = Path.Combine(RepoRoot(), "tests", "EcomAI.Benchmarks", "peers", "orderlines_segmentation_pandas.py");
        string self = Environment.ProcessPath!;
        bool jit = args.Contains("--jit");
        string dll = jit ? typeof(Program).Assembly.Location : ReadyToRunCopy();
        string csvPath = Path.ChangeExtension(path, ".csv");
        long dataLines = File.ReadLines(csvPath).LongCount() - 1;
        Console.WriteLine($"input: {path} ({new FileInfo(path).Length / (1 << 20):N0} MB, {dataLines:N0} lines), {Environment.ProcessorCount} cores, load {Load()}");
        Console.WriteLine($"ours: {dll} ({(jit ? "JIT-compiled build" : "published ReadyToRun, as module/build.ps1 publishes the module")})");
        Console.WriteLine($"peer: /usr/bin/python3 {script} {path}");
        var ours = new List<(double Seconds, double PeakMb, int Customers)>();
        var peer = new List<(double Seconds, double PeakMb, int Customers)>();
        for (int r = 0; r < repeats; r++)
        {
            // Alternate who goes first so neither side always gets the warm page cache.
            foreach (bool oursFirst in r % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                if (oursFirst)
                {
                    ours.Add(Child(self.EndsWith("dotnet", StringComparison.Ordinal) ? self : "dotnet", $"\"{dll}\" orderlines-job \"{path}\""));
                }
                else
                {
                    peer.Add(Child("/usr/bin/python3", $"\"{script}\" \"{path}\""));
                }
            }

            Console.WriteLine($"run {r + 1}: ours {F(ours[^1].Seconds, "0.00")} s, {F(ours[^1].PeakMb, "0")} MB ({ours[^1].Customers:N0} customers); " +
                              $"pandas+sklearn {F(peer[^1].Seconds, "0.00")} s, {F(peer[^1].PeakMb, "0")} MB ({peer[^1].Customers:N0} customers)");
        }

        double ourTime = Median(ours.Select(o => o.Seconds).ToList()), peerTime = Median(peer.Select(p => p.Seconds).ToList());
        double ourPeak = Median(ours.Select(o => o.PeakMb).ToList()), peerPeak = Median(peer.Select(p => p.PeakMb).ToList());
        Console.WriteLine($"median: ours {F(ourTime, "0.00")} s / {F(ourPeak, "0")} MB; pandas+sklearn {F(peerTime, "0.00")} s / {F(peerPeak, "0")} MB; " +
                          $"{F(peerTime / ourTime, "0.0")}x faster, {F(ourPeak / peerPeak, "0.00")}x the peak memory; load {Load()}");
        return 0;
    }

    /// <summary>
    /// This benchmark app published ReadyToRun for this platform (artifacts/benchmarks-r2r), the way module/build.ps1 publishes
    /// the module: the measured job then starts without waiting for the JIT, as the module's first cmdlet does. Published on
    /// each run in Release (incremental: seconds when nothing changed); Linux, like the rest of this benchmark (/proc).
    /// </summary>
    private static string ReadyToRunCopy()
    {
        string root = RepoRoot();
        string output = Path.Combine(root, "artifacts", "benchmarks-r2r");
        string project = Path.Combine(root, "tests", "EcomAI.Benchmarks", "EcomAI.Benchmarks.csproj");
        string rid = $"linux-{System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
        Run("dotnet", $"publish \"{project}\" -c Release -r {rid} --self-contained false -p:PublishReadyToRun=true -o \"{output}\" -nologo -v quiet");
        return Path.Combine(output, "EcomAI.Benchmarks.dll");
    }

    private static (double Seconds, double PeakMb, int Customers) Child(string file, string arguments)
    {
        var watch = Stopwatch.StartNew();
        string output = Run(file, arguments);
        double seconds = watch.Elapsed.TotalSeconds;
        var json = JsonDocument.Parse(output.Trim().Split('\n').Last()).RootElement;
        return (seconds, json.GetProperty("peak_mb").GetDouble(), json.GetProperty("customers").GetInt32());
    }

    /// <summary>Runs a process to its end (OMP_NUM_THREADS = the cores, for the peer's BLAS) and returns its output; throws with its errors.</summary>
    private static string Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["OMP_NUM_THREADS"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {error.Result}\n{output}");
        }

        return output;
    }

    /// <summary>Child process: the job, once. Wall time is measured by the parent (process start to exit, like the peer's).</summary>
    private static int OrderLinesJob(string[] args)
    {
        // ECOMAI_BENCH_PHASES=1 prints when each phase ends (ms since the process started) and the JIT's share, on stderr.
        bool phases = Environment.GetEnvironmentVariable("ECOMAI_BENCH_PHASES") == "1";
        void Phase(string name)
        {
            if (phases)
            {
                double since = (DateTime.UtcNow - Process.GetCurrentProcess().StartTime.ToUniversalTime()).TotalMilliseconds;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {since:F0} ms; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms; peak {PeakMb():F0} MB"));
            }
        }

        Phase("main");
        int customers;
        using (var data = OrderLines.Load(args[0]))
        {
            Phase("load");
            var transactions = data.ToTransactions();
            Phase("transactions");
            var result = CustomerSegmentation.Fit(transactions, new SegmentationOptions { K = 4, Seed = 1 });
            Phase("fit");
            customers = result.Customers.Count;
        }

        // One JSON line, written by hand: the peer's harness costs nothing comparable, and a serializer's first use is JIT work.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"customers\": {customers}, \"peak_mb\": {PeakMb():F3}}}"));

        return 0;
    }

    /// <summary>Peak resident set of this process (VmHWM), MB.</summary>
    private static double PeakMb()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return double.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EcomAI.Core.Randomness;
using EcomAI.Core.Segmentation;
using MathNet.Numerics.Distributions;

namespace EcomAI.Benchmarks;

/// <summary>Segmentation harnesses: K-means against scikit-learn, a 1,000,000-row run, and a profile of the iterations.</summary>
public static partial class Program
{
    static partial void RegisterSegmentation()
    {
        Add("kmeans-sklearn", "200,000 x 8 blobs, K=16: (a) same initial centres vs sklearn lloyd, (b) k-means++ x10 vs sklearn n_init=10",
            KMeansVsSklearn);
        Add("kmeans-large", "1,000,000 x 8 blobs, K=8, 10 restarts: time, managed allocations and peak working set", KMeansLarge);
        Add("kmeans-profile", "times Hamerly vs Lloyd, 1 vs all threads, 512- vs 256-bit kernels on the peer's saved data (run kmeans-sklearn first)",
            KMeansProfile);
    }

    private static string Arg(string[] args, string name, string fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string F(double v, string format = "0.000") => v.ToString(format, CultureInfo.InvariantCulture);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcomAI.Interactive.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    private static int KMeansVsSklearn(string[] args)
    {
        int repeats = int.Parse(Arg(args, "--repeats", "5"), CultureInfo.InvariantCulture);
        int restartRepeats = int.Parse(Arg(args, "--restart-repeats", "3"), CultureInfo.InvariantCulture);
        string n = Arg(args, "--n", "200000");
        string work = Path.Combine(Path.GetTempPath(), "ecomai-kmeans-bench");
        string script = Path.Combine(RepoRoot(), "tests", "EcomAI.Benchmarks", "peers", "kmeans_sklearn.py");
        Console.WriteLine($"peer: /usr/bin/python3 {script} {work} --n {n} --repeats {repeats} --restart-repeats {restartRepeats}");
        var peer = RunPeer(script, $"\"{work}\" --n {n} --repeats {repeats} --restart-repeats {restartRepeats}");
        var (values, rows, columns) = SegmentationNpy.Read(Path.Combine(work, "X.npy"));
        var (initValues, k, _) = SegmentationNpy.Read(Path.Combine(work, "init.npy"));
        var x = new FeatureMatrix(values, rows, columns);
        var init = new double[k, columns];
        Buffer.BlockCopy(initValues, 0, init, 0, initValues.Length * sizeof(double));
        Console.WriteLine($"data: {rows} x {columns}, K = {k}, sklearn {peer.GetProperty("sklearn").GetString()}, " +
                          $"{Environment.ProcessorCount} cores (shared machine)");

        // (a) same initial centres.
        var options = new KMeansOptions { K = k, InitialCentres = init };
        // Warm-up: the same rule as the peer script (repeat the fit for at least 1 s), as BenchmarkDotNet does before
        // measuring, so that the timed fits run the JIT's final (tier-1) code. The cold first call is reported too.
        var coldWatch = Stopwatch.StartNew();
        KMeans.Fit(x, options);
        double coldFirst = coldWatch.Elapsed.TotalSeconds;
        while (coldWatch.Elapsed.TotalSeconds < 1.0)
        {
            KMeans.Fit(x, options);
        }

        var times = new List<double>();
        var cpu = new List<double>();
        KMeansModel? model = null;
        using var self = Process.GetCurrentProcess();
        for (int r = 0; r < repeats; r++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            model = KMeans.Fit(x, options);
            times.Add(sw.Elapsed.TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
        }

        var lloyd = KMeans.Fit(x, options with { Algorithm = KMeansAlgorithm.Lloyd });
        var a = peer.GetProperty("a");
        double peerADefault = a.GetProperty("median_s").GetDouble();
        double peerA1 = a.GetProperty("median_1thread_s").GetDouble();
        double peerA = Math.Min(peerADefault, peerA1);
        int peerIter = a.GetProperty("n_iter").GetInt32();
        double peerInertia = a.GetProperty("inertia").GetDouble();
        double oursA = Median(times);
        Console.WriteLine("(a) same initial centres, one run");
        Console.WriteLine($"    ours ({model!.Algorithm}): median {F(oursA)} s  [{string.Join(", ", times.Select(t => F(t)))}]  iterations {model!.Iterations}  inertia {model.Inertia:R}");
        Console.WriteLine($"    ours, first (cold, untimed-JIT) call: {F(coldFirst)} s; timed fits follow a 1 s warm-up on both sides");
        Console.WriteLine($"    ours (Lloyd):   iterations {lloyd.Iterations}  inertia {lloyd.Inertia:R}  labels identical to {model.Algorithm}: {lloyd.Labels.SequenceEqual(model.Labels)}");
        Console.WriteLine($"    sklearn lloyd:  median {F(peerADefault)} s (all threads), {F(peerA1)} s (1 thread)  iterations {peerIter}  inertia {peerInertia:R}");
        double peerCpu = Math.Min(a.GetProperty("median_cpu_s").GetDouble(), a.GetProperty("median_1thread_cpu_s").GetDouble());
        Console.WriteLine($"    CPU seconds: ours {F(Median(cpu))}, sklearn {F(a.GetProperty("median_cpu_s").GetDouble())} (all threads) / {F(a.GetProperty("median_1thread_cpu_s").GetDouble())} (1 thread): CPU ratio {F(peerCpu / Median(cpu), "0.00")}x");
        Console.WriteLine($"    speed-up vs faster sklearn setting {F(peerA / oursA, "0.00")}x (vs all threads {F(peerADefault / oursA, "0.00")}x)   iteration difference {model.Iterations - peerIter}   inertia relative difference {Math.Abs(model.Inertia - peerInertia) / peerInertia:E2}");

        // (b) k-means++ with 10 restarts.
        var full = new KMeansOptions { K = k, Restarts = 10 };
        times.Clear();
        cpu.Clear();
        var inertias = new List<double>();
        for (int r = 0; r < restartRepeats; r++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var m = KMeans.Fit(x, full with { Seed = r });
            times.Add(sw.Elapsed.TotalSeconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
            inertias.Add(m.Inertia);
        }

        var b = peer.GetProperty("b");
        double peerBDefault = b.GetProperty("median_s").GetDouble();
        double peerB1 = b.GetProperty("median_1thread_s").GetDouble();
        double peerB = Math.Min(peerBDefault, peerB1);
        var peerInertias = b.GetProperty("inertias").EnumerateArray().Select(e => e.GetDouble()).ToList();
        double oursB = Median(times);
        Console.WriteLine("(b) k-means++, 10 restarts");
        Console.WriteLine($"    ours:    median {F(oursB)} s  [{string.Join(", ", times.Select(t => F(t)))}]  inertias {string.Join(", ", inertias.Select(v => F(v, "0.####")))}");
        Console.WriteLine($"    sklearn: median {F(peerBDefault)} s all threads, {F(peerB1)} s 1 thread  [{string.Join(", ", b.GetProperty("times_s").EnumerateArray().Select(t => F(t.GetDouble())))}]  inertias {string.Join(", ", peerInertias.Select(v => F(v, "0.####")))}");
        double peerBCpu = Math.Min(b.GetProperty("median_cpu_s").GetDouble(), b.GetProperty("median_1thread_cpu_s").GetDouble());
        Console.WriteLine($"    CPU seconds: ours {F(Median(cpu))}, sklearn {F(b.GetProperty("median_cpu_s").GetDouble())} (all threads) / {F(b.GetProperty("median_1thread_cpu_s").GetDouble())} (1 thread): CPU ratio {F(peerBCpu / Median(cpu), "0.00")}x");
        Console.WriteLine($"    speed-up vs faster sklearn setting {F(peerB / oursB, "0.00")}x (vs all threads {F(peerBDefault / oursB, "0.00")}x)   worst ours / best sklearn inertia {F(inertias.Max() / peerInertias.Min(), "0.000000")}");
        return 0;
    }

    private static int KMeansProfile(string[] args)
    {
        int repeats = int.Parse(Arg(args, "--repeats", "3"), CultureInfo.InvariantCulture);
        string work = Arg(args, "--data", Path.Combine(Path.GetTempPath(), "ecomai-kmeans-bench"));
        var (values, rows, columns) = SegmentationNpy.Read(Path.Combine(work, "X.npy"));
        var (initValues, k, _) = SegmentationNpy.Read(Path.Combine(work, "init.npy"));
        var x = new FeatureMatrix(values, rows, columns);
        var init = new double[k, columns];
        Buffer.BlockCopy(initValues, 0, init, 0, initValues.Length * sizeof(double));
        int maxIterations = int.Parse(Arg(args, "--max-iterations", "300"), CultureInfo.InvariantCulture);
        int restarts = int.Parse(Arg(args, "--restarts", "0"), CultureInfo.InvariantCulture);
        var only = Arg(args, "--algorithm", "");
        var onlyThreads = Arg(args, "--threads", "");
        // --kernel 256 keeps the 512-bit kernels off (they run only for K in 9..16 on AVX-512 processors); results and
        // distance evaluations are the same either way, only the time differs.
        bool allow512 = Arg(args, "--kernel", "512") != "256";
        Console.WriteLine($"data: {rows} x {columns}, K = {k}; 512-bit kernels: {(allow512 && Distances.Vector512Available && Distances.Padded(k) == 16 ? "on" : "off")}");
        foreach (var algorithm in Enum.GetValues<KMeansAlgorithm>()
                     .Where(a => only.Length == 0 || string.Equals(a.ToString(), only, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (int? threads in new int?[] { 1, null }.Where(t => onlyThreads.Length == 0 || (t?.ToString(CultureInfo.InvariantCulture) ?? "all") == onlyThreads))
            {
                var options = new KMeansOptions { K = k, InitialCentres = restarts > 0 ? null : init, Restarts = Math.Max(1, restarts), Algorithm = algorithm, MaxDegreeOfParallelism = threads, MaxIterations = maxIterations };
                KMeans.Fit(x, options, null, allow512);
                var times = new List<double>();
                var cpu = new List<double>();
                KMeansModel? m = null;
                using var self = Process.GetCurrentProcess();
                for (int r = 0; r < repeats; r++)
                {
                    self.Refresh();
                    var cpu0 = self.TotalProcessorTime;
                    var sw = Stopwatch.StartNew();
                    m = KMeans.Fit(x, options, null, allow512);
                    times.Add(sw.Elapsed.TotalSeconds);
                    self.Refresh();
                    cpu.Add((self.TotalProcessorTime - cpu0).TotalSeconds);
                }

                Console.WriteLine($"{algorithm,-8} threads {(threads?.ToString(CultureInfo.InvariantCulture) ?? "all"),-4} median {F(Median(times))} s (CPU {F(Median(cpu))} s)  iterations {m!.Iterations}  inertia {m.Inertia:R}  distance evaluations / (n K iterations) {F(m.DistanceEvaluations / ((double)rows * k * m.Iterations))}");
            }
        }

        return 0;
    }

    private static JsonElement RunPeer(string script, string arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/python3", $"\"{script}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OMP_NUM_THREADS"] = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"peer failed ({process.ExitCode}): {error.Result}");
        }

        return JsonDocument.Parse(output.Trim().Split('\n').Last()).RootElement.Clone();
    }

    private static int KMeansLarge(string[] args)
    {
        int n = int.Parse(Arg(args, "--n", "1000000"), CultureInfo.InvariantCulture);
        int restarts = int.Parse(Arg(args, "--restarts", "10"), CultureInfo.InvariantCulture);
        const int d = 8, k = 8;
        var values = Blobs(n, d, k, 6.0, seed: 7);
        var x = new FeatureMatrix(values, n, d);
        double inputMb = values.Length * 8.0 / (1 << 20);
        using var self = Process.GetCurrentProcess();
        GC.Collect();
        self.Refresh();
        long baseWorkingSet = self.WorkingSet64;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        var model = KMeans.Fit(x, new KMeansOptions { K = k, Restarts = restarts, Seed = 1 });
        double seconds = sw.Elapsed.TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        self.Refresh();
        long peak = self.PeakWorkingSet64;
        Console.WriteLine($"data: {n} x {d} blobs ({k} centres, std 6), K = {k}, {restarts} restarts, {Environment.ProcessorCount} cores (shared machine)");
        Console.WriteLine($"time {F(seconds)} s, iterations of kept run {model.Iterations}, inertia {model.Inertia:R}");
        Console.WriteLine($"input {F(inputMb, "0.0")} MB; managed bytes allocated by Fit {F(allocated / 1048576.0, "0.0")} MB " +
                          $"({F(allocated / 1048576.0 / inputMb, "0.00")}x input)");
        Console.WriteLine($"process working set before Fit {F(baseWorkingSet / 1048576.0, "0.0")} MB (runtime + input), " +
                          $"peak working set {F(peak / 1048576.0, "0.0")} MB, peak minus before = {F((peak - baseWorkingSet) / 1048576.0, "0.0")} MB");
        return 0;
    }

    /// <summary>Isotropic Gaussian blobs like make_blobs: centres uniform in [−10, 10]^d, standard deviation <paramref name="std"/>.</summary>
    private static double[] Blobs(int n, int d, int centres, double std, int seed)
    {
        var random = SeededRandom.Create(seed);
        var c = new double[centres * d];
        for (int i = 0; i < c.Length; i++)
        {
            c[i] = -10 + (20 * random.NextDouble());
        }

        var values = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            int blob = i % centres;
            for (int f = 0; f < d; f++)
            {
                values[(i * d) + f] = Normal.Sample(random, c[(blob * d) + f], std);
            }
        }

        return values;
    }
}

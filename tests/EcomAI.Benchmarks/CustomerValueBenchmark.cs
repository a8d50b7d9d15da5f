using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EcomAI.Core.CustomerValue;
using EcomAI.Core.Samples;

namespace EcomAI.Benchmarks;

/// <summary>
/// Issue 13 benchmark: 1 M customers, customer summary + BG/NBD fit (target ≤ 10 s on two cores), against lifetimes'
/// recipe in pandas + NumPy/SciPy (peers/clv_scipy_peer.py) on the same transactions in the same run. Argument, median
/// and peer-path helpers are the pricing benchmark's (same partial class).
/// </summary>
public static partial class Program
{
    static partial void RegisterCustomerValue() =>
        Add("clv", "customer summary + BG/NBD fit for 1M customers; pandas/SciPy peer on the same transactions (--customers N --runs R --no-peer)", RunCustomerValue);

    private static int RunCustomerValue(string[] args)
    {
        int customers = PricingIntArg(args, "--customers", 1_000_000), runs = PricingIntArg(args, "--runs", 5);
        bool peer = !args.Contains("--no-peer");
        var sw = Stopwatch.StartNew();
        var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = customers, Seed = 2026 });
        var data = sample.Transactions;
        Console.WriteLine(PricingF($"clv: {customers:N0} customers, {data.Count:N0} transactions (BG/NBD at the CDNOW parameters, 78 weeks); {Environment.ProcessorCount} cores; generated in {sw.Elapsed.TotalSeconds:F1} s"));
        var options = CustomerSummaryOptions.DaysInWeeks with { CalibrationEnd = new DateTime(1997, 9, 30) };

        // Warm-up (JIT), then timed runs of the public calls.
        var summary = CustomerSummary.FromTransactions(data, options);
        var model = BgNbd.Fit(summary);
        var tSummary = new List<double>();
        var tFit = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            sw.Restart();
            summary = CustomerSummary.FromTransactions(data, options);
            tSummary.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            model = BgNbd.Fit(summary);
            tFit.Add(sw.Elapsed.TotalSeconds);
        }

        double ours = PricingMedian(tSummary.Zip(tFit, (a, b) => a + b).ToList());
        Console.WriteLine(PricingF($"EcomAI summary + fit: median {ours:F3} s (summary {PricingMedian(tSummary):F3} s, fit {PricingMedian(tFit):F3} s; {model.DistinctHistories:N0} distinct histories, {model.Iterations} BFGS iterations)"));
        Console.WriteLine(PricingF($"  {summary.Count:N0} customers in the cohort; r = {model.Parameters.R:F4}, alpha = {model.Parameters.Alpha:F4}, a = {model.Parameters.A:F4}, b = {model.Parameters.B:F4}; log-likelihood {model.LogLikelihood:F3}; {model.Status}"));
        Console.WriteLine(ours <= 10.0 ? "  target <= 10 s: MET" : "  target <= 10 s: NOT MET");
        if (!peer)
        {
            return 0;
        }

        string csv = Path.Combine(Path.GetTempPath(), $"ecomai-clv-peer-{Environment.ProcessId}.csv");
        try
        {
            var sb = new StringBuilder("customer_id,date,amount\n");
            foreach (var t in data.Transactions)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Timestamp:yyyy-MM-dd},{t.Amount:R}\n");
            }

            File.WriteAllText(csv, sb.ToString());
            var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(FindPricingPeer("clv_scipy_peer.py"));
            psi.ArgumentList.Add(csv);
            psi.ArgumentList.Add("1997-09-30");
            psi.ArgumentList.Add("3");
            using var process = Process.Start(psi)!;
            string stdout = process.StandardOutput.ReadToEnd();
            string stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"peer failed ({process.ExitCode}): {stderr}");
                return 1;
            }

            using var json = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            double peerTotal = root.GetProperty("total_s").GetDouble();
            double peerLl = root.GetProperty("loglik").GetDouble();
            Console.WriteLine(PricingF($"pandas + SciPy BFGS (/usr/bin/python3 peers/clv_scipy_peer.py), median of 3: {peerTotal:F3} s (summary {root.GetProperty("summary_s").GetDouble():F3} s, fit {root.GetProperty("fit_s").GetDouble():F3} s, {root.GetProperty("iterations").GetInt32()} iterations)"));
            Console.WriteLine(PricingF($"  peer r = {root.GetProperty("r").GetDouble():F4}, alpha = {root.GetProperty("alpha").GetDouble():F4}, a = {root.GetProperty("a").GetDouble():F4}, b = {root.GetProperty("b").GetDouble():F4}; log-likelihood {peerLl:F3} (EcomAI - peer: {model.LogLikelihood - peerLl:E2})"));
            Console.WriteLine(PricingF($"  ratio peer / EcomAI: {peerTotal / ours:F1}x"));
            bool sameData = root.GetProperty("customers").GetInt32() == summary.Count && root.GetProperty("frequency_sum").GetDouble() == summary.Frequency.Sum();
            Console.WriteLine(sameData ? "  same customers and repeat purchases on both sides" : "  WARNING: the two summaries differ");
            return sameData && model.LogLikelihood >= peerLl - 1e-3 ? 0 : 1;
        }
        finally
        {
            File.Delete(csv);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Benchmarks;

/// <summary>
/// Issue [3/6] and 12 benchmark: elasticity, status, allowed range, recommended price and what-if for 100,000 products × 52 weeks (5.2 M rows in memory),
/// and a statsmodels OLS loop over the first 10,000 of the same products in the same run, compared per product.
/// </summary>
public static partial class Program
{
    static partial void RegisterPricing() =>
        Add("pricing", "elasticity + price for 100k products x 52 weeks; statsmodels peer on 10k (--products N --weeks W --runs R --peer-products M --no-peer)", RunPricing);

    private static int RunPricing(string[] args)
    {
        int products = PricingIntArg(args, "--products", 100_000), weeks = PricingIntArg(args, "--weeks", 52), runs = PricingIntArg(args, "--runs", 7);
        int peerProducts = PricingIntArg(args, "--peer-products", 10_000);
        bool peer = !args.Contains("--no-peer");
        Console.WriteLine($"pricing: {products:N0} products x {weeks} weeks = {(long)products * weeks:N0} rows; {Environment.ProcessorCount} cores; {runs} timed runs (median)");

        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = products, Weeks = weeks, Seed = 2026 });
        var sales = sample.Sales;
        var options = PricingAnalysisOptions.Default;

        // Warm-up (JIT, thread pool), then timed runs of the whole public call: validation + grouping + fits + prices.
        var result = PricingAnalysis.Run(sales, options);
        var total = new List<double>();
        var validate = new List<double>();
        var analyse = new List<double>();
        var allocated = new List<double>();
        var sort = new List<double>();
        for (int r = 0; r < runs; r++)
        {
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            result = PricingAnalysis.Run(sales, options);
            total.Add(sw.Elapsed.TotalSeconds);
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            sw.Restart();
            _ = result.ByExpectedGain;
            sort.Add(sw.Elapsed.TotalSeconds);

            GC.Collect();
            sw.Restart();
            var data = SalesData.FromObservations(sales);
            validate.Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            PricingAnalysis.Run(data, options);
            analyse.Add(sw.Elapsed.TotalSeconds);
        }

        double ours = PricingMedian(total);
        Console.WriteLine(PricingF($"EcomAI PricingAnalysis.Run(IEnumerable<SaleObservation>): median {ours:F3} s (min {total.Min():F3}, max {total.Max():F3}) = {ours / products * 1e6:F2} us/product"));
        Console.WriteLine(PricingF($"  separately: SalesData.FromObservations (validated copy) median {PricingMedian(validate):F3} s, then PricingAnalysis.Run(SalesData) median {PricingMedian(analyse):F3} s"));
        Console.WriteLine(PricingF($"  allocated per run: median {PricingMedian(allocated) / 1e6:F0} MB = {PricingMedian(allocated) / products:F0} bytes/product; ByExpectedGain (sort by profit change) median {PricingMedian(sort):F3} s"));
        Console.WriteLine($"  statuses: {string.Join(", ", result.StatusCounts.Select(kv => $"{kv.Key} {kv.Value:N0}"))}");
        int whatIf = result.Products.Count(p => double.IsFinite(p.Recommendation.ProfitChange));
        int bounded = result.Products.Count(p => p.Recommendation.BoundApplied != PriceBound.None);
        Console.WriteLine(PricingF($"  what-if against the last week's price for {whatIf:N0} products; a bound set the price of {bounded:N0}"));
        int covered = 0;
        for (int i = 0; i < products; i++)
        {
            var e = result.Products[i].Estimate;
            covered += e.BLower <= sample.Truth[i].B && sample.Truth[i].B <= e.BUpper ? 1 : 0;
        }

        Console.WriteLine(PricingF($"  95% interval of b covers the true b for {100.0 * covered / products:F2}% of products"));
        Console.WriteLine(ours <= 1.0 ? "  target <= 1 s (issue 12): MET" : "  target <= 1 s (issue 12): NOT MET");
        if (!peer)
        {
            return 0;
        }

        // Same subset in-process, for a like-for-like per-product figure.
        var subset = sales.Take(peerProducts * weeks).ToArray();
        var subsetTimes = new List<double>();
        PricingAnalysisResult subsetResult = PricingAnalysis.Run(subset, options);
        for (int r = 0; r < runs; r++)
        {
            var sw = Stopwatch.StartNew();
            subsetResult = PricingAnalysis.Run(subset, options);
            subsetTimes.Add(sw.Elapsed.TotalSeconds);
        }

        string csv = Path.Combine(Path.GetTempPath(), $"ecomai-pricing-peer-{Environment.ProcessId}.csv");
        try
        {
            WritePricingPeerCsv(csv, subset);
            string script = FindPricingPeer("pricing_statsmodels.py");
            var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(csv);
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
            double peerMedian = json.RootElement.GetProperty("median_s").GetDouble();
            double peerBSum = json.RootElement.GetProperty("b_sum").GetDouble();
            double ourBSum = subsetResult.Products.Sum(p => p.Estimate.B);
            double peerPer = peerMedian / peerProducts, oursPer = ours / products, subsetPer = PricingMedian(subsetTimes) / peerProducts;
            Console.WriteLine(PricingF($"statsmodels OLS loop (/usr/bin/python3 peers/pricing_statsmodels.py), {peerProducts:N0} products: median {peerMedian:F3} s = {peerPer * 1e6:F1} us/product"));
            Console.WriteLine(PricingF($"EcomAI on the same {peerProducts:N0} products: median {PricingMedian(subsetTimes):F4} s = {subsetPer * 1e6:F2} us/product"));
            Console.WriteLine(PricingF($"sum of b over the {peerProducts:N0} products: EcomAI {ourBSum:R}, statsmodels {peerBSum:R} (|diff| {Math.Abs(ourBSum - peerBSum):E2})"));
            Console.WriteLine(PricingF($"per-product ratio statsmodels / EcomAI: {peerPer / oursPer:F0}x (100k run), {peerPer / subsetPer:F0}x (same 10k)"));
            return Math.Abs(ourBSum - peerBSum) < 1e-6 * Math.Abs(peerBSum) ? 0 : 1;
        }
        finally
        {
            File.Delete(csv);
        }
    }

    private static void WritePricingPeerCsv(string path, IReadOnlyList<SaleObservation> rows)
    {
        var sb = new StringBuilder("product_id,price,quantity,unit_cost,promotion\n");
        foreach (var o in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{o.ProductId},{o.Price:R},{o.Quantity:R},{o.UnitCost:R},{(o.Promotion ? 1 : 0)}\n");
        }

        File.WriteAllText(path, sb.ToString());
    }

    private static string FindPricingPeer(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "EcomAI.Benchmarks", "peers", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"peers/{name} not found above {AppContext.BaseDirectory}");
    }

    private static int PricingIntArg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static double PricingMedian(List<double> values)
    {
        var s = values.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
    }

    private static string PricingF(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

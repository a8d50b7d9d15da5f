using System.Globalization;
using System.Text.RegularExpressions;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class PricingNotebookTests(LocalFeed feed)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void Execute_PricingNotebook_ShowsHandStepsCorrectOptimumAndOfflineCharts()
    {
        var run = feed.Execute("03-price-optimization");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 8);
        var demand = ChartDataOf(run.Notebook.OutputOfCellContaining("PricingCharts.DemandCurve"));
        Assert.Contains("Fitted demand", demand);

        // Arc elasticity of (10, 100) -> (12, 75): (-25/87.5) / (2/11) = -1.5714.
        Assert.Equal("arc elasticity by hand -1.5714, by Elasticity.Arc -1.5714", NotebookAssert.Line(run, "Elasticity.Arc", "arc elasticity"));

        // OLS of ln Q on ln P for the notebook's five points, computed here independently.
        double[] p = [8, 9, 10, 11, 12], q = [16, 12, 10, 8, 7];
        double xBar = p.Average(Math.Log), yBar = q.Average(Math.Log);
        double sxy = p.Zip(q, (pi, qi) => (Math.Log(pi) - xBar) * (Math.Log(qi) - yBar)).Sum();
        double sxx = p.Sum(pi => Math.Pow(Math.Log(pi) - xBar, 2));
        double b = sxy / sxx, a = Math.Exp(yBar - (b * xBar));
        Assert.EndsWith(string.Create(Invariant, $"=>  b = {b:F6}, a = {a:F4}"), NotebookAssert.Line(run, "double bHand", "x̄ ="));
        Assert.Equal(string.Create(Invariant, $"library b = {b:F6}, a = {a:F4}; same as by hand: True"), NotebookAssert.Line(run, "Elasticity.Fit(prices, quantities)", "library b"));

        // The seed's formula is NaN for a = 1000, b = -2, c = 10; P* = c·b/(1+b) = 20 (DESIGN.md), and a grid search agrees.
        Assert.Equal("seed formula: NaN; correct P* = c·b/(1+b): 20", NotebookAssert.Line(run, "seedOptimalPrice", "seed formula"));
        Assert.Equal("grid search argmax: 20.00", NotebookAssert.Line(run, "bestOnGrid", "grid search"));
        string recommendation = run.Notebook.OutputOfCellContaining("PriceOptimizer.Optimize(exact");
        Assert.Contains("recommended price 20 (Optimal)", recommendation);
        Assert.Contains("<tr><td>price</td><td>20</td></tr>", recommendation);

        // The fitted elasticity's interval covers the generator's true b for the product shown (seeded data).
        var fit = Regex.Match(NotebookAssert.Line(run, "var fit = Elasticity.Fit", "P0001:"),
            @"true b = (?<t>-?[\d.]+), estimated b = (?<e>-?[\d.]+), 95% CI \[(?<lo>-?[\d.]+), (?<hi>-?[\d.]+)\]");
        Assert.True(fit.Success);
        double truth = double.Parse(fit.Groups["t"].Value, Invariant);
        Assert.InRange(truth, double.Parse(fit.Groups["lo"].Value, Invariant), double.Parse(fit.Groups["hi"].Value, Invariant));

        // P*/c = b/(1+b): 1.5 at b = -3, 2 at -2, 3 at -1.5, 6 at -1.2, 11 at -1.1.
        Assert.Equal("b=-3: P*/c=1.50  b=-2: P*/c=2.00  b=-1.5: P*/c=3.00  b=-1.2: P*/c=6.00  b=-1.1: P*/c=11.00",
            NotebookAssert.Line(run, "P*/c=", "b=-3"));

        Assert.Contains($"Pricing analysis: {SampleFiles.Distinct("sales.csv", 0)} products", run.Notebook.OutputOfCellContaining("var catalogue"));
        // The first price in sales.csv as LoadCsv's float, widened back to double, against the exact decimal.
        double firstPrice = double.Parse(SampleFiles.Rows("sales.csv")[0][2], Invariant);
        Assert.Equal(string.Create(Invariant, $"LoadCsv guessed Single: first price {(double)(float)firstPrice:R}; CsvFrame: {firstPrice:R}"),
            NotebookAssert.Line(run, "CsvFrame.Parse(csv)", "LoadCsv guessed"));
        Assert.EndsWith("same prices as from the embedded sample: True", NotebookAssert.Line(run, "SalesData.FromDataFrame", $"{SampleFiles.Rows("sales.csv").Count} rows"));
        string error = run.Notebook.OutputOfCellContaining("InputDataException");
        Assert.Contains("quantity", error);
        Assert.Contains("abc", error);
    }

    [Fact]
    public void Execute_PricingNotebook_ActingSectionMatchesTheDataAndTheFormulasByHand()
    {
        var run = feed.Execute("03-price-optimization");
        NotebookAssert.Succeeded(run);

        // The same weekly sales, derived here from the sample export (the data layer only, no pricing code).
        using var lines = SampleData.OrderLines();
        var weekly = lines.ToSales(SalesPeriod.Week);
        var byProduct = weekly.Observations.GroupBy(o => o.ProductId).ToDictionary(g => g.Key, g => g.ToList());
        int products = weekly.Observations.Select(o => o.ProductId).Concat(weekly.Exclusions.Rows.Select(x => x.ProductId)).Distinct().Count();
        Assert.StartsWith($"shop: {products} products, demand per Week; statuses: ", NotebookAssert.Line(run, "var shop = PricingAnalysis.Run", "shop:"));

        // OptimumUncertain: b < -1 but the interval's upper end u reaches -1; more weeks = ceil(n·(((u − b)/(b + 1))² − 1)).
        var u = Regex.Match(NotebookAssert.Line(run, "PriceStatus.OptimumUncertain", "uncertain "),
            @"b = (?<b>\S+), interval \[(?<lo>\S+), (?<hi>\S+)\], n = (?<n>\d+) weeks");
        Assert.True(u.Success);
        double b = D(u.Groups["b"].Value), hi = D(u.Groups["hi"].Value);
        int n = int.Parse(u.Groups["n"].Value, Invariant);
        Assert.True(b < -1 && hi >= -1, $"b = {b}, upper end {hi}: not an uncertain optimum");
        double more = Math.Ceiling(n * ((Math.Pow((hi - b) / (b + 1), 2)) - 1));
        Assert.Contains(string.Create(Invariant, $"about {more:0} more periods with price changes (now {n})"),
            run.Notebook.OutputOfCellContaining("PriceStatus.OptimumUncertain"));

        // Every recommended price lies in [lowest observed × 0.8, highest observed × 1.2], at the end BoundApplied names.
        var bounds = Regex.Matches(run.Notebook.OutputOfCellContaining("bounds {p.ProductId}"),
            @"bounds (?<id>\S+): price (?<p>\S+), bound (?<side>\w+) \((?<source>\w+)\), status (?<status>\w+)");
        Assert.NotEmpty(bounds);
        foreach (Match m in bounds)
        {
            var rows = byProduct[m.Groups["id"].Value];
            double lo = rows.Min(o => o.Price) * 0.8, top = rows.Max(o => o.Price) * 1.2, price = D(m.Groups["p"].Value);
            Assert.InRange(price, lo * (1 - 1e-12), top * (1 + 1e-12));
            switch (m.Groups["side"].Value)
            {
                case "Max": Assert.Equal(top, price, 9); Assert.Equal("Observed", m.Groups["source"].Value); break;
                case "Min": Assert.Equal(lo, price, 9); Assert.Equal("Observed", m.Groups["source"].Value); break;
                default: Assert.True(price > lo && price < top); break;
            }
        }

        // What-if of the largest gain, from its printed a, b, cost and prices: cost = 0.6 × the median weekly price,
        // today = the last week's price, gain = (P − c)·a·P^b − (P0 − c)·a·P0^b, interval at both ends of b's interval.
        var w = Regex.Match(NotebookAssert.Line(run, "var top = shop.ByExpectedGain[0]", "what-if "),
            @"what-if (?<id>\S+): a = (?<a>\S+), b = (?<b>\S+), interval \[(?<lo>\S+), (?<hi>\S+)\], cost (?<c>\S+) \((?<source>\w+)\), today (?<p0>\S+), price (?<p>\S+)$");
        Assert.True(w.Success);
        var own = byProduct[w.Groups["id"].Value];
        double[] sorted = [.. own.Select(o => o.Price).Order()];
        double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        double a = D(w.Groups["a"].Value), bw = D(w.Groups["b"].Value), c = D(w.Groups["c"].Value), p0 = D(w.Groups["p0"].Value), pStar = D(w.Groups["p"].Value);
        Assert.Equal("CostRatio", w.Groups["source"].Value);
        Assert.Equal(0.6 * median, c, 12);
        Assert.Equal(own.MaxBy(o => o.Date).Price, p0);
        double q0 = a * Math.Pow(p0, bw);
        double gain = ((pStar - c) * a * Math.Pow(pStar, bw)) - ((p0 - c) * q0);
        double End(double slope) => q0 * (((pStar - c) * Math.Pow(pStar / p0, slope)) - (p0 - c));
        double e1 = End(D(w.Groups["lo"].Value)), e2 = End(D(w.Groups["hi"].Value));
        var lib = Regex.Match(NotebookAssert.Line(run, "var top = shop.ByExpectedGain[0]", "library: "),
            @"profit today (?<t>\S+), at the price (?<x>\S+), change (?<g>\S+), interval \[(?<l>\S+), (?<u>\S+)\]");
        Assert.True(lib.Success);
        Assert.Equal((p0 - c) * q0, D(lib.Groups["t"].Value), 9);
        Assert.Equal(gain, D(lib.Groups["g"].Value), 9);
        Assert.Equal(Math.Min(e1, e2), D(lib.Groups["l"].Value), 9);
        Assert.Equal(Math.Max(e1, e2), D(lib.Groups["u"].Value), 9);
        Assert.True(gain > 0);
        var today = EcomAI.Interactive.Tests.Kernel.ChartData.Trace(run.Notebook.OutputOfCellContaining("PricingCharts.ProfitCurve(act)"), "Today's price");
        Assert.Equal(p0, EcomAI.Interactive.Tests.Kernel.ChartData.Numbers(today["x"]).Single());
        Assert.Equal((p0 - c) * q0, EcomAI.Interactive.Tests.Kernel.ChartData.Numbers(today["y"]).Single(), 9);
    }

    private static double D(string text) => double.Parse(text, NumberStyles.Float, Invariant);

    private static string ChartDataOf(string html) => Assert.Single(EcomAI.Interactive.Tests.Kernel.ChartData.Charts(html)).ToJsonString();
}

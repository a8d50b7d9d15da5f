using System.Globalization;
using System.Text.RegularExpressions;

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
        NotebookAssert.ChartsOffline(run, minimumCharts: 6);
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

    private static string ChartDataOf(string html) => Assert.Single(EcomAI.Interactive.Tests.Kernel.ChartData.Charts(html)).ToJsonString();
}

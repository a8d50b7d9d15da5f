using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class CustomerValueNotebookTests(LocalFeed feed)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public void Execute_CustomerValueNotebook_ShowsHandLikelihoodPublishedForecastAndOfflineCharts()
    {
        var run = feed.Execute("04-customer-lifetime-value");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 6);

        // The summary of one customer by hand: 213 and 272 days in weeks.
        Assert.Equal("by hand: x = 2, t_x = 30.43, T = 38.86, monetary = 22.345", NotebookAssert.Line(run, "txHand", "by hand"));
        Assert.Equal("library: x = 2, t_x = 30.43, T = 38.86, monetary = 22.345", NotebookAssert.Line(run, "txHand", "library"));

        // Eq. (6) term by term, computed here independently of the notebook and the library.
        double r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, tx = 213 / 7.0, t = 272 / 7.0;
        double lnA1 = MathNet.Numerics.SpecialFunctions.GammaLn(r + 2) - MathNet.Numerics.SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha));
        double lnA2 = MathNet.Numerics.SpecialFunctions.BetaLn(a, b + 2) - MathNet.Numerics.SpecialFunctions.BetaLn(a, b);
        double a3 = Math.Pow(alpha + t, -(r + 2)), a4 = a / (b + 1) * Math.Pow(alpha + tx, -(r + 2));
        string lnL = (lnA1 + lnA2 + Math.Log(a3 + a4)).ToString("F10", Invariant);
        Assert.Equal($"ln L by hand {lnL}, by BgNbd.LogLikelihood {lnL}", NotebookAssert.Line(run, "lnLHand", "ln L by hand"));
        string alive = (a3 / (a3 + a4)).ToString("F10", Invariant);
        Assert.Equal($"P(alive) by hand {alive}, by the model {alive}", NotebookAssert.Line(run, "lnLHand", "P(alive) by hand"));

        // The paper's forecast for x = 2, t_x = 30.43, T = 38.86 over 39 weeks: 1.226 (also SciPy's hyp2f1, Reference/*.out).
        Assert.Equal("E[Y(39) | x = 2, t_x = 30.43, T = 38.86] = 1.2260", NotebookAssert.Line(run, "cdnowModel", "E[Y(39)"));

        // Every estimate within 4 standard errors of the generator's truth (a 95% interval may miss: CoverageTests checks
        // the 95% over 200 seeds), and the holdout forecast within 10%.
        int covered = 0;
        foreach (string name in new[] { "r", "alpha", "a", "b" })
        {
            string line = NotebookAssert.Line(run, "double[] truth", name + ":");
            var z = Regex.Match(line, @"z = (?<z>-?[\d.]+)$");
            Assert.InRange(Math.Abs(double.Parse(z.Groups["z"].Value, Invariant)), 0, 4);
            covered += line.Contains("covered True", StringComparison.Ordinal) ? 1 : 0;
        }

        Assert.True(covered >= 3, $"{covered} of 4 intervals cover the truth");

        var holdout = Regex.Match(NotebookAssert.Line(run, "double[] truth", "holdout purchases"), @"actual (?<a>[\d.]+), expected (?<e>[\d.]+)");
        double ratio = double.Parse(holdout.Groups["e"].Value, Invariant) / double.Parse(holdout.Groups["a"].Value, Invariant);
        Assert.InRange(ratio, 0.9, 1.1);

        Assert.Contains("InsufficientData: customers: none of the 3 customers made a repeat purchase", run.Notebook.OutputOfCellContaining("catch (InputDataException"));
        Assert.Contains("NotIdentified: BG/NBD: the data do not pin down", run.Notebook.OutputOfCellContaining("catch (InputDataException"));
        Assert.Contains("CLV by RFM segment: 4 segments", run.Notebook.OutputOfCellContaining("result.BySegment"));
    }
}

using System.Globalization;
using EcomAI.Core.Pricing;

namespace EcomAI.Core.Tests.Pricing;

/// <summary>
/// The fit in levels keeps weeks without sales (Q = 0 is data there, not an error), against SciPy's curve_fit on the same
/// weeks (Reference/levels_zero_reference.py, output committed as Reference/levels_zero_reference.out).
/// </summary>
public class ElasticityLevelsZeroTests
{
    private static readonly double[] Price = [4.0, 4.5, 5.0, 5.5, 6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0, 11.5];
    private static readonly double[] Quantity = [62, 48, 41, 30, 29, 22, 18, 15, 11, 12, 0, 9, 0, 6, 0, 4];

    private static Dictionary<string, double> Reference() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Pricing", "Reference", "levels_zero_reference.out"))
            .Select(l => l.Split(' ')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

    [Fact]
    public void PricingAnalysis_LevelsWithZeroWeeks_EveryWeekUsedAndMatchesScipy()
    {
        var rows = Price.Select((p, i) => new SaleObservation("A", p, Quantity[i])).ToList();
        var result = PricingAnalysis.Run(rows, new PricingAnalysisOptions { Elasticity = new() { Method = ElasticityMethod.NonlinearLevels } });
        var e = result["A"].Estimate;
        var scipy = Reference();
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.Equal(16, e.N);
        Assert.Equal(0, result.Exclusions.Total);
        // Both stop Levenberg–Marquardt on their own tolerances: agreement to 2e-5 relative is the same optimum.
        Assert.Equal(scipy["a"], e.A, scipy["a"] * 2e-5);
        Assert.Equal(scipy["b"], e.B, 2e-5);
        Assert.Equal(scipy["se_b"], e.StdErrorB, scipy["se_b"] * 2e-4);
        Assert.Equal(scipy["se_a"], e.StdErrorIntercept, scipy["se_a"] * 2e-4);
    }

    [Fact]
    public void SalesData_LevelsWithZeroWeeks_ExclusionsNameTheModelFitted()
    {
        var rows = Price.Select((p, i) => new SaleObservation("A", p, Quantity[i])).Append(new SaleObservation("A", 0, 5)).ToList();
        var sales = SalesData.FromObservations(rows);
        var logLog = PricingAnalysis.Run(sales);
        Assert.Equal(4, logLog.Exclusions.Total);
        Assert.Contains("log-log", logLog.Exclusions.Summary);
        var levels = PricingAnalysis.Run(sales, new PricingAnalysisOptions { Elasticity = new() { Method = ElasticityMethod.NonlinearLevels } });
        Assert.Equal(1, levels.Exclusions.Total);
        Assert.Contains("fit in levels", levels.Exclusions.Summary);
        Assert.DoesNotContain("log-log", levels.Exclusions.Summary);
        Assert.Equal(16, levels["A"].Estimate.N);
    }
}

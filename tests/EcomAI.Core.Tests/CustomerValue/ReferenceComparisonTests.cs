using EcomAI.Core.CustomerValue;

namespace EcomAI.Core.Tests.CustomerValue;

/// <summary>Our fits and closed forms against Reference/customer_value_reference.py (SciPy 1.10.1), whose output is committed.</summary>
public class ReferenceComparisonTests
{
    private static CustomerSummary BgNbdData()
    {
        var rows = ReferenceFiles.Csv("bgnbd_data.csv");
        return CustomerSummary.FromColumns(null, rows.Select(r => (int)r[0]).ToArray(), rows.Select(r => r[1]).ToArray(), rows.Select(r => r[2]).ToArray());
    }

    [Fact]
    public void BgNbdFit_SimulatedData_MatchesScipyMaximumLikelihood()
    {
        var model = BgNbd.Fit(BgNbdData());

        Assert.Equal(FitStatus.Converged, model.Status);
        Assert.Equal(ReferenceFiles.Value("bgnbd.loglik"), model.LogLikelihood, 6);
        string[] names = ["r", "alpha", "a", "b"];
        for (int k = 0; k < 4; k++)
        {
            var e = model.Estimates[k];
            double expected = ReferenceFiles.Value($"bgnbd.{names[k]}");
            Assert.True(Math.Abs(e.Estimate - expected) < 1e-4 * expected, $"{names[k]}: {e.Estimate} vs SciPy {expected}");
            double se = ReferenceFiles.Value($"bgnbd.se.{names[k]}");
            Assert.True(Math.Abs(e.StdError - se) < 2e-3 * se, $"SE {names[k]}: {e.StdError} vs SciPy {se}");
        }
    }

    [Fact]
    public void BgNbdLogLikelihood_AtCdnowParameters_MatchesScipy()
    {
        Assert.Equal(ReferenceFiles.Value("bgnbd.loglik_at_cdnow"), BgNbd.LogLikelihood(BgNbdParameters.Cdnow, BgNbdData()), 8);
    }

    [Fact]
    public void GammaGammaFit_SimulatedData_MatchesScipyMaximumLikelihood()
    {
        var rows = ReferenceFiles.Csv("gamma_gamma_data.csv");
        var model = GammaGamma.Fit(rows.Select(r => (int)r[0]).ToArray(), rows.Select(r => r[1]).ToArray());

        Assert.Equal(FitStatus.Converged, model.Status);
        Assert.Equal(rows.Length, model.Customers);
        Assert.Equal(ReferenceFiles.Value("gg.loglik"), model.LogLikelihood, 6);
        string[] names = ["p", "q", "v"];
        for (int k = 0; k < 3; k++)
        {
            double expected = ReferenceFiles.Value($"gg.{names[k]}");
            Assert.True(Math.Abs(model.Estimates[k].Estimate - expected) < 1e-4 * expected, $"{names[k]}: {model.Estimates[k].Estimate} vs SciPy {expected}");
            double se = ReferenceFiles.Value($"gg.se.{names[k]}");
            Assert.True(Math.Abs(model.Estimates[k].StdError - se) < 2e-3 * se, $"SE {names[k]}: {model.Estimates[k].StdError} vs SciPy {se}");
        }

        // Eq. (5) at the fitted parameters, and the population mean p·v/(q − 1).
        Assert.Equal(ReferenceFiles.Value("gg.expected_spend.x1"), model.ExpectedAverageSpend(1, 20.0), 3);
        Assert.Equal(ReferenceFiles.Value("gg.expected_spend.x3"), model.ExpectedAverageSpend(3, 35.5), 3);
        Assert.Equal(ReferenceFiles.Value("gg.expected_spend.x10"), model.ExpectedAverageSpend(10, 80.0), 3);
        Assert.Equal(ReferenceFiles.Value("gg.population_mean"), model.PopulationMeanSpend, 3);
        Assert.Equal(ReferenceFiles.Value("gg.correlation"), model.FrequencyMonetaryCorrelation, 10);
        Assert.Null(model.Warning);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(39.0)]
    [InlineData(78.0)]
    public void ExpectedPurchasesNewCustomer_CdnowParameters_MatchesEquation9WithScipyHyp2f1(double t)
    {
        var model = BgNbdModel.FromParameters(BgNbdParameters.Cdnow);
        Assert.Equal(ReferenceFiles.Value($"eq9.t{t:g}"), model.ExpectedPurchasesNewCustomer(t), 11);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void ProbabilityOfPurchases_CdnowParameters_MatchesEquation8(int n)
    {
        var model = BgNbdModel.FromParameters(BgNbdParameters.Cdnow);
        Assert.Equal(ReferenceFiles.Value($"eq8.n{n}.t39"), model.ProbabilityOfPurchases(n, 39), 12);
    }

    [Theory]
    [InlineData(0, 0.0, 38.86, 39.0)]
    [InlineData(2, 30.43, 38.86, 39.0)]
    [InlineData(7, 29.43, 38.86, 52.0)]
    [InlineData(1, 1.71, 38.86, 39.0)]
    [InlineData(25, 27.29, 36.86, 39.0)]
    public void ExpectedPurchases_CdnowParameters_MatchesEquation10AndPAliveNote(int x, double tx, double t, double horizon)
    {
        // Eq. (10) as printed, with SciPy's hyp2f1: ours uses Euler's transformation, so this checks that too.
        var model = BgNbdModel.FromParameters(BgNbdParameters.Cdnow);
        string key = FormattableString.Invariant($"x{x}.tx{tx:g}.T{t:g}");
        Assert.Equal(ReferenceFiles.Value(FormattableString.Invariant($"eq10.{key}.t{horizon:g}")), model.ExpectedPurchases(horizon, x, tx, t), 11);
        Assert.Equal(ReferenceFiles.Value($"palive.{key}"), model.ProbabilityAlive(x, tx, t), 14);
    }
}

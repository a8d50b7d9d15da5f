using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.CustomerValue;

/// <summary>The inputs behind lifetimes' ConvergenceError reports (#258, #259, #262, #405, #419).</summary>
public class PathologicalInputTests
{
    [Fact]
    public void Fit_EveryCustomerWithZeroRepeats_IsInsufficientDataNamingTheCause()
    {
        var ex = Assert.Throws<InputDataException>(() => BgNbd.Fit([0, 0, 0, 0], [0, 0, 0, 0], [10, 20, 30, 40]));

        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("none of the 4 customers made a repeat purchase", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Penalty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EveryCustomerWithZeroRepeatsAndPenalty_ConvergesToLowPurchaseRate()
    {
        var model = BgNbd.Fit(Enumerable.Repeat(0, 500).ToArray(), new double[500], Enumerable.Range(0, 500).Select(i => 10.0 + (i % 30)).ToArray(),
            new BgNbdOptions { Penalty = 0.001 });

        Assert.Equal(FitStatus.Converged, model.Status);
        Assert.Contains("penalty", model.Message, StringComparison.Ordinal);

        // Nobody repeated in 10–39 weeks: the shrunk estimate expects few repeats (under 2% of the 500 customers) over those same weeks;
        // the unpenalised likelihood would only be maximised at 0.
        double expectedRepeats = Enumerable.Range(0, 500).Sum(i => model.ExpectedPurchasesNewCustomer(10.0 + (i % 30)));
        Assert.True(expectedRepeats < 10, $"{expectedRepeats}");
    }

    [Fact]
    public void Fit_HugeFrequencies_ConvergesWithFinitePredictions()
    {
        // Wholesale buyers with 10,000 to 100,000 repeat days among ordinary ones.
        var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 3000, Seed = 3 }).Summary;
        var x = sample.Frequency.ToList();
        var tx = sample.Recency.ToList();
        var t = sample.T.ToList();
        foreach (int huge in new[] { 10_000, 50_000, 100_000 })
        {
            x.Add(huge);
            tx.Add(66);
            t.Add(66);
        }

        var model = BgNbd.Fit(x, tx, t);

        Assert.NotEqual(FitStatus.DidNotConverge, model.Status);
        Assert.All(model.Estimates, e => Assert.True(double.IsFinite(e.Estimate) && e.Estimate > 0));
        // Bought about 1,500 times a week right up to the end: alive, and buying on at that rate.
        double expected = model.ExpectedPurchases(52, 100_000, 66, 66);
        Assert.InRange(expected / 52, 0.8 * 100_000 / 66, 1.01 * 100_000 / 66);
        Assert.True(model.ProbabilityAlive(100_000, 66, 66) > 0.99);

        // The same buyer silent for the last 6 weeks has almost surely left (a gap of ~9,000 expected purchases).
        Assert.True(model.ProbabilityAlive(100_000, 60, 66) < 1e-100);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void Fit_TinyCohort_ReturnsAnHonestStatusNotAnException(int customers)
    {
        var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 400, Seed = customers }).Summary;
        var repeaters = Enumerable.Range(0, sample.Count).Where(i => sample.Frequency[i] > 0).Take(customers).ToArray();

        var model = BgNbd.Fit(repeaters.Select(i => sample.Frequency[i]).ToArray(), repeaters.Select(i => sample.Recency[i]).ToArray(), repeaters.Select(i => sample.T[i]).ToArray());

        Assert.NotEqual(FitStatus.DidNotConverge, model.Status);
        Assert.False(string.IsNullOrWhiteSpace(model.Message));
        if (model.Status == FitStatus.NotIdentified)
        {
            Assert.Contains("do not pin down", model.Message, StringComparison.Ordinal);
            Assert.Contains(model.Estimates, e => double.IsPositiveInfinity(e.Upper) && double.IsNaN(e.StdError));
        }

        // The maximum still gives usable predictions.
        Assert.All(repeaters, i => Assert.True(double.IsFinite(model.ExpectedPurchases(39, sample.Frequency[i], sample.Recency[i], sample.T[i]))));
    }

    [Fact]
    public void Fit_NoSignOfDropout_SaysTheDropoutParametersAreNotIdentified()
    {
        // Everyone bought steadily right up to the end: nothing in the data suggests anyone dropped out, so the dropout
        // probability's maximum is at 0 (a → 0 or b → ∞), where lifetimes' optimiser loses precision.
        int n = 400;
        var x = Enumerable.Range(0, n).Select(i => 3 + (i % 5)).ToArray();
        var t = Enumerable.Range(0, n).Select(i => 20.0 + (i % 20)).ToArray();
        var tx = t.Select(v => v - 0.01).ToArray();

        var model = BgNbd.Fit(x, tx, t);

        Assert.Equal(FitStatus.NotIdentified, model.Status);
        Assert.True(model.Parameters.MeanDropoutProbability < 1e-3, $"{model.Parameters}");
        Assert.Contains(model.Estimates.Where(e => e.Parameter is "a" or "b"), e => double.IsPositiveInfinity(e.Upper));
        Assert.All(Enumerable.Range(0, n), i => Assert.True(model.ProbabilityAlive(x[i], tx[i], t[i]) > 0.99));
    }

    [Fact]
    public void GammaGammaFit_TwoRepeatCustomers_IsInsufficientData()
    {
        var ex = Assert.Throws<InputDataException>(() => GammaGamma.Fit([0, 1, 2, 0], [0, 10, 20, 0]));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
    }

    [Fact]
    public void Fit_SameDataAnyThreadCount_GivesIdenticalEstimates()
    {
        var summary = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 30_000, Seed = 11 }).Summary;

        var one = BgNbd.Fit(summary, new BgNbdOptions { MaxDegreeOfParallelism = 1 });
        var all = BgNbd.Fit(summary);

        Assert.Equal(one.LogLikelihood, all.LogLikelihood);
        Assert.Equal(one.Parameters, all.Parameters);
    }
}

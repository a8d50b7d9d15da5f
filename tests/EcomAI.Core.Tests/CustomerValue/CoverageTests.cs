using EcomAI.Core.CustomerValue;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.CustomerValue;

/// <summary>Repeated simulations from the generative processes: do the 95% intervals cover the truth about 95% of the time?</summary>
public class CoverageTests
{
    private const int Seeds = 200;

    [Fact]
    public void Fit_RepeatedSeeds_IntervalsCoverTrueParametersAbout95Percent()
    {
        var truth = BgNbdParameters.Cdnow;
        double[] bg = [truth.R, truth.Alpha, truth.A, truth.B];
        var spend = GammaGammaParameters.Cdnow;
        double[] gg = [spend.P, spend.Q, spend.V];
        var bgHits = new int[4];
        var ggHits = new int[3];
        for (int seed = 1; seed <= Seeds; seed++)
        {
            var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 3000, Seed = seed }).Summary;
            var purchases = BgNbd.Fit(sample);
            var spending = GammaGamma.Fit(sample);
            Assert.Equal(FitStatus.Converged, purchases.Status);
            Assert.Equal(FitStatus.Converged, spending.Status);
            for (int k = 0; k < 4; k++)
            {
                bgHits[k] += purchases.Estimates[k].Covers(bg[k]) ? 1 : 0;
            }

            for (int k = 0; k < 3; k++)
            {
                ggHits[k] += spending.Estimates[k].Covers(gg[k]) ? 1 : 0;
            }
        }

        // Binomial(200, 0.95) has standard deviation 1.5 points: 90%–99% is about ±3 SD.
        Assert.All(bgHits.Concat(ggHits), hits => Assert.InRange(hits / (double)Seeds, 0.90, 0.99));
    }
}

using EcomAI.Core.CustomerValue;
using EcomAI.Core.Samples;
using MathNet.Numerics.Integration;

namespace EcomAI.Core.Tests.CustomerValue;

public class BgNbdTests
{
    private static readonly BgNbdParameters Ones = new(1, 1, 1, 1);

    [Fact]
    public void LogLikelihood_ThreeCustomersWithUnitParameters_MatchesHandComputation()
    {
        // FHL 2005 eq. (6) with r = α = a = b = 1, by hand (Γ(1+x)/Γ(1) = x!, α^r = 1, B(a, b+x)/B(a, b) = 1/(1+x),
        // B(a+1, b+x−1)/B(a, b) = 1/(x(x+1))):
        //   x = 0, T = 1:          1/2 · 1/(1+1)¹                         = 1/2
        //   x = 1, t_x = 1, T = 2: 1/2 · 1!/(1+2)² + 1/2 · 1!/(1+1)²      = 1/18 + 1/8  = 13/72
        //   x = 2, t_x = 1, T = 3: 1/3 · 2!/(1+3)³ + 1/6 · 2!/(1+1)³      = 1/96 + 1/24 = 5/96
        Assert.Equal(Math.Log(1.0 / 2), BgNbd.LogLikelihood(Ones, 0, 0, 1), 12);
        Assert.Equal(Math.Log(13.0 / 72), BgNbd.LogLikelihood(Ones, 1, 1, 2), 12);
        Assert.Equal(Math.Log(5.0 / 96), BgNbd.LogLikelihood(Ones, 2, 1, 3), 12);

        var summary = CustomerSummary.FromColumns(["a", "b", "c"], [0, 1, 2], [0, 1, 1], [1, 2, 3]);
        Assert.Equal(Math.Log(65.0 / 13824), BgNbd.LogLikelihood(Ones, summary), 13);
    }

    [Theory]
    [InlineData(0, 0.0, 38.86)]
    [InlineData(1, 1.71, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(7, 29.43, 38.86)]
    public void LogLikelihood_CdnowParameters_MatchesIntegralOfIndividualLikelihood(int x, double tx, double t)
    {
        // Eq. (6) is the individual-level likelihood (1−p)^x λ^x e^{−λT} + δ p(1−p)^{x−1} λ^x e^{−λ t_x} (FHL 2005 eq. 3)
        // integrated over λ ~ Gamma(r, α) and p ~ Beta(a, b): integrate numerically, independently of the closed form.
        var (r, alpha, a, b) = BgNbdParameters.Cdnow;
        double betaAB = Math.Exp(MathNet.Numerics.SpecialFunctions.BetaLn(a, b));

        // Integrate p analytically-free: substitute p = u^(1/a) to remove the p^(a−1) singularity, λ = s/(1−s).
        double Integrand(double lambda, double p)
        {
            double alive = Math.Pow(1 - p, x) * Math.Pow(lambda, x) * Math.Exp(-lambda * t);
            double dead = x > 0 ? p * Math.Pow(1 - p, x - 1) * Math.Pow(lambda, x) * Math.Exp(-lambda * tx) : 0;
            double gammaDensity = Math.Exp((r * Math.Log(alpha)) + ((r - 1) * Math.Log(lambda)) - (alpha * lambda) - MathNet.Numerics.SpecialFunctions.GammaLn(r));
            double betaDensity = Math.Pow(p, a - 1) * Math.Pow(1 - p, b - 1) / betaAB;
            return (alive + dead) * gammaDensity * betaDensity;
        }

        // λ = v^(1/r) removes λ^(r−1); p = u^(1/a) removes p^(a−1) (Jacobians included).
        double Transformed(double u, double v)
        {
            double p = Math.Pow(u, 1 / a), lambda = Math.Pow(v, 1 / r);
            if (p >= 1 || lambda <= 0)
            {
                return 0;
            }

            double jacobian = Math.Pow(u, (1 / a) - 1) / a * (Math.Pow(v, (1 / r) - 1) / r);
            return Integrand(lambda, p) * jacobian;
        }

        // v up to (200 per week)^r covers the Gamma(0.243, 4.414) mass to far below 1e-12.
        double upperV = Math.Pow(200, r);
        double integral = 0;
        const int pieces = 40;
        for (int i = 0; i < pieces; i++)
        {
            double v0 = upperV * i / pieces, v1 = upperV * (i + 1) / pieces;
            integral += GaussLegendreRule.Integrate(Transformed, 0, 1, v0, v1, 64);
        }

        double expected = Math.Log(integral);
        Assert.Equal(expected, BgNbd.LogLikelihood(BgNbdParameters.Cdnow, x, tx, t), 6);
    }

    [Fact]
    public void Fit_SimulatedCdnowLikeCohort_RecoversParametersWithinIntervals()
    {
        var sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 20_000, Seed = 7 });

        var model = BgNbd.Fit(sample.Summary);

        Assert.Equal(FitStatus.Converged, model.Status);
        var truth = BgNbdParameters.Cdnow;
        double[] expected = [truth.R, truth.Alpha, truth.A, truth.B];
        for (int k = 0; k < 4; k++)
        {
            var e = model.Estimates[k];
            Assert.True(e.Covers(expected[k]), $"{e.Parameter}: {e.Estimate} [{e.Lower}, {e.Upper}] should cover {expected[k]}");
            Assert.True(e.StdError > 0 && e.StdError < e.Estimate, $"{e.Parameter}: SE {e.StdError}");
        }
    }
}

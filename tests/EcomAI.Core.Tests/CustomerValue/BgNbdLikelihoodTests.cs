using EcomAI.Core.CustomerValue;

namespace EcomAI.Core.Tests.CustomerValue;

/// <summary>
/// The analytic gradient the BFGS fit climbs (<see cref="BgNbdLikelihood"/>) against central finite differences of the
/// per-customer log-likelihood <see cref="BgNbd.LogLikelihood(BgNbdParameters, int, double, double)"/> (eq. 6, a separate code
/// path), in the log-parameters θ = ln(r, α, a, b) the optimiser uses.
/// </summary>
public class BgNbdLikelihoodTests
{
    // No repeats (twice: the compression weights), x = 1 with t_x near 0 and near T, ties, a heavy buyer, an early last purchase.
    private static readonly (int X, double Tx, double T)[] Customers =
    [
        (0, 0, 30), (0, 0, 30), (0, 0, 5), (1, 0.5, 30), (1, 29.5, 30), (3, 10, 40), (3, 10, 40), (7, 35, 39), (20, 38.9, 39), (2, 0.5, 52),
    ];

    public static TheoryData<double, double, double, double> Points => new()
    {
        { 0.243, 4.414, 0.793, 2.426 }, // FHL (2005) CDNOW estimates
        { 2.0, 0.5, 3.0, 0.7 },         // b < 1: b + x − 1 < 1 for x = 1
        { 0.05, 40.0, 0.2, 15.0 },      // small r and a, large α and b
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void MeanLogLikelihood_Gradient_MatchesCentralDifferencesOfEquation6(double r, double alpha, double a, double b)
    {
        var likelihood = new BgNbdLikelihood(Customers.Select(c => c.X).ToArray(), Customers.Select(c => c.Tx).ToArray(), Customers.Select(c => c.T).ToArray(), 1);
        double[] theta = [Math.Log(r), Math.Log(alpha), Math.Log(a), Math.Log(b)];
        var gradient = new double[4];
        double value = likelihood.MeanLogLikelihood(theta, gradient);

        Assert.Equal(Mean(theta), value, 10);
        AssertMatchesCentralDifferences(Mean, theta, gradient);

        Assert.Contains(gradient, g => Math.Abs(g) > 1e-3); // not at a stationary point, so the check has teeth
    }

    [Fact]
    public void MeanLogLikelihood_GradientOnReferenceData_MatchesCentralDifferences()
    {
        var rows = ReferenceFiles.Csv("bgnbd_data.csv");
        int[] x = rows.Select(v => (int)v[0]).ToArray();
        double[] tx = rows.Select(v => v[1]).ToArray(), t = rows.Select(v => v[2]).ToArray();
        double[] theta = [Math.Log(0.243), Math.Log(4.414), Math.Log(0.793), Math.Log(2.426)];
        // 1,500 customers simulated by the SciPy reference script, at the CDNOW estimates.
        var one = new double[4];
        new BgNbdLikelihood(x, tx, t, null).MeanLogLikelihood(theta, one);

        double Mean(double[] th)
        {
            var p = new BgNbdParameters(Math.Exp(th[0]), Math.Exp(th[1]), Math.Exp(th[2]), Math.Exp(th[3]));
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                sum += BgNbd.LogLikelihood(p, x[i], tx[i], t[i]);
            }

            return sum / x.Length;
        }

        AssertMatchesCentralDifferences(Mean, theta, one);
    }

    /// <summary>Each component of <paramref name="gradient"/> against the central difference of <paramref name="f"/> at θ.</summary>
    private static void AssertMatchesCentralDifferences(Func<double[], double> f, double[] theta, double[] gradient)
    {
        const double h = 1e-5;
        for (int k = 0; k < theta.Length; k++)
        {
            double[] up = (double[])theta.Clone(), down = (double[])theta.Clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (f(up) - f(down)) / (2 * h);
            // Central differences err by h²·f'''/6 ≈ 1e-10 plus rounding ε·|f|/h ≈ 1e-10 here: 1e-6 leaves a wide margin,
            // while a wrong term (say a missing w₄/a) would be off by 1e-2 or more.
            Assert.True(Math.Abs(numeric - gradient[k]) < 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"∂/∂θ{k}: analytic {gradient[k]:R}, central difference {numeric:R}");
        }
    }

    private static double Mean(double[] theta)
    {
        var p = new BgNbdParameters(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]));
        return Customers.Average(c => BgNbd.LogLikelihood(p, c.X, c.Tx, c.T));
    }
}

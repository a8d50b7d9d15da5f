using EcomAI.Core.CustomerValue;

namespace EcomAI.Core.Tests.CustomerValue;

public class BgNbdMathTests
{
    [Theory]
    [InlineData(50.0, 3.0, 0, 39.0)]
    [InlineData(55.0, 0.4, 0, 78.0)]
    [InlineData(70.0, 30.0, 4, 52.0)]
    [InlineData(60.0, 2.0, 300, 26.0)]
    public void ExpectedIfAlive_SeriesAndQuadrature_AgreeWhereBothApply(double a, double b, int x, double horizon)
    {
        // Around a = 50 both evaluations are accurate: the series (Euler-transformed eq. 10) and the integral over p.
        var p = new BgNbdParameters(0.7, 5.0, a, b);
        double series = SeriesOnly(p, x, 30.0, horizon);
        double quadrature = BgNbdMath.ExpectedIfAliveByQuadrature(p, x, 30.0, horizon);
        Assert.Equal(series, quadrature, 9);
    }

    [Fact]
    public void ExpectedIfAlive_HugeAAndB_TendsToTheFixedDropoutLimit()
    {
        // a, b → ∞ with a/(a+b) = p₀ fixed makes p ≡ p₀: E = (1/p₀)(1 − (1 + p₀ t/(α+T))^−(r+x)) (eq. 7 averaged over λ).
        const double p0 = 0.004, r = 1.1, alpha = 9.0, t = 45.0, horizon = 52.0;
        double a = 1e9 * p0, b = 1e9 * (1 - p0);
        double expected = (1 - Math.Pow(1 + (p0 * horizon / (alpha + t)), -(r + 16))) / p0;
        double actual = BgNbdMath.ExpectedIfAlive(new BgNbdParameters(r, alpha, a, b), 16, t, horizon);
        Assert.Equal(expected, actual, 6);
    }

    private static double SeriesOnly(BgNbdParameters p, int x, double t, double horizon)
    {
        // The series branch is used below LargeA: evaluate with a nudged just under it by scaling nothing else.
        Assert.True(p.A >= BgNbdMath.LargeA);
        return (double)typeof(BgNbdMath).GetMethod("Series", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .Invoke(null, [p, x, t, horizon])!;
    }
}

using MathNet.Numerics;

namespace EcomAI.Core.CustomerValue;

/// <summary>The BG/NBD expressions of Fader, Hardie &amp; Lee (2005) and their P(alive) note (2008), computed in log space.</summary>
internal static class BgNbdMath
{
    /// <summary>
    /// ln L(r, α, a, b | x, t_x, T), FHL 2005 eq. (6): ln[A₁·A₂·(A₃ + δ_{x&gt;0}A₄)] with
    /// A₁ = Γ(r+x)α^r/Γ(r), A₂ = B(a, b+x)/B(a, b), A₃ = (α+T)^−(r+x), A₄ = a/(b+x−1)·(α+t_x)^−(r+x).
    /// </summary>
    public static double LogLikelihood(BgNbdParameters p, int x, double tx, double t)
    {
        double r = p.R, alpha = p.Alpha, a = p.A, b = p.B;
        double a1 = SpecialFunctions.GammaLn(r + x) - SpecialFunctions.GammaLn(r) + (r * Math.Log(alpha));
        double a2 = SpecialFunctions.GammaLn(a + b) + SpecialFunctions.GammaLn(b + x) - SpecialFunctions.GammaLn(b) - SpecialFunctions.GammaLn(a + b + x);
        double l3 = -(r + x) * Math.Log(alpha + t);
        if (x == 0)
        {
            return a1 + a2 + l3;
        }

        double l4 = Math.Log(a) - Math.Log(b + x - 1) - ((r + x) * Math.Log(alpha + tx));
        return a1 + a2 + LogSumExp(l3, l4);
    }

    /// <summary>
    /// P(alive | x, t_x, T), Fader, Hardie &amp; Lee (2008) "Computing P(alive) using the BG/NBD model": the share of eq. (6)
    /// contributed by the "did not drop out at t_x" term, 1 / (1 + δ_{x&gt;0}·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)); 1 when x = 0.
    /// </summary>
    public static double ProbabilityAlive(BgNbdParameters p, int x, double tx, double t)
    {
        if (x == 0)
        {
            return 1.0;
        }

        double logOdds = Math.Log(p.A) - Math.Log(p.B + x - 1) + ((p.R + x) * (Math.Log(p.Alpha + t) - Math.Log(p.Alpha + tx)));
        return logOdds > 0 ? Math.Exp(-logOdds) / (1 + Math.Exp(-logOdds)) : 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>
    /// E[Y(t) | x, t_x, T], FHL 2005 eq. (10): expected repeat purchases in (T, T + t] of a customer with history
    /// (x, t_x, T). Eq. (9), E[X(t)] for a new customer, is the case x = 0, T = 0.
    /// </summary>
    public static double ConditionalExpectedPurchases(BgNbdParameters p, int x, double tx, double t, double horizon) =>
        horizon <= 0 ? 0.0 : ProbabilityAlive(p, x, tx, t) * ExpectedIfAlive(p, x, t, horizon);

    /// <summary>
    /// The bracket of eq. (10) times (a+b+x−1)/(a−1): C/(a−1)·[1 − ((α+T)/(α+T+t))^(r+x)·₂F₁(r+x, b+x; C; z)],
    /// C = a+b+x−1, z = t/(α+T+t).
    /// </summary>
    /// <remarks>
    /// Euler's transformation ₂F₁(α₁, β₁; γ₁; z) = (1−z)^(γ₁−α₁−β₁)·₂F₁(γ₁−α₁, γ₁−β₁; γ₁; z) turns (1−z)^(r+x)·₂F₁(...)
    /// into (1−z)^B·₂F₁(A, B; C; z) with A = a+b−1−r and B = a−1, whose upper parameters do not grow with x, so the
    /// series converges fast for heavy buyers. Writing (B)ₖ = B·(B+1)ₖ₋₁ removes the apparent pole at a = 1 and the
    /// factor C removes the one at a + b + x = 1 (the expression is analytic there; a = 1 gives C·[−ln(1−z) − Σ...]):
    /// result = −C·expm1(B·L)/B − e^(B·L)·Σₖ≥₁ uₖ, L = ln(1−z), u₁ = A·z, uₖ = uₖ₋₁·(A+k−1)(B+k−1)z / ((C+k−1)k).
    /// </remarks>
    public static double ExpectedIfAlive(BgNbdParameters p, int x, double t, double horizon)
    {
        if (horizon <= 0)
        {
            return 0.0;
        }

        return p.A >= LargeA ? ExpectedIfAliveByQuadrature(p, x, t, horizon) : Series(p, x, t, horizon);
    }

    /// <summary>The Euler-transformed series of <see cref="ExpectedIfAlive"/> (used for a &lt; <see cref="LargeA"/>).</summary>
    private static double Series(BgNbdParameters p, int x, double t, double horizon)
    {
        double big = p.Alpha + t;
        double z = horizon / (big + horizon);
        double logOneMinusZ = -LogOnePlus(horizon / big);
        double bParam = p.A - 1;
        double aParam = p.A + p.B - 1 - p.R;
        double c = p.A + p.B + x - 1;
        double first = Math.Abs(bParam * logOneMinusZ) < 1e-10
            ? -c * logOneMinusZ * (1 + (bParam * logOneMinusZ / 2))
            : -c * ExpMinusOne(bParam * logOneMinusZ) / bParam;
        double u = aParam * z, sum = u;
        for (int k = 2; ; k++)
        {
            double ratio = (aParam + k - 1) * (bParam + k - 1) * z / ((c + k - 1) * k);
            u *= ratio;
            sum += u;
            double r = Math.Abs(ratio);
            if (u == 0 || (r < 1 && Math.Abs(u) * r / (1 - r) <= 1e-16 * Math.Abs(sum)))
            {
                break;
            }

            if (k > 50_000_000)
            {
                throw new InvalidOperationException(
                    $"The BG/NBD expectation did not converge for a horizon of {horizon} time units against α + T = {big}: use a shorter horizon.");
            }
        }

        return first - (Math.Exp(bParam * logOneMinusZ) * sum);
    }

    /// <summary>
    /// From this a on, <see cref="ExpectedIfAlive"/> integrates over p instead of summing the series, whose terms first grow
    /// like e^((a−1)z) (a runs to very large values when the data show no dropout heterogeneity).
    /// </summary>
    internal const double LargeA = 50;

    /// <summary>
    /// The same expectation as E over p ~ Beta(a, b+x) of (1/p)·(1 − (1 + p·t/(α+T))^−(r+x)), the alive customer's
    /// E[Y(t) | λ, p] = (1/p)(1 − e^{−λpt}) (FHL 2005 eq. 7) averaged over λ ~ Gamma(r+x, α+T) in closed form. For a ≥ 50
    /// the Beta density is smooth and concentrated, so 128-point Gauss–Legendre over its mass is exact to rounding; when
    /// b + x &lt; 1 the density's (1−p)^(b+x−1) singularity is removed by 1 − p = w^(1/(b+x)).
    /// </summary>
    internal static double ExpectedIfAliveByQuadrature(BgNbdParameters p, int x, double t, double horizon)
    {
        // The density is normalised by the same quadrature (∫h·f / ∫f): B(a, b) of parameters near 1e9 would lose six
        // digits to cancellation in ln Γ.
        double a = p.A, b = p.B + x, m = p.R + x, c = horizon / (p.Alpha + t);
        double H(double prob) => -ExpMinusOne(-m * LogOnePlus(prob * c)) / prob;
        double numerator = 0, denominator = 0;
        if (b >= 1)
        {
            double mean = a / (a + b), sd = Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
            double lo = Math.Max(0, mean - (16 * sd)), hi = Math.Min(1, mean + (16 * sd));
            double peak = ((a - 1) * Math.Log(mean)) + ((b - 1) * LogOnePlus(-mean));
            var rule = new MathNet.Numerics.Integration.GaussLegendreRule(lo, hi, 128);
            for (int k = 0; k < rule.Order; k++)
            {
                double q = rule.Abscissas[k];
                if (q <= 0 || q >= 1)
                {
                    continue;
                }

                double f = rule.Weights[k] * Math.Exp(((a - 1) * Math.Log(q)) + ((b - 1) * LogOnePlus(-q)) - peak);
                numerator += H(q) * f;
                denominator += f;
            }

            return numerator / denominator;
        }

        // 1 − p = w^(1/b): (1−p)^(b−1) dp = dw / b; the mass of 1 − p lies below about 60/a.
        var tail = new MathNet.Numerics.Integration.GaussLegendreRule(0, Math.Min(1, Math.Pow(Math.Min(1, 60 / a), b)), 128);
        for (int k = 0; k < tail.Order; k++)
        {
            double q = Math.Pow(tail.Abscissas[k], 1 / b);
            if (q >= 1)
            {
                continue;
            }

            double f = tail.Weights[k] * Math.Exp((a - 1) * LogOnePlus(-q));
            numerator += H(1 - q) * f;
            denominator += f;
        }

        return numerator / denominator;
    }

    /// <summary>ln(e^u + e^v) without overflow.</summary>
    public static double LogSumExp(double u, double v) => u > v ? u + LogOnePlus(Math.Exp(v - u)) : v + LogOnePlus(Math.Exp(u - v));

    /// <summary>ln(1 + v), accurate for small v (Goldberg's correction of the rounded 1 + v).</summary>
    public static double LogOnePlus(double v)
    {
        double u = 1 + v;
        return u == 1 ? v : Math.Log(u) * v / (u - 1);
    }

    /// <summary>e^v − 1, accurate for small v (Kahan's correction).</summary>
    public static double ExpMinusOne(double v)
    {
        double u = Math.Exp(v);
        if (u == 1)
        {
            return v;
        }

        double um1 = u - 1;
        return um1 == -1 ? -1 : um1 * v / Math.Log(u);
    }
}

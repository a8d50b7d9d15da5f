using MathNet.Numerics;

namespace EcomAI.Core.CustomerValue;

public sealed partial class BgNbdModel
{
    /// <summary>
    /// P(alive | x, t_x, T): the probability that a customer with this history has not dropped out (Fader, Hardie &amp; Lee
    /// 2008, "Computing P(alive) using the BG/NBD model"): 1 / (1 + δ_{x&gt;0}·a/(b+x−1)·((α+T)/(α+t_x))^(r+x)).
    /// A customer without repeat purchases is alive with probability 1 under BG/NBD (dropout only follows a purchase).
    /// </summary>
    /// <exception cref="Data.InputDataException">x &lt; 0 or t_x outside [0, T].</exception>
    public double ProbabilityAlive(int frequency, double recency, double t)
    {
        BgNbd.CheckHistory(frequency, recency, t);
        return BgNbdMath.ProbabilityAlive(Parameters, frequency, recency, t);
    }

    /// <summary>
    /// E[Y(horizon) | x, t_x, T], FHL 2005 eq. (10): the expected repeat purchases in the next <paramref name="horizon"/>
    /// time units of a customer with history (x, t_x, T).
    /// </summary>
    /// <exception cref="Data.InputDataException">A negative or non-finite horizon, x &lt; 0, or t_x outside [0, T].</exception>
    public double ExpectedPurchases(double horizon, int frequency, double recency, double t)
    {
        CheckHorizon(horizon);
        BgNbd.CheckHistory(frequency, recency, t);
        return BgNbdMath.ConditionalExpectedPurchases(Parameters, frequency, recency, t, horizon);
    }

    /// <summary>
    /// E[X(t)], FHL 2005 eq. (9): expected repeat purchases in the first <paramref name="t"/> time units after a new
    /// customer's first purchase, (a+b−1)/(a−1)·[1 − (α/(α+t))^r·₂F₁(r, b; a+b−1; t/(α+t))].
    /// </summary>
    public double ExpectedPurchasesNewCustomer(double t)
    {
        CheckHorizon(t);
        return BgNbdMath.ExpectedIfAlive(Parameters, 0, 0, t);
    }

    /// <summary>
    /// P(X(t) = n), FHL 2005 eq. (8): the probability that a new customer makes exactly <paramref name="n"/> repeat
    /// purchases in the first <paramref name="t"/> time units.
    /// </summary>
    public double ProbabilityOfPurchases(int n, double t)
    {
        Preconditions.CheckOption(n >= 0, nameof(n), $"n = {n}: use 0 or more purchases.");
        CheckHorizon(t);
        var (r, alpha, a, b) = Parameters;
        double logBetaAB = SpecialFunctions.BetaLn(a, b);
        double logShare = Math.Log(alpha / (alpha + t));
        double logOdds = t > 0 ? Math.Log(t / (alpha + t)) : double.NegativeInfinity;
        double first = Math.Exp(SpecialFunctions.BetaLn(a, b + n) - logBetaAB + SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r)
            - SpecialFunctions.GammaLn(n + 1) + (r * logShare) + (n == 0 ? 0 : n * logOdds));
        if (n == 0)
        {
            return first;
        }

        // 1 − (α/(α+t))^r Σ_{j<n} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j is the NBD tail P(N ≥ n) of the purchases while alive.
        double sum = 0;
        for (int j = 0; j < n; j++)
        {
            sum += Math.Exp(SpecialFunctions.GammaLn(r + j) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(j + 1) + (r * logShare) + (j == 0 ? 0 : j * logOdds));
        }

        return first + (Math.Exp(SpecialFunctions.BetaLn(a + 1, b + n - 1) - logBetaAB) * Math.Max(0, 1 - sum));
    }

    /// <summary>P(alive) of every customer of a summary, in its order.</summary>
    public double[] ProbabilityAlive(CustomerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var result = new double[summary.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = BgNbdMath.ProbabilityAlive(Parameters, summary.Frequency[i], summary.Recency[i], summary.T[i]);
        }

        return result;
    }

    /// <summary>Eq. (10) for every customer of a summary over the same horizon (each distinct history computed once).</summary>
    public double[] ExpectedPurchases(CustomerSummary summary, double horizon)
    {
        ArgumentNullException.ThrowIfNull(summary);
        CheckHorizon(horizon);
        var cache = new Dictionary<(int, double, double), double>();
        var result = new double[summary.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var key = (summary.Frequency[i], summary.Recency[i], summary.T[i]);
            if (!cache.TryGetValue(key, out double value))
            {
                value = BgNbdMath.ConditionalExpectedPurchases(Parameters, key.Item1, key.Item2, key.Item3, horizon);
                cache.Add(key, value);
            }

            result[i] = value;
        }

        return result;
    }

    /// <summary>
    /// P(alive) over a frequency × recency grid for customers of age <paramref name="t"/> (lifetimes'
    /// <c>conditional_probability_alive_matrix</c>): element [x, j] is P(alive | x, t_x = recencies[j], T).
    /// </summary>
    /// <param name="maxFrequency">Largest x (rows 0..maxFrequency).</param>
    /// <param name="t">Age T of the customers; recency runs from 0 to T.</param>
    /// <param name="recencySteps">Number of recency values from 0 to T inclusive (≥ 2).</param>
    public ProbabilityAliveGrid ProbabilityAliveGrid(int maxFrequency, double t, int recencySteps = 51)
    {
        Preconditions.CheckAtLeast(maxFrequency, 1, nameof(maxFrequency));
        Preconditions.CheckAtLeast(recencySteps, 2, nameof(recencySteps));
        Preconditions.CheckFinite(t, nameof(t), min: double.Epsilon);
        var recencies = Enumerable.Range(0, recencySteps).Select(j => j == recencySteps - 1 ? t : t * j / (recencySteps - 1)).ToArray();
        var values = new double[maxFrequency + 1, recencySteps];
        for (int x = 0; x <= maxFrequency; x++)
        {
            for (int j = 0; j < recencySteps; j++)
            {
                values[x, j] = BgNbdMath.ProbabilityAlive(Parameters, x, x == 0 ? 0 : recencies[j], t);
            }
        }

        return new ProbabilityAliveGrid(recencies, values, t, TimeUnit);
    }

    private static void CheckHorizon(double horizon) => Preconditions.CheckFinite(horizon, nameof(horizon), min: 0);
}

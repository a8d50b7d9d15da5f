using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace EcomAI.Core.Pricing;

/// <summary>
/// The seed's fit: minimise Σ(Q − a·P^b·e^(g·d))² in levels by Levenberg–Marquardt (MathNet), started from the
/// log-log estimate (the seed starts from (1, −1), which can wander far for real-sized quantities).
/// </summary>
internal static class LevelsFitter
{
    public static ElasticityEstimate Fit(ReadOnlySpan<double> prices, ReadOnlySpan<double> quantities, ReadOnlySpan<bool> promotions,
        int excluded, string? productId, ElasticityOptions options)
    {
        // Start from the log-log fit of the periods with sales (a log cannot take Q = 0); the fit in levels then uses every
        // period, zero sales included.
        int positive = 0;
        foreach (double quantity in quantities)
        {
            positive += quantity > 0 ? 1 : 0;
        }

        var start = positive == quantities.Length
            ? LogLogFitter.Fit(prices, quantities, promotions, excluded, productId, options)
            : LogLogFitter.Fit(Positive(prices, quantities), Positive(quantities, quantities), Positive(promotions, quantities), excluded, productId, options);
        if (!start.IsUsable)
        {
            return start with { Method = ElasticityMethod.NonlinearLevels };
        }

        int n = prices.Length;
        bool promo = start.PromotionUsed;
        int k = promo ? 3 : 2;
        var p = Vector<double>.Build.Dense(prices.ToArray());
        var q = Vector<double>.Build.Dense(quantities.ToArray());
        double[] d = new double[n];
        for (int i = 0; i < n && promo; i++)
        {
            d[i] = promotions[i] ? 1 : 0;
        }

        Vector<double> Model(Vector<double> theta, Vector<double> x)
        {
            var f = Vector<double>.Build.Dense(x.Count);
            for (int i = 0; i < x.Count; i++)
            {
                f[i] = theta[0] * Math.Pow(x[i], theta[1]) * (promo ? Math.Exp(theta[2] * d[i]) : 1.0);
            }

            return f;
        }

        Matrix<double> Jacobian(Vector<double> theta, Vector<double> x)
        {
            var j = Matrix<double>.Build.Dense(x.Count, k);
            for (int i = 0; i < x.Count; i++)
            {
                double basis = Math.Pow(x[i], theta[1]) * (promo ? Math.Exp(theta[2] * d[i]) : 1.0);
                double f = theta[0] * basis;
                j[i, 0] = basis;
                j[i, 1] = f * Math.Log(x[i]);
                if (promo)
                {
                    j[i, 2] = f * d[i];
                }
            }

            return j;
        }

        var guess = promo
            ? Vector<double>.Build.Dense([start.A, start.B, start.PromotionCoefficient!.Value])
            : Vector<double>.Build.Dense([start.A, start.B]);
        var objective = ObjectiveFunction.NonlinearModel(Model, Jacobian, p, q);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: options.MaxIterations);
        NonlinearMinimizationResult result;
        try
        {
            result = minimizer.FindMinimum(objective, guess);
        }
        catch (MaximumIterationsException)
        {
            return NotConverged(start, $"Levenberg–Marquardt did not converge in {options.MaxIterations} iterations; raise MaxIterations or use the log-log fit");
        }

        if (result.ReasonForExit is ExitCondition.ExceedIterations or ExitCondition.InvalidValues or ExitCondition.None)
        {
            return NotConverged(start, $"Levenberg–Marquardt stopped without converging ({result.ReasonForExit}); use the log-log fit");
        }

        var theta = result.MinimizingPoint;
        var resid = q - Model(theta, p);
        double rss = resid.DotProduct(resid);
        double qm = q.Average();
        double tss = (q - qm).DotProduct(q - qm);
        int df = n - k;
        double s2 = rss / df;

        // Asymptotic covariance s²·(JᵀJ)⁻¹ at the optimum, as scipy.optimize.curve_fit reports it.
        var jac = Jacobian(theta, p);
        var cov = (jac.TransposeThisAndMultiply(jac)).Inverse() * s2;
        double seA = Math.Sqrt(cov[0, 0]), seB = Math.Sqrt(cov[1, 1]);
        if (!double.IsFinite(seA) || !double.IsFinite(seB) || !(theta[0] > 0))
        {
            return NotConverged(start, "the levels fit reached a degenerate point (non-positive a or singular Jacobian); use the log-log fit");
        }

        double tq = StudentTQuantile.TwoSided(df, options.ConfidenceLevel);
        double b = theta[1];
        return start with
        {
            Method = ElasticityMethod.NonlinearLevels,
            Status = ElasticityStatus.Ok,
            N = n,
            ObservedMinPrice = Min(prices),
            ObservedMaxPrice = Max(prices),
            Message = "ok (nonlinear least squares in levels)" + (promo ? "; promotion covariate included" : ""),
            A = theta[0],
            B = b,
            Intercept = theta[0],
            StdErrorIntercept = seA,
            TStatisticIntercept = theta[0] / seA,
            StdErrorB = seB,
            TStatisticB = b / seB,
            BLower = b - (tq * seB),
            BUpper = b + (tq * seB),
            RSquared = tss > 0 ? 1 - (rss / tss) : double.NaN,
            ResidualStdError = Math.Sqrt(s2),
            DegreesOfFreedom = df,
            PromotionCoefficient = promo ? theta[2] : null,
            PromotionStdError = promo ? Math.Sqrt(cov[2, 2]) : null,
            PromotionTStatistic = promo ? theta[2] / Math.Sqrt(cov[2, 2]) : null,
        };
    }

    private static ElasticityEstimate NotConverged(ElasticityEstimate start, string message) =>
        new()
        {
            ProductId = start.ProductId,
            Method = ElasticityMethod.NonlinearLevels,
            Status = ElasticityStatus.NotConverged,
            Message = message,
            N = start.N,
            Excluded = start.Excluded,
            ConfidenceLevel = start.ConfidenceLevel,
            DistinctPrices = start.DistinctPrices,
            ObservedMinPrice = start.ObservedMinPrice,
            ObservedMaxPrice = start.ObservedMaxPrice,
        };

    private static T[] Positive<T>(ReadOnlySpan<T> values, ReadOnlySpan<double> quantities)
    {
        var kept = new List<T>(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            if (quantities[i] > 0)
            {
                kept.Add(values[i]);
            }
        }

        return [.. kept];
    }

    private static double Min(ReadOnlySpan<double> values)
    {
        double min = double.PositiveInfinity;
        foreach (double v in values)
        {
            min = Math.Min(min, v);
        }

        return min;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
        }

        return max;
    }
}

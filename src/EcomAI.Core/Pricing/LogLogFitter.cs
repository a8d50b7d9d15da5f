using System.Buffers;
using System.Globalization;

namespace EcomAI.Core.Pricing;

/// <summary>Closed-form OLS of ln Q on ln P (and optionally a 0/1 promotion flag), two-pass centred for accuracy.</summary>
internal static class LogLogFitter
{
    /// <summary>Fits one product. All prices and quantities must already be positive and finite.</summary>
    public static ElasticityEstimate Fit(ReadOnlySpan<double> prices, ReadOnlySpan<double> quantities, ReadOnlySpan<bool> promotions,
        int excluded, string? productId, ElasticityOptions options)
    {
        int n = prices.Length;
        var common = new Common(productId, n, excluded, options.ConfidenceLevel, 0, double.NaN, double.NaN);
        if (n == 0)
        {
            return common.Empty() with
            {
                Status = ElasticityStatus.NoData,
                Message = excluded > 0
                    ? $"no usable observations: all {excluded} rows had a non-positive price or quantity"
                    : "no observations",
            };
        }

        double[] rented = ArrayPool<double>.Shared.Rent(2 * n);
        try
        {
            Span<double> x = rented.AsSpan(0, n);
            Span<double> y = rented.AsSpan(n, n);
            double minP = double.PositiveInfinity, maxP = double.NegativeInfinity;
            for (int i = 0; i < n; i++)
            {
                x[i] = Math.Log(prices[i]);
                y[i] = Math.Log(quantities[i]);
                minP = Math.Min(minP, prices[i]);
                maxP = Math.Max(maxP, prices[i]);
            }

            int distinct = CountDistinct(prices);
            common = common with { DistinctPrices = distinct, MinPrice = minP, MaxPrice = maxP };
            if (distinct < 2)
            {
                return common.Empty() with
                {
                    Status = ElasticityStatus.SinglePriceLevel,
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"all {n} observations have the same price ({minP}): elasticity is not identifiable without price variation"),
                };
            }

            int promoted = 0;
            if (options.IncludePromotion && promotions.Length == n)
            {
                foreach (bool d in promotions)
                {
                    promoted += d ? 1 : 0;
                }
            }

            bool usePromotion = options.IncludePromotion && promoted > 0 && promoted < n;
            string note = options.IncludePromotion && promoted == n
                ? "; every observation is flagged as a promotion, so the promotion covariate was left out (it is absorbed in a)"
                : "";
            int k = usePromotion ? 3 : 2;
            if (n < k + 1)
            {
                return common.Empty() with
                {
                    Status = ElasticityStatus.TooFewObservations,
                    Message = $"{n} observations for {k} parameters: at least {k + 1} are needed for a standard error (for two observations use Elasticity.Arc){note}",
                };
            }

            return usePromotion
                ? FitWithPromotion(x, y, promotions, common, options)
                : FitSimple(x, y, common, options, note);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static ElasticityEstimate FitSimple(ReadOnlySpan<double> x, ReadOnlySpan<double> y, in Common c,
        ElasticityOptions options, string note)
    {
        int n = x.Length;
        double xm = Mean(x), ym = Mean(y);
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - xm, dy = y[i] - ym;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }

        double b = sxy / sxx;
        double b0 = ym - (b * xm);
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double e = y[i] - b0 - (b * x[i]);
            rss += e * e;
        }

        int df = n - 2;
        double s2 = rss / df;
        double seB = Math.Sqrt(s2 / sxx);
        double se0 = Math.Sqrt(s2 * ((1.0 / n) + (xm * xm / sxx)));
        double tq = StudentTQuantile.TwoSided(df, options.ConfidenceLevel);
        return new ElasticityEstimate
        {
            ProductId = c.ProductId,
            Method = ElasticityMethod.LogLog,
            N = c.N,
            Excluded = c.Excluded,
            ConfidenceLevel = c.Level,
            DistinctPrices = c.DistinctPrices,
            ObservedMinPrice = c.MinPrice,
            ObservedMaxPrice = c.MaxPrice,
            Status = ElasticityStatus.Ok,
            Message = note.Length == 0 ? Ok(syy) : Ok(syy) + note,
            A = Math.Exp(b0),
            B = b,
            Intercept = b0,
            StdErrorIntercept = se0,
            TStatisticIntercept = b0 / se0,
            StdErrorB = seB,
            TStatisticB = b / seB,
            BLower = b - (tq * seB),
            BUpper = b + (tq * seB),
            RSquared = syy > 0 ? 1 - (rss / syy) : double.NaN,
            ResidualStdError = Math.Sqrt(s2),
            DegreesOfFreedom = df,
        };
    }

    private static ElasticityEstimate FitWithPromotion(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<bool> d,
        in Common c, ElasticityOptions options)
    {
        int n = x.Length;
        double xm = Mean(x), ym = Mean(y), dm = 0;
        foreach (bool v in d)
        {
            dm += v ? 1 : 0;
        }

        dm /= n;
        double sxx = 0, sxy = 0, syy = 0, sdd = 0, sxd = 0, sdy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - xm, dy = y[i] - ym, dd = (d[i] ? 1 : 0) - dm;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
            sdd += dd * dd;
            sxd += dx * dd;
            sdy += dd * dy;
        }

        double det = (sxx * sdd) - (sxd * sxd);

        // Relative test: det / (Sxx·Sdd) = 1 − corr(ln P, promotion)²; below 1e-10 the two effects cannot be separated.
        if (!(det > 1e-10 * sxx * sdd))
        {
            return c.Empty() with
            {
                Status = ElasticityStatus.PromotionCollinearWithPrice,
                Message = "the promotion flag moves exactly with the price (e.g. the price only changes during promotions): price and promotion effects cannot be separated; fit without IncludePromotion or add weeks with other prices",
            };
        }

        double b = ((sdd * sxy) - (sxd * sdy)) / det;
        double g = ((sxx * sdy) - (sxd * sxy)) / det;
        double b0 = ym - (b * xm) - (g * dm);
        double rss = 0;
        for (int i = 0; i < n; i++)
        {
            double e = y[i] - b0 - (b * x[i]) - (d[i] ? g : 0);
            rss += e * e;
        }

        int df = n - 3;
        double s2 = rss / df;
        double varB = s2 * sdd / det, varG = s2 * sxx / det, covBg = -s2 * sxd / det;

        // ȳ is uncorrelated with the centred slopes, so Var(b0) = s²/n + m'·Cov(b, g)·m with m = (x̄, d̄).
        double var0 = (s2 / n) + (xm * xm * varB) + (dm * dm * varG) + (2 * xm * dm * covBg);
        double seB = Math.Sqrt(varB), seG = Math.Sqrt(varG), se0 = Math.Sqrt(var0);
        double tq = StudentTQuantile.TwoSided(df, options.ConfidenceLevel);
        return new ElasticityEstimate
        {
            ProductId = c.ProductId,
            Method = ElasticityMethod.LogLog,
            N = c.N,
            Excluded = c.Excluded,
            ConfidenceLevel = c.Level,
            DistinctPrices = c.DistinctPrices,
            ObservedMinPrice = c.MinPrice,
            ObservedMaxPrice = c.MaxPrice,
            Status = ElasticityStatus.Ok,
            Message = syy > 0 ? OkWithPromotion : Ok(syy) + "; promotion covariate included",
            A = Math.Exp(b0),
            B = b,
            Intercept = b0,
            StdErrorIntercept = se0,
            TStatisticIntercept = b0 / se0,
            StdErrorB = seB,
            TStatisticB = b / seB,
            BLower = b - (tq * seB),
            BUpper = b + (tq * seB),
            RSquared = syy > 0 ? 1 - (rss / syy) : double.NaN,
            ResidualStdError = Math.Sqrt(s2),
            DegreesOfFreedom = df,
            PromotionUsed = true,
            PromotionCoefficient = g,
            PromotionStdError = seG,
            PromotionTStatistic = g / seG,
        };
    }

    private const string OkWithPromotion = "ok; promotion covariate included";

    private static string Ok(double syy) => syy > 0 ? "ok" : "ok; quantity never varies, so R² is undefined (NaN)";

    /// <summary>Figures shared by every outcome; the estimate itself is allocated once, at the end.</summary>
    private readonly record struct Common(string? ProductId, int N, int Excluded, double Level, int DistinctPrices, double MinPrice, double MaxPrice)
    {
        public ElasticityEstimate Empty() => new()
        {
            ProductId = ProductId,
            Method = ElasticityMethod.LogLog,
            N = N,
            Excluded = Excluded,
            ConfidenceLevel = Level,
            DistinctPrices = DistinctPrices,
            ObservedMinPrice = MinPrice,
            ObservedMaxPrice = MaxPrice,
        };
    }

    private static double Mean(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (double e in v)
        {
            s += e;
        }

        return s / v.Length;
    }

    internal static int CountDistinct(ReadOnlySpan<double> prices)
    {
        // Fast path: most products have a handful of price points; a sorted copy counts them exactly.
        double[] copy = ArrayPool<double>.Shared.Rent(prices.Length);
        try
        {
            Span<double> s = copy.AsSpan(0, prices.Length);
            prices.CopyTo(s);
            s.Sort();
            int distinct = 1;
            for (int i = 1; i < s.Length; i++)
            {
                if (s[i] != s[i - 1])
                {
                    distinct++;
                }
            }

            return distinct;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(copy);
        }
    }
}

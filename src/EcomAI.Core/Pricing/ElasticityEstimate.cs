using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>
/// A fitted constant-elasticity demand curve Q = a·P^b (optionally × e^(g·promotion)) with its uncertainty.
/// </summary>
/// <remarks>
/// <para>Log-log OLS: with x = ln P, y = ln Q, b = Sxy/Sxx, ln a = ȳ − b·x̄, s² = RSS/(n − k) (k = 2, or 3 with the
/// promotion covariate), se(b) = s/√Sxx, and the interval b ± t(1 − α/2, n − k)·se(b) (Student t quantile).
/// R² is 1 − RSS/TSS on the fitted scale (ln Q for log-log, Q for the levels fit).</para>
/// <para>The intercept figures (<see cref="Intercept"/>, <see cref="StdErrorIntercept"/>, <see cref="TStatisticIntercept"/>)
/// are those of the parameter actually fitted: ln a for <see cref="ElasticityMethod.LogLog"/>, a for
/// <see cref="ElasticityMethod.NonlinearLevels"/>. Levels standard errors are the usual asymptotic ones,
/// s²·(JᵀJ)⁻¹ at the optimum (as scipy's curve_fit reports them).</para>
/// <para>When <see cref="Status"/> is not <see cref="ElasticityStatus.Ok"/> the numeric figures are NaN and
/// <see cref="Message"/> says why; they are never silently 0.</para>
/// </remarks>
public sealed record ElasticityEstimate
{
    /// <summary>The product, when known.</summary>
    public string? ProductId { get; init; }

    /// <summary>How the model was fitted.</summary>
    public ElasticityMethod Method { get; init; }

    /// <summary>Whether the estimate is usable.</summary>
    public ElasticityStatus Status { get; init; }

    /// <summary>Plain-language status, including notes such as a dropped promotion covariate.</summary>
    public string Message { get; init; } = "";

    /// <summary>Scale a of Q = a·P^b (quantity at price 1, without promotion).</summary>
    public double A { get; init; } = double.NaN;

    /// <summary>Elasticity b: the % change in quantity for a 1% change in price (constant along the curve).</summary>
    public double B { get; init; } = double.NaN;

    /// <summary>The fitted intercept parameter: ln a (log-log) or a (levels).</summary>
    public double Intercept { get; init; } = double.NaN;

    /// <summary>Standard error of <see cref="Intercept"/>.</summary>
    public double StdErrorIntercept { get; init; } = double.NaN;

    /// <summary>t statistic of <see cref="Intercept"/> (estimate / standard error).</summary>
    public double TStatisticIntercept { get; init; } = double.NaN;

    /// <summary>Standard error of b.</summary>
    public double StdErrorB { get; init; } = double.NaN;

    /// <summary>t statistic of b (b / se(b)).</summary>
    public double TStatisticB { get; init; } = double.NaN;

    /// <summary>Lower end of the confidence interval for b.</summary>
    public double BLower { get; init; } = double.NaN;

    /// <summary>Upper end of the confidence interval for b.</summary>
    public double BUpper { get; init; } = double.NaN;

    /// <summary>Confidence level of [<see cref="BLower"/>, <see cref="BUpper"/>], e.g. 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Coefficient of determination on the fitted scale.</summary>
    public double RSquared { get; init; } = double.NaN;

    /// <summary>Residual standard error s = √(RSS / (n − k)) on the fitted scale.</summary>
    public double ResidualStdError { get; init; } = double.NaN;

    /// <summary>Observations used.</summary>
    public int N { get; init; }

    /// <summary>Observations excluded (non-positive price or quantity).</summary>
    public int Excluded { get; init; }

    /// <summary>Residual degrees of freedom n − k.</summary>
    public int DegreesOfFreedom { get; init; }

    /// <summary>Number of distinct prices among the usable observations.</summary>
    public int DistinctPrices { get; init; }

    /// <summary>Lowest observed price (NaN without data).</summary>
    public double ObservedMinPrice { get; init; } = double.NaN;

    /// <summary>Highest observed price (NaN without data).</summary>
    public double ObservedMaxPrice { get; init; } = double.NaN;

    /// <summary>True when the promotion covariate was part of the fitted model.</summary>
    public bool PromotionUsed { get; init; }

    /// <summary>Promotion coefficient g (log lift: promoted weeks sell e^g times as much), when used.</summary>
    public double? PromotionCoefficient { get; init; }

    /// <summary>Standard error of g, when used.</summary>
    public double? PromotionStdError { get; init; }

    /// <summary>t statistic of g, when used.</summary>
    public double? PromotionTStatistic { get; init; }

    /// <summary>True when <see cref="Status"/> is <see cref="ElasticityStatus.Ok"/>.</summary>
    public bool IsUsable => Status == ElasticityStatus.Ok;

    /// <summary>Model quantity a·P^b (× e^g on promotion); NaN when the estimate is not usable.</summary>
    /// <remarks>For the log-log fit this is the median of Q at that price under log-normal errors.</remarks>
    public double PredictQuantity(double price, bool promotion = false)
    {
        if (!IsUsable || !(price > 0))
        {
            return double.NaN;
        }

        double lift = promotion && PromotionCoefficient is double g ? Math.Exp(g) : 1.0;
        return A * Math.Pow(price, B) * lift;
    }

    /// <summary>One row with every figure (NaN figures become nulls).</summary>
    public DataFrame ToDataFrame() => PricingFrames.Estimates([this]);
}

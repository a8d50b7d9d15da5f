using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The Gamma-Gamma model of spend per purchase (Fader &amp; Hardie 2013; Fader, Hardie &amp; Lee 2005, JMR), fitted by
/// maximum likelihood of the repeat customers' mean spend (eq. 1a) on log-parameters with MathNet's BFGS.
/// </summary>
public static class GammaGamma
{
    /// <summary>Parameter names in order (v is the paper's γ, as lifetimes names it).</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["p", "q", "v"];

    /// <summary>Model name used in <see cref="ParameterEstimate.Model"/>.</summary>
    public const string ModelName = "Gamma-Gamma";

    /// <summary>Fits the model to the summary's repeat customers (x ≥ 1 and monetary &gt; 0; the others are counted, not used).</summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InsufficientData"/> with fewer than 3 usable customers; <see cref="ErrorIds.InvalidOption"/> for a bad option.</exception>
    public static GammaGammaModel Fit(CustomerSummary summary, GammaGammaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Fit(summary.Frequency, summary.Monetary, options, summary.SourceName);
    }

    /// <summary>Fits the model to columns x and m_x (mean repeat spend), one per customer.</summary>
    /// <remarks>
    /// Only customers with x ≥ 1 and m_x &gt; 0 enter the likelihood (eq. 1a needs a positive mean spend). The others are not
    /// errors: customers with x = 0 are counted in <see cref="GammaGammaModel.CustomersWithoutRepeat"/>, and repeat customers
    /// with a zero or negative m_x (e.g. refunds netted into their purchases) in
    /// <see cref="GammaGammaModel.CustomersWithNonPositiveSpend"/>; both counts appear in the error when too few are left.
    /// </remarks>
    /// <exception cref="InputDataException">As <see cref="Fit(CustomerSummary, GammaGammaOptions?)"/>; a non-finite (NaN or infinite)
    /// monetary value is <see cref="ErrorIds.NonFiniteNumber"/>, naming the customer.</exception>
    public static GammaGammaModel Fit(IReadOnlyList<int> frequency, IReadOnlyList<double> monetary, GammaGammaOptions? options = null, string sourceName = "customers")
    {
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(monetary);
        options ??= GammaGammaOptions.Default;
        options.Validate();
        Preconditions.CheckOption(frequency.Count == monetary.Count, nameof(monetary), $"{nameof(monetary)}: give one value per customer ({frequency.Count} frequencies, {monetary.Count} values).");
        var x = new List<int>();
        var m = new List<double>();
        int noRepeat = 0, nonPositive = 0;
        for (int i = 0; i < frequency.Count; i++)
        {
            if (!double.IsFinite(monetary[i]))
            {
                throw new InputDataException(ErrorIds.NonFiniteNumber, string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName}, customer {i + 1}: monetary value {monetary[i]} is not finite."), i + 1, null, "monetary_value", null);
            }

            if (frequency[i] <= 0)
            {
                noRepeat++;
            }
            else if (monetary[i] <= 0)
            {
                nonPositive++;
            }
            else
            {
                x.Add(frequency[i]);
                m.Add(monetary[i]);
            }
        }

        if (x.Count < 3)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"{sourceName}: {x.Count} customers have repeat purchases with a positive value; the Gamma-Gamma spend model needs at least 3 ({noRepeat} without repeat purchases, {nonPositive} with a zero or negative mean repeat value)."));
        }

        var likelihood = new GammaGammaLikelihood(x, m);
        double meanSpend = m.Average();
        double[] start = [0, Math.Log(3), Math.Log(2 * meanSpend)];
        var fit = MaximumLikelihood.Fit(likelihood, start, options.Penalty, options.MaxIterations, options.ConfidenceLevel, ModelName, ParameterNames);
        var parameters = new GammaGammaParameters(Math.Exp(fit.Theta[0]), Math.Exp(fit.Theta[1]), Math.Exp(fit.Theta[2]));
        double correlation = Pearson(x, m);
        string? warning = Math.Abs(correlation) >= options.CorrelationWarning
            ? string.Create(CultureInfo.InvariantCulture,
                $"Frequency and spend per purchase are correlated among the {x.Count:N0} repeat customers (Pearson r = {correlation:F2}); the Gamma-Gamma model assumes they are independent, so expected spend and CLV may be biased.")
            : null;
        string message = fit.Message;
        if (parameters.Q <= 1)
        {
            message += string.Create(CultureInfo.InvariantCulture,
                $" q = {parameters.Q:G4} ≤ 1: the model's mean spend per purchase is infinite (a very heavy tail of big spenders), so expected spend is undefined for customers with few purchases; cap extreme order values or add a small Penalty.");
        }

        return new GammaGammaModel(parameters, fit.Estimates, fit.LogLikelihood, x.Count, noRepeat, nonPositive, correlation, warning, fit.Iterations, fit.Status, message, options);
    }

    /// <summary>
    /// One customer's log-likelihood of mean spend <paramref name="monetary"/> over <paramref name="frequency"/> purchases
    /// (Fader &amp; Hardie 2013, eq. 1a).
    /// </summary>
    public static double LogLikelihood(GammaGammaParameters parameters, int frequency, double monetary)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate(nameof(parameters));
        Preconditions.CheckOption(frequency >= 1, nameof(frequency), $"{nameof(frequency)} = {frequency}: the spend model uses customers with at least one repeat purchase.");
        Preconditions.CheckFinite(monetary, nameof(monetary), min: double.Epsilon);
        var likelihood = new GammaGammaLikelihood([frequency], [monetary]);
        return likelihood.MeanLogLikelihood([Math.Log(parameters.P), Math.Log(parameters.Q), Math.Log(parameters.V)], new double[3]);
    }

    private static double Pearson(List<int> x, List<double> m)
    {
        double mx = x.Average(), mm = m.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double dx = x[i] - mx, dy = m[i] - mm;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : 0.0;
    }
}

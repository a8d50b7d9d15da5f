using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The BG/NBD model of Fader, Hardie &amp; Lee (2005), "Counting your customers the easy way", fitted by maximum likelihood
/// (eq. 6) on log-parameters with an analytic gradient and MathNet's BFGS.
/// </summary>
/// <example>
/// The published CDNOW fit (r = 0.243, α = 4.414, a = 0.793, b = 2.426), from the CDNOW sample file:
/// <code>
/// var cdnow = CdnowReader.Read("CDNOW_sample.txt");
/// var summary = CustomerSummary.FromTransactions(cdnow, CustomerSummaryOptions.DaysInWeeks with { CalibrationEnd = new DateTime(1997, 9, 30) });
/// BgNbdModel model = BgNbd.Fit(summary);
/// </code>
/// </example>
public static class BgNbd
{
    /// <summary>Parameter names in order, as in the paper (α spelled alpha).</summary>
    public static IReadOnlyList<string> ParameterNames { get; } = ["r", "alpha", "a", "b"];

    /// <summary>Model name used in <see cref="ParameterEstimate.Model"/>.</summary>
    public const string ModelName = "BG/NBD";

    /// <summary>Fits the model to a customer summary.</summary>
    /// <param name="summary">x, t_x, T per customer.</param>
    /// <param name="options">Penalty, confidence level, iteration limit, threads; null for the defaults.</param>
    /// <returns>The fitted model; check <see cref="BgNbdModel.Status"/> (NotIdentified and DidNotConverge say why in the message).</returns>
    /// <exception cref="InputDataException">
    /// <see cref="ErrorIds.InsufficientData"/> when no customer made a repeat purchase (the purchase and dropout rates then
    /// have no maximum-likelihood estimate) and no penalty is set; <see cref="ErrorIds.InvalidOption"/> for a bad option.
    /// </exception>
    public static BgNbdModel Fit(CustomerSummary summary, BgNbdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Fit(summary.Frequency, summary.Recency, summary.T, options, summary.TimeUnit, summary.SourceName);
    }

    /// <summary>Fits the model to columns x, t_x, T (one value per customer).</summary>
    /// <param name="frequency">x: repeat purchases.</param>
    /// <param name="recency">t_x: time of the last purchase after the first.</param>
    /// <param name="t">T: age of the customer.</param>
    /// <param name="options">Null for the defaults.</param>
    /// <param name="unit">Unit of t_x and T (α is in its inverse).</param>
    /// <param name="sourceName">For messages.</param>
    /// <exception cref="InputDataException">As <see cref="Fit(CustomerSummary, BgNbdOptions?)"/>, and for columns that break the summary's rules.</exception>
    public static BgNbdModel Fit(
        IReadOnlyList<int> frequency, IReadOnlyList<double> recency, IReadOnlyList<double> t, BgNbdOptions? options = null,
        TimeUnit unit = TimeUnit.Week, string sourceName = "customers")
    {
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(recency);
        ArgumentNullException.ThrowIfNull(t);
        options ??= BgNbdOptions.Default;
        options.Validate();
        if (frequency.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{sourceName}: no customers to fit.");
        }

        var likelihood = new BgNbdLikelihood(frequency, recency, t, options.MaxDegreeOfParallelism);
        if (!likelihood.AnyRepeat && options.Penalty == 0)
        {
            string count = frequency.Count.ToString("N0", CultureInfo.InvariantCulture);
            throw new InputDataException(ErrorIds.InsufficientData,
                $"{sourceName}: none of the {count} customers made a repeat purchase, so BG/NBD cannot estimate purchase or dropout rates " +
                "(the likelihood keeps rising as the purchase rate falls to 0). Use a longer observation period, or set a small Penalty (for example 0.01) for a shrunk estimate.");
        }

        // Start: r = 1, α from the mean repeat rate, a = 1, b = 3 (mean dropout 25%); BFGS does the rest.
        double repeats = 0, exposure = 0;
        for (int i = 0; i < frequency.Count; i++)
        {
            repeats += frequency[i];
            exposure += t[i];
        }

        double rate = (repeats + 1) / Math.Max(exposure, 1e-9);
        double[] start = [0, Math.Clamp(Math.Log(1 / rate), -20, 20), 0, Math.Log(3)];
        var fit = MaximumLikelihood.Fit(likelihood, start, options.Penalty, options.MaxIterations, options.ConfidenceLevel, ModelName, ParameterNames);
        var p = new BgNbdParameters(Math.Exp(fit.Theta[0]), Math.Exp(fit.Theta[1]), Math.Exp(fit.Theta[2]), Math.Exp(fit.Theta[3]));
        return new BgNbdModel(p, fit.Estimates, fit.LogLikelihood, frequency.Count, likelihood.DistinctRows, fit.Iterations, fit.Status, fit.Message, options, unit);
    }

    /// <summary>
    /// One customer's log-likelihood ln L(r, α, a, b | x, t_x, T), FHL 2005 eq. (6). With r = α = a = b = 1: x = 0, T = 1
    /// gives ln(1/2); x = 1, t_x = 1, T = 2 gives ln(13/72); x = 2, t_x = 1, T = 3 gives ln(5/96).
    /// </summary>
    /// <exception cref="InputDataException">Parameters not all positive, or x &lt; 0, or t_x outside [0, T].</exception>
    public static double LogLikelihood(BgNbdParameters parameters, int frequency, double recency, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate(nameof(parameters));
        CheckHistory(frequency, recency, t);
        return BgNbdMath.LogLikelihood(parameters, frequency, recency, t);
    }

    /// <summary>The log-likelihood of a whole summary at given parameters (sum of eq. 6 over customers).</summary>
    public static double LogLikelihood(BgNbdParameters parameters, CustomerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(summary);
        parameters.Validate(nameof(parameters));
        var likelihood = new BgNbdLikelihood(summary.Frequency, summary.Recency, summary.T, null);
        double[] theta = [Math.Log(parameters.R), Math.Log(parameters.Alpha), Math.Log(parameters.A), Math.Log(parameters.B)];
        return likelihood.MeanLogLikelihood(theta, new double[4]) * likelihood.TotalWeight;
    }

    internal static void CheckHistory(int frequency, double recency, double t)
    {
        Preconditions.CheckOption(frequency >= 0, "frequency", $"frequency = {frequency}: use 0 or more repeat purchases.");
        Preconditions.CheckOption(double.IsFinite(t) && t >= 0 && double.IsFinite(recency) && recency >= 0 && recency <= t, "recency",
            string.Create(CultureInfo.InvariantCulture, $"recency = {recency}, T = {t}: use 0 ≤ recency ≤ T, both finite."));
    }
}

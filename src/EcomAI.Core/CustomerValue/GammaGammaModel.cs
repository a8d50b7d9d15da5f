using System.Globalization;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>A fitted Gamma-Gamma spend model.</summary>
public sealed class GammaGammaModel
{
    internal GammaGammaModel(
        GammaGammaParameters parameters, IReadOnlyList<ParameterEstimate> estimates, double logLikelihood, int customers, int withoutRepeat,
        int nonPositive, double correlation, string? warning, int iterations, FitStatus status, string message, GammaGammaOptions options)
    {
        Parameters = parameters;
        Estimates = estimates;
        LogLikelihood = logLikelihood;
        Customers = customers;
        CustomersWithoutRepeat = withoutRepeat;
        CustomersWithNonPositiveSpend = nonPositive;
        FrequencyMonetaryCorrelation = correlation;
        Warning = warning;
        Iterations = iterations;
        Status = status;
        Message = message;
        Options = options;
    }

    /// <summary>Creates a model from known parameters (no fit).</summary>
    public static GammaGammaModel FromParameters(GammaGammaParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate(nameof(parameters));
        var estimates = GammaGamma.ParameterNames
            .Zip([parameters.P, parameters.Q, parameters.V], (n, v) => new ParameterEstimate(GammaGamma.ModelName, n, v, double.NaN, double.NaN, double.NaN, 0.95))
            .ToArray();
        return new GammaGammaModel(parameters, estimates, double.NaN, 0, 0, 0, double.NaN, null, 0, FitStatus.Converged, "Parameters given, not fitted.", GammaGammaOptions.Default);
    }

    /// <summary>p, q, v.</summary>
    public GammaGammaParameters Parameters { get; }

    /// <summary>p, q, v with standard errors and intervals.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates { get; }

    /// <summary>The maximised log-likelihood of the fitted customers (eq. 1a summed, without the penalty).</summary>
    public double LogLikelihood { get; }

    /// <summary>Customers fitted: at least one repeat purchase and a positive mean repeat value.</summary>
    public int Customers { get; }

    /// <summary>Customers left out for having no repeat purchase (their expected spend is the population mean).</summary>
    public int CustomersWithoutRepeat { get; }

    /// <summary>Customers left out for a zero or negative mean repeat value (returns netted out).</summary>
    public int CustomersWithNonPositiveSpend { get; }

    /// <summary>Pearson correlation of frequency and mean repeat spend among the fitted customers (the model assumes 0).</summary>
    public double FrequencyMonetaryCorrelation { get; }

    /// <summary>The correlation warning, when it applies; null otherwise.</summary>
    public string? Warning { get; }

    /// <summary>BFGS iterations.</summary>
    public int Iterations { get; }

    /// <summary>How the fit ended.</summary>
    public FitStatus Status { get; }

    /// <summary>What the status means, in words.</summary>
    public string Message { get; }

    /// <summary>The options used.</summary>
    public GammaGammaOptions Options { get; }

    /// <summary>Mean spend per purchase across customers, p·γ/(q − 1) (+∞ when q ≤ 1).</summary>
    public double PopulationMeanSpend => Parameters.MeanSpend;

    /// <summary>
    /// E[M | p, q, γ, m_x, x], Fader &amp; Hardie 2013 eq. (5): the expected spend per purchase of a customer with x repeat
    /// purchases of mean value m_x, p(γ + x·m_x)/(px + q − 1) — a weighted mean of the population mean p·γ/(q−1) and the
    /// customer's own m_x with weight px/(px + q − 1). For x = 0 it is the population mean.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InsufficientData"/> when px + q ≤ 1 (the expectation is infinite).</exception>
    public double ExpectedAverageSpend(int frequency, double monetary)
    {
        Preconditions.CheckOption(frequency >= 0, nameof(frequency), $"{nameof(frequency)} = {frequency}: use 0 or more repeat purchases.");
        Preconditions.CheckFinite(monetary, nameof(monetary), min: 0);
        var (p, q, v) = Parameters;
        double denominator = (p * frequency) + q - 1;
        if (denominator <= 0)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"Expected spend is infinite for a customer with {frequency} repeat purchases: q = {q:G4} makes p·x + q − 1 ≤ 0. The spend data have too heavy a tail; cap extreme order values or fit with a small Penalty."));
        }

        return p * (v + (frequency * (frequency == 0 ? 0 : monetary))) / denominator;
    }

    /// <summary>Columns model, parameter, estimate, std_error, lower, upper.</summary>
    public DataFrame ToDataFrame() => EstimateFrames.ToDataFrame(Estimates);
}

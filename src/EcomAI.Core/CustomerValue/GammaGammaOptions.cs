namespace EcomAI.Core.CustomerValue;

/// <summary>Options of <see cref="GammaGamma.Fit(CustomerSummary, GammaGammaOptions?)"/>.</summary>
public sealed record GammaGammaOptions
{
    /// <summary>The defaults: no penalty, 95% intervals, warn at |correlation| ≥ 0.3, at most 2,000 iterations.</summary>
    public static GammaGammaOptions Default { get; } = new();

    /// <summary>L2 penalty λ·Σ ln(θ)² on p, q, v (shrinks each towards 1); default 0 (plain maximum likelihood).</summary>
    public double Penalty { get; init; }

    /// <summary>Confidence level of the intervals. Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// The model assumes spend per purchase is independent of purchase frequency; a warning is given when the Pearson
    /// correlation of frequency and monetary value among the repeat customers reaches this size. Default 0.3.
    /// </summary>
    public double CorrelationWarning { get; init; } = 0.3;

    /// <summary>Upper limit on BFGS iterations. Default 2,000.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckFinite(Penalty, nameof(Penalty), min: 0);
        Preconditions.CheckOption(double.IsFinite(ConfidenceLevel) && ConfidenceLevel > 0 && ConfidenceLevel < 1, nameof(ConfidenceLevel),
            $"{nameof(ConfidenceLevel)} = {ConfidenceLevel}: use a number between 0 and 1, such as 0.95.");
        Preconditions.CheckFinite(CorrelationWarning, nameof(CorrelationWarning), 0, 1);
        Preconditions.CheckAtLeast(MaxIterations, 10, nameof(MaxIterations));
    }
}

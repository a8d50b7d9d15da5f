namespace EcomAI.Core.CustomerValue;

/// <summary>Options of <see cref="BgNbd.Fit(CustomerSummary, BgNbdOptions?)"/>.</summary>
public sealed record BgNbdOptions
{
    /// <summary>The defaults: no penalty, 95% intervals, at most 2,000 BFGS iterations, all cores.</summary>
    public static BgNbdOptions Default { get; } = new();

    /// <summary>
    /// L2 penalty λ added to the mean negative log-likelihood as λ·Σ ln(θ)², θ = r, α, a, b (shrinks each towards 1).
    /// Default 0: the plain maximum-likelihood estimate. Unlike lifetimes' <c>penalizer_coef</c> (λ·Σθ², which pulls a and b
    /// to 0), the log scale keeps the penalty neutral; use a small value (0.001) only for data that cannot identify the model.
    /// </summary>
    public double Penalty { get; init; }

    /// <summary>Confidence level of the intervals. Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Upper limit on BFGS iterations. Default 2,000.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>Threads for the likelihood; null (default) = all cores. The result does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckFinite(Penalty, nameof(Penalty), min: 0);
        Preconditions.CheckOption(double.IsFinite(ConfidenceLevel) && ConfidenceLevel > 0 && ConfidenceLevel < 1, nameof(ConfidenceLevel),
            $"{nameof(ConfidenceLevel)} = {ConfidenceLevel}: use a number between 0 and 1, such as 0.95.");
        Preconditions.CheckAtLeast(MaxIterations, 10, nameof(MaxIterations));
        Preconditions.CheckThreads(MaxDegreeOfParallelism);
    }
}

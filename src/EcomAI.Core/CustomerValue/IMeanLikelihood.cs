namespace EcomAI.Core.CustomerValue;

/// <summary>A log-likelihood averaged over customers, as a function of log-parameters, with its gradient.</summary>
internal interface IMeanLikelihood
{
    /// <summary>Number of parameters.</summary>
    int Dimension { get; }

    /// <summary>Number of customers the mean is over.</summary>
    double TotalWeight { get; }

    /// <summary>Mean log-likelihood at θ (log-parameters); writes ∂/∂θ into <paramref name="gradient"/>.</summary>
    double MeanLogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient);
}

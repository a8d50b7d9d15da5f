namespace EcomAI.Core.CustomerValue;

/// <summary>What <see cref="MaximumLikelihood.Fit"/> found.</summary>
internal sealed record MaximumLikelihoodFit(
    double[] Theta, IReadOnlyList<ParameterEstimate> Estimates, double LogLikelihood, int Iterations, int Evaluations,
    FitStatus Status, string Message, double GradientNorm);

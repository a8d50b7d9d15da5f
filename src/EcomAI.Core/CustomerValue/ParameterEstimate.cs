namespace EcomAI.Core.CustomerValue;

/// <summary>One fitted parameter with its standard error and confidence interval (the rows of lifetimes' <c>summary</c>).</summary>
/// <param name="Model">"BG/NBD" or "Gamma-Gamma".</param>
/// <param name="Parameter">The paper's name: r, alpha, a, b (BG/NBD); p, q, v (Gamma-Gamma, v = the paper's γ).</param>
/// <param name="Estimate">The maximum-likelihood estimate.</param>
/// <param name="StdError">
/// Standard error by the delta method from the observed information in the log-parameterisation:
/// SE = estimate · √[(n·H)⁻¹]ₖₖ, H the Hessian of the mean negative log-likelihood in ln(parameters) (lifetimes computes
/// it the same way). NaN when the parameter is not identified.
/// </param>
/// <param name="Lower">Lower end of the interval exp(ln estimate − z·SE_ln); always positive. 0 when not identified.</param>
/// <param name="Upper">Upper end exp(ln estimate + z·SE_ln). +∞ when not identified.</param>
/// <param name="ConfidenceLevel">Level of the interval (0.95 by default).</param>
public sealed record ParameterEstimate(string Model, string Parameter, double Estimate, double StdError, double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>True when <paramref name="value"/> lies within [Lower, Upper].</summary>
    public bool Covers(double value) => Lower <= value && value <= Upper;
}

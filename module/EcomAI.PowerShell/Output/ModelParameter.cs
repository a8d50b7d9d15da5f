using EcomAI.Core.CustomerValue;

namespace EcomAI.PowerShell;

/// <summary>One fitted model parameter: the output of <c>Get-CustomerValue -ModelSummary</c>.</summary>
public sealed class ModelParameter
{
    private readonly CustomerValueResult _result;

    internal ModelParameter(ParameterEstimate estimate, CustomerValueResult result)
    {
        _result = result;
        Model = estimate.Model;
        Parameter = estimate.Parameter;
        Estimate = estimate.Estimate;
        StdError = estimate.StdError;
        Lower = estimate.Lower;
        Upper = estimate.Upper;
        ConfidenceLevel = estimate.ConfidenceLevel;
        Status = estimate.Model == BgNbd.ModelName ? result.PurchaseModel.Status : result.SpendModel.Status;
    }

    /// <summary>"BG/NBD" or "Gamma-Gamma".</summary>
    public string Model { get; }

    /// <summary>r, alpha, a, b (BG/NBD) or p, q, v (Gamma-Gamma).</summary>
    public string Parameter { get; }

    /// <summary>Maximum-likelihood estimate.</summary>
    public double Estimate { get; }

    /// <summary>Standard error (NaN when the parameter is not identified).</summary>
    public double StdError { get; }

    /// <summary>Lower end of the confidence interval.</summary>
    public double Lower { get; }

    /// <summary>Upper end of the confidence interval (∞ when not identified).</summary>
    public double Upper { get; }

    /// <summary>Level of the interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>How the model's fit ended.</summary>
    public FitStatus Status { get; }

    /// <summary>The whole analysis, for Export-EcomReport.</summary>
    public CustomerValueResult GetResult() => _result;
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>A fitted BG/NBD model: parameters with intervals, fit diagnostics, and the paper's predictions.</summary>
public sealed partial class BgNbdModel
{
    internal BgNbdModel(
        BgNbdParameters parameters, IReadOnlyList<ParameterEstimate> estimates, double logLikelihood, int customers, int distinctRows,
        int iterations, FitStatus status, string message, BgNbdOptions options, TimeUnit unit)
    {
        Parameters = parameters;
        Estimates = estimates;
        LogLikelihood = logLikelihood;
        Customers = customers;
        DistinctHistories = distinctRows;
        Iterations = iterations;
        Status = status;
        Message = message;
        Options = options;
        TimeUnit = unit;
    }

    /// <summary>Creates a model from known parameters (no fit), for predictions and teaching.</summary>
    /// <exception cref="Data.InputDataException">A parameter is not finite and positive.</exception>
    public static BgNbdModel FromParameters(BgNbdParameters parameters, TimeUnit unit = TimeUnit.Week)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.Validate(nameof(parameters));
        var estimates = BgNbd.ParameterNames
            .Zip([parameters.R, parameters.Alpha, parameters.A, parameters.B], (n, v) => new ParameterEstimate(BgNbd.ModelName, n, v, double.NaN, double.NaN, double.NaN, 0.95))
            .ToArray();
        return new BgNbdModel(parameters, estimates, double.NaN, 0, 0, 0, FitStatus.Converged, "Parameters given, not fitted.", BgNbdOptions.Default, unit);
    }

    /// <summary>r, α, a, b.</summary>
    public BgNbdParameters Parameters { get; }

    /// <summary>r, alpha, a, b with standard errors and intervals.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates { get; }

    /// <summary>The maximised log-likelihood (sum of eq. 6 over customers, without the penalty).</summary>
    public double LogLikelihood { get; }

    /// <summary>Customers fitted.</summary>
    public int Customers { get; }

    /// <summary>Distinct (x, t_x, T) histories the likelihood was evaluated on.</summary>
    public int DistinctHistories { get; }

    /// <summary>BFGS iterations.</summary>
    public int Iterations { get; }

    /// <summary>How the fit ended.</summary>
    public FitStatus Status { get; }

    /// <summary>What the status means for these data, in words.</summary>
    public string Message { get; }

    /// <summary>The options used.</summary>
    public BgNbdOptions Options { get; }

    /// <summary>Unit of time of t_x, T and every horizon; α is per this unit.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>Columns model, parameter, estimate, std_error, lower, upper (lifetimes' <c>summary</c>).</summary>
    public DataFrame ToDataFrame() => EstimateFrames.ToDataFrame(Estimates);
}

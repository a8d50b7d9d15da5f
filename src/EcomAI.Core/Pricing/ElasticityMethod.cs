namespace EcomAI.Core.Pricing;

/// <summary>How the constant-elasticity demand model Q = a·P^b is fitted.</summary>
public enum ElasticityMethod
{
    /// <summary>Ordinary least squares on ln Q = ln a + b·ln P (closed form; the default).</summary>
    LogLog = 0,

    /// <summary>
    /// The seed's method: nonlinear least squares in levels, minimising Σ(Q − a·P^b)², by Levenberg–Marquardt
    /// started from the log-log fit. It weights large quantities more.
    /// </summary>
    NonlinearLevels = 1,
}

namespace EcomAI.Core.CustomerValue;

/// <summary>How a maximum-likelihood fit ended.</summary>
public enum FitStatus
{
    /// <summary>The gradient vanished at a point where the likelihood curves down in every direction: estimates, standard errors and intervals are all usable.</summary>
    Converged,

    /// <summary>
    /// The likelihood is (nearly) flat in some direction at its maximum, a parameter ran off towards 0 or infinity, or a
    /// parameter's standard error on the log scale exceeds 5 (an interval spanning a factor of more than 10⁸): the data
    /// cannot pin those parameters down. The estimates still maximise the likelihood (predictions are usable), but
    /// the parameters named in the message have no finite interval.
    /// </summary>
    NotIdentified,

    /// <summary>The optimiser stopped before the gradient vanished (iteration limit); the message says how far it got.</summary>
    DidNotConverge,
}

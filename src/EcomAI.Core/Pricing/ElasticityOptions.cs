namespace EcomAI.Core.Pricing;

/// <summary>Options for <see cref="Elasticity.Fit(IEnumerable{SaleObservation}, ElasticityOptions?)"/>; validated once, naming the parameter.</summary>
public sealed record ElasticityOptions
{
    /// <summary>The defaults: log-log OLS, promotion covariate where the flag varies, 95% interval.</summary>
    public static ElasticityOptions Default { get; } = new();

    /// <summary>Fitting method; <see cref="ElasticityMethod.LogLog"/> by default.</summary>
    public ElasticityMethod Method { get; init; } = ElasticityMethod.LogLog;

    /// <summary>
    /// When true (default), fit ln Q = ln a + b·ln P + g·promotion (log-log) or Q = a·P^b·e^(g·promotion) (levels)
    /// for every product whose promotion flag varies, so that promotional lifts do not bias b (promotion weeks usually
    /// combine a lower price with extra display; leaving the flag out makes demand look more elastic than it is).
    /// A product whose flag never varies is fitted without it (noted in the message when the flag is always set).
    /// </summary>
    public bool IncludePromotion { get; init; } = true;

    /// <summary>Confidence level of the interval for b, in (0, 1). Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// When true a non-positive price or quantity is an error; when false (default) such rows are excluded and
    /// counted in <see cref="ElasticityEstimate.Excluded"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Maximum Levenberg–Marquardt iterations for <see cref="ElasticityMethod.NonlinearLevels"/>. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;

    internal void Validate()
    {
        Preconditions.CheckDefined(Method, nameof(Method));
        Preconditions.CheckOption(ConfidenceLevel > 0 && ConfidenceLevel < 1, nameof(ConfidenceLevel),
            $"{nameof(ConfidenceLevel)} = {ConfidenceLevel}: use a level strictly between 0 and 1, e.g. 0.95.");
        Preconditions.CheckAtLeast(MaxIterations, 1, nameof(MaxIterations));
    }
}

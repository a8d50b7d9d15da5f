namespace EcomAI.Core.Recommendation;

/// <summary>Where a recommended item came from.</summary>
public enum RecommendationSource
{
    /// <summary>Scored by the model for this user (the name is kept from the kNN models; it covers every model).</summary>
    Neighbors,

    /// <summary>A popularity fallback (cold or unknown user, or too few personal candidates after the filters).</summary>
    Popularity,
}

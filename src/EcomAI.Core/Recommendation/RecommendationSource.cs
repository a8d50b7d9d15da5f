namespace EcomAI.Core.Recommendation;

/// <summary>Where a recommended item came from.</summary>
public enum RecommendationSource
{
    /// <summary>Scored by the neighbourhood model.</summary>
    Neighbors,

    /// <summary>A popularity fallback (cold or unknown user, or not enough neighbourhood candidates).</summary>
    Popularity,
}

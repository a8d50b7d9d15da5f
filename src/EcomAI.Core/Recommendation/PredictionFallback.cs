namespace EcomAI.Core.Recommendation;

/// <summary>Why a prediction did not come from neighbours (and what it used instead).</summary>
public enum PredictionFallback
{
    /// <summary>The estimate comes from at least <see cref="KnnOptions.MinNeighbors"/> neighbours.</summary>
    None,

    /// <summary>The user is unknown or has no interactions in the training data: the global mean (implicit: score 0).</summary>
    UnknownUser,

    /// <summary>The item is unknown or has no interactions in the training data: the user's mean (implicit: score 0).</summary>
    UnknownItem,

    /// <summary>
    /// Fewer than MinNeighbors neighbours with positive similarity. Mean-centred: the baseline mean (user's for user-based,
    /// item's for item-based); weighted average: the user's mean; implicit: score 0.
    /// </summary>
    TooFewNeighbors,
}

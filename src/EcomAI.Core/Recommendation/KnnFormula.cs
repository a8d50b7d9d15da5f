namespace EcomAI.Core.Recommendation;

/// <summary>How the k neighbours' ratings are combined into an explicit prediction.</summary>
/// <remarks>
/// Neighbours N: the k most similar users who rated the item (user-based) or the k most similar items the user rated
/// (item-based), keeping only positive similarities w. Normalisation is over exactly those neighbours.
/// </remarks>
public enum KnnFormula
{
    /// <summary>
    /// Mean-centred (the seed's user-based formula; Surprise KNNWithMeans): user-based
    /// r̂(u,i) = r̄u + Σv w(u,v)(r(v,i) − r̄v) / Σv w(u,v); item-based r̂(u,i) = r̄i + Σj w(i,j)(r(u,j) − r̄j) / Σj w(i,j).
    /// </summary>
    MeanCentered,

    /// <summary>
    /// Plain weighted average (the seed's item-based formula; Surprise KNNBasic): user-based r̂(u,i) = Σv w(u,v) r(v,i) / Σv w(u,v);
    /// item-based r̂(u,i) = Σj w(i,j) r(u,j) / Σj w(i,j).
    /// </summary>
    WeightedAverage,
}

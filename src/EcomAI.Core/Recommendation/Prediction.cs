namespace EcomAI.Core.Recommendation;

/// <summary>An estimated rating (explicit) or relevance score (implicit) for one (user, item) pair.</summary>
/// <param name="UserId">The user.</param>
/// <param name="ItemId">The item.</param>
/// <param name="Estimate">The estimate; explicit estimates are clipped to the rating scale.</param>
/// <param name="NeighborsUsed">Neighbours with positive similarity that entered the formula (0 on fallback).</param>
/// <param name="Fallback">Why the estimate did not come from neighbours, or <see cref="PredictionFallback.None"/>.</param>
/// <param name="WasClipped">True when the raw formula left the rating scale and was clipped.</param>
public sealed record Prediction(string UserId, string ItemId, double Estimate, int NeighborsUsed, PredictionFallback Fallback, bool WasClipped)
{
    /// <summary>True when the estimate is a fallback (a mean or 0), not a neighbourhood estimate.</summary>
    public bool IsFallback => Fallback != PredictionFallback.None;

    /// <summary>One row: user, item, estimate, neighbors_used, fallback, clipped.</summary>
    public Microsoft.Data.Analysis.DataFrame ToDataFrame() => new PredictionList([this]).ToDataFrame();
}

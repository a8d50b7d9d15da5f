namespace EcomAI.Core.Recommendation;

/// <summary>What the interaction values mean.</summary>
public enum FeedbackKind
{
    /// <summary>
    /// Ratings on a scale (e.g. 1–5 stars). A missing pair is <em>unknown</em>, never 0: similarities use only
    /// co-rated pairs and predictions are ratings clipped to the scale.
    /// </summary>
    Explicit,

    /// <summary>
    /// Purchases, clicks or counts. A missing pair means "no interaction" (0): similarities use whole vectors and
    /// scores rank items rather than predict a rating.
    /// </summary>
    Implicit,
}

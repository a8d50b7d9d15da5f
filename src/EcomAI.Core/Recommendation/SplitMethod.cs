namespace EcomAI.Core.Recommendation;

/// <summary>How <see cref="RecommenderEvaluation.Run"/> holds out test interactions.</summary>
public enum SplitMethod
{
    /// <summary>
    /// Per-user stratified split, as Microsoft Recommenders' <c>python_stratified_split</c>: each user's interactions are put
    /// in a seeded random order and the ones at relative rank k/n ≤ 1 − TestFraction train, the rest test (a user with one
    /// interaction is all test and therefore not evaluated).
    /// </summary>
    UserStratified,

    /// <summary>Leave-last-out by time: each user's latest interaction (ties: the larger item id) is the test set; needs timestamps.</summary>
    LeaveLastOut,

    /// <summary>Seeded k-fold over all interactions (Surprise's <c>KFold(shuffle=True)</c>); metrics are fold means.</summary>
    KFold,

    /// <summary>One seeded random holdout of ⌈TestFraction·n⌉ interactions (not stratified by user).</summary>
    Random,
}

using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="RecommenderEvaluation"/>; validated once by <see cref="Validate"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>How test interactions are held out (<see cref="RecommenderEvaluation.Run"/>). Default per-user stratified.</summary>
    public SplitMethod Split { get; init; } = SplitMethod.UserStratified;

    /// <summary>Number of folds for <see cref="SplitMethod.KFold"/> (≥ 2). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the split. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Test share in (0, 1) for the stratified and random splits. Default 0.25 (Microsoft Recommenders' 75/25).</summary>
    public double TestFraction { get; init; } = 0.25;

    /// <summary>K of the ranking metrics (list length). Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>
    /// Explicit data: a test rating ≥ this is relevant. Null (default): three quarters up the rating scale, min + 0.75·(max − min),
    /// i.e. 4 on a 1–5 scale. Implicit data: every test interaction is relevant.
    /// </summary>
    public double? RelevanceThreshold { get; init; }

    /// <summary>Compute ranking metrics (top-K lists for every test user). Default true; false gives RMSE/MAE only.</summary>
    public bool RankingMetrics { get; init; } = true;

    /// <summary>Threads (null = all cores); results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Defaults: per-user stratified 75/25, seed 1, K = 10, relevance 4 of 5.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public EvaluationOptions Validate()
    {
        Preconditions.CheckDefined(Split, "EvaluationOptions.Split");
        Require(Folds >= 2, nameof(Folds), Folds, "must be at least 2");
        Require(TestFraction > 0 && TestFraction < 1, nameof(TestFraction), TestFraction, "must be strictly between 0 and 1");
        Require(TopK >= 1, nameof(TopK), TopK, "must be at least 1");
        Require(RelevanceThreshold is null || double.IsFinite(RelevanceThreshold.Value), nameof(RelevanceThreshold), RelevanceThreshold,
            "must be a finite rating (null: three quarters up the scale)");
        Preconditions.CheckThreads(MaxDegreeOfParallelism, "EvaluationOptions.MaxDegreeOfParallelism");
        return this;
    }

    /// <summary>The relevance threshold for explicit data on <paramref name="scale"/>.</summary>
    public double ThresholdFor(RatingScale scale) => RelevanceThreshold ?? (scale.Min + (0.75 * (scale.Max - scale.Min)));

    internal ParallelOptions Parallel() => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? -1 };

    private static void Require(bool ok, string name, object? value, string rule) =>
        Preconditions.CheckOption(ok, "EvaluationOptions." + name,
            $"EvaluationOptions.{name} = {Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"} {rule}.");
}

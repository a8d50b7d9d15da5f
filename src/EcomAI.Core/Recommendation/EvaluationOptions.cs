using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="RecommenderEvaluation"/>; validated once by <see cref="Validate"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Number of cross-validation folds (≥ 2). Default 5.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the shuffle that assigns interactions to folds / the holdout. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Holdout test fraction in (0, 1): the test set has ⌈fraction·n⌉ interactions. Default 0.2.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>K of the ranking metrics. Default 10.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>Explicit data: a test rating ≥ this is relevant. Default 4 (on a 1–5 scale).</summary>
    public double RelevanceThreshold { get; init; } = 4.0;

    /// <summary>Compute ranking metrics (top-K lists for every test user). Default true; false gives RMSE/MAE only.</summary>
    public bool RankingMetrics { get; init; } = true;

    /// <summary>Threads (0 = all cores); results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Defaults: 5 folds, seed 1, K = 10, threshold 4.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    public EvaluationOptions Validate()
    {
        Require(Folds >= 2, nameof(Folds), Folds, "must be at least 2");
        Require(TestFraction > 0 && TestFraction < 1, nameof(TestFraction), TestFraction, "must be strictly between 0 and 1");
        Require(TopK >= 1, nameof(TopK), TopK, "must be at least 1");
        Require(double.IsFinite(RelevanceThreshold), nameof(RelevanceThreshold), RelevanceThreshold, "must be a finite rating");
        Require(MaxDegreeOfParallelism >= 0, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "must be ≥ 0 (0 = all cores)");
        return this;
    }

    internal ParallelOptions Parallel() => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism == 0 ? -1 : MaxDegreeOfParallelism };

    private static void Require(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"EvaluationOptions.{name} = {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} {rule}.");
        }
    }
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="UserKnn"/> and <see cref="ItemKnn"/>; defaults live here, validated once by <see cref="Validate"/>.</summary>
public sealed record KnnOptions
{
    /// <summary>Largest explicit table (users for user-based, items for item-based) kept as a dense n × n similarity matrix.</summary>
    public const int MaxDenseEntities = 16_384;

    /// <summary>k: the maximum number of neighbours aggregated (Surprise's <c>k</c>). Default 40.</summary>
    public int Neighbors { get; init; } = 40;

    /// <summary>
    /// Minimum number of neighbours with positive similarity (Surprise's <c>min_k</c>); below it the prediction falls back
    /// and says so. Default 1.
    /// </summary>
    public int MinNeighbors { get; init; } = 1;

    /// <summary>Similarity measure. Default <see cref="SimilarityKind.MeanSquaredDifference"/> (explicit) — use Cosine or Jaccard for implicit data.</summary>
    public SimilarityKind Similarity { get; init; } = SimilarityKind.MeanSquaredDifference;

    /// <summary>Minimum number of common ratings for a non-zero similarity (Surprise's <c>min_support</c>). Default 1.</summary>
    public int MinSupport { get; init; } = 1;

    /// <summary>Pearson shrinkage λ ≥ 0 (0 = none): sim · (n − 1)/(n − 1 + λ).</summary>
    public double Shrinkage { get; init; }

    /// <summary>Explicit prediction formula. Default <see cref="KnnFormula.MeanCentered"/>.</summary>
    public KnnFormula Formula { get; init; } = KnnFormula.MeanCentered;

    /// <summary>Threads used (0 = all cores). Results are identical for any value: rows are computed independently.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Number of contributors kept in each recommendation's explanation. Default 3.</summary>
    public int ExplanationSize { get; init; } = 3;

    /// <summary>Defaults: k = 40, min_k = 1, MSD, min_support = 1, mean-centred.</summary>
    public static KnnOptions Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public KnnOptions Validate()
    {
        Require(Neighbors >= 1, nameof(Neighbors), Neighbors, "must be at least 1 (Surprise's default is 40)");
        Require(MinNeighbors >= 1 && MinNeighbors <= Neighbors, nameof(MinNeighbors), MinNeighbors, $"must be between 1 and {nameof(Neighbors)} ({Neighbors})");
        Require(Enum.IsDefined(Similarity), nameof(Similarity), Similarity, "is not a similarity measure");
        Require(MinSupport >= 1, nameof(MinSupport), MinSupport, "must be at least 1");
        Require(double.IsFinite(Shrinkage) && Shrinkage >= 0, nameof(Shrinkage), Shrinkage, "must be a finite number ≥ 0 (0 = no shrinkage)");
        Require(Enum.IsDefined(Formula), nameof(Formula), Formula, "is not a formula; use MeanCentered or WeightedAverage");
        Require(MaxDegreeOfParallelism >= 0, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "must be ≥ 0 (0 = all cores)");
        Require(ExplanationSize >= 0, nameof(ExplanationSize), ExplanationSize, "must be ≥ 0");
        return this;
    }

    internal ParallelOptions Parallel() => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism == 0 ? -1 : MaxDegreeOfParallelism };

    private static void Require(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"KnnOptions.{name} = {Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} {rule}.");
        }
    }
}

using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="UserKnn"/> and <see cref="ItemKnn"/>; defaults live here, validated once by <see cref="Validate"/>.</summary>
public sealed record KnnOptions
{
    /// <summary>
    /// Largest explicit table (users for user-based, items for item-based) kept as a dense n × n similarity matrix when
    /// <see cref="StoredNeighbors"/> is null: every pair is then kept, exactly as Surprise does. Above it each entity keeps
    /// its <see cref="StoredNeighbors"/> most similar others (sparse, O(n·m) memory), with no limit on n.
    /// </summary>
    public const int MaxDenseEntities = 16_384;

    /// <summary>k of explicit kNN when <see cref="Neighbors"/> is null: Surprise's default 40.</summary>
    public const int DefaultExplicitNeighbors = 40;

    /// <summary>K of implicit kNN when <see cref="Neighbors"/> is null: the implicit library's ItemItemRecommender default 20.</summary>
    public const int DefaultImplicitNeighbors = 20;

    /// <summary>
    /// k: the maximum number of neighbours aggregated (explicit: Surprise's <c>k</c>; implicit: each entity keeps its K most
    /// similar others, implicit's <c>K</c>). Null (default): 40 for ratings, 20 for purchases.
    /// </summary>
    public int? Neighbors { get; init; }

    /// <summary>
    /// Minimum number of neighbours with positive similarity (Surprise's <c>min_k</c>); below it the prediction falls back
    /// and says so. Default 1.
    /// </summary>
    public int MinNeighbors { get; init; } = 1;

    /// <summary>
    /// Similarity measure. Null (default): <see cref="SimilarityKind.MeanSquaredDifference"/> for ratings (Surprise's
    /// default) and <see cref="SimilarityKind.TfIdf"/> for purchases (the best item-kNN weighting of the implicit library's three
    /// in the comparison of tests/EcomAI.Benchmarks/README.md; BM25 favours rarely bought items on binary purchase data).
    /// </summary>
    public SimilarityKind? Similarity { get; init; }

    /// <summary>Minimum number of common ratings for a non-zero similarity (Surprise's <c>min_support</c>). Default 1.</summary>
    public int MinSupport { get; init; } = 1;

    /// <summary>Pearson shrinkage λ ≥ 0 (0 = none): sim · (n − 1)/(n − 1 + λ).</summary>
    public double Shrinkage { get; init; }

    /// <summary>BM25 term-frequency saturation k1 ≥ 0 (implicit's BM25Recommender default 1.2).</summary>
    public double Bm25K1 { get; init; } = 1.2;

    /// <summary>BM25 length normalisation b in [0, 1] (implicit's BM25Recommender default 0.75).</summary>
    public double Bm25B { get; init; } = 0.75;

    /// <summary>Explicit prediction formula. Default <see cref="KnnFormula.MeanCentered"/>.</summary>
    public KnnFormula Formula { get; init; } = KnnFormula.MeanCentered;

    /// <summary>
    /// Explicit data: how many most similar others each entity keeps. Null (default): all of them (a dense table, exactly
    /// Surprise's neighbourhoods) up to <see cref="MaxDenseEntities"/> entities, else 10·k. Neighbourhoods are then chosen among
    /// the kept ones. Ignored for implicit data (each entity keeps its k).
    /// </summary>
    public int? StoredNeighbors { get; init; }

    /// <summary>Threads (null = all cores). Results are identical for any value: rows are computed independently.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Number of contributors kept in each recommendation's explanation. Default 3.</summary>
    public int ExplanationSize { get; init; } = 3;

    /// <summary>Defaults: k = 40 / 20, min_k = 1, MSD / TF-IDF, min_support = 1, mean-centred.</summary>
    public static KnnOptions Default { get; } = new();

    /// <summary>The k used for data of <paramref name="kind"/>.</summary>
    public int NeighborsFor(FeedbackKind kind) => Neighbors ?? (kind == FeedbackKind.Implicit ? DefaultImplicitNeighbors : DefaultExplicitNeighbors);

    /// <summary>The similarity used for data of <paramref name="kind"/>.</summary>
    public SimilarityKind SimilarityFor(FeedbackKind kind) =>
        Similarity ?? (kind == FeedbackKind.Implicit ? SimilarityKind.TfIdf : SimilarityKind.MeanSquaredDifference);

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public KnnOptions Validate()
    {
        Require(Neighbors is null or >= 1, nameof(Neighbors), Neighbors, "must be at least 1 (null: 40 for ratings, 20 for purchases)");
        Require(MinNeighbors >= 1 && (Neighbors is null || MinNeighbors <= Neighbors), nameof(MinNeighbors), MinNeighbors,
            $"must be between 1 and {nameof(Neighbors)} ({Neighbors})");
        if (Similarity is { } s)
        {
            Preconditions.CheckDefined(s, "KnnOptions." + nameof(Similarity));
        }

        Require(MinSupport >= 1, nameof(MinSupport), MinSupport, "must be at least 1");
        Require(double.IsFinite(Shrinkage) && Shrinkage >= 0, nameof(Shrinkage), Shrinkage, "must be a finite number ≥ 0 (0 = no shrinkage)");
        Require(double.IsFinite(Bm25K1) && Bm25K1 >= 0, nameof(Bm25K1), Bm25K1, "must be a finite number ≥ 0 (implicit's default 1.2)");
        Require(Bm25B is >= 0 and <= 1, nameof(Bm25B), Bm25B, "must be in [0, 1] (implicit's default 0.75)");
        Preconditions.CheckDefined(Formula, "KnnOptions." + nameof(Formula));
        Require(StoredNeighbors is null || (Neighbors is null ? StoredNeighbors >= 1 : StoredNeighbors >= Neighbors), nameof(StoredNeighbors),
            StoredNeighbors, "must be at least k (null: all up to 16,384 entities, else 10·k)");
        Preconditions.CheckThreads(MaxDegreeOfParallelism, "KnnOptions." + nameof(MaxDegreeOfParallelism));
        Require(ExplanationSize >= 0, nameof(ExplanationSize), ExplanationSize, "must be ≥ 0");
        return this;
    }

    internal ParallelOptions Parallel() => new() { MaxDegreeOfParallelism = MaxDegreeOfParallelism ?? -1 };

    private static void Require(bool ok, string name, object? value, string rule) =>
        Preconditions.CheckOption(ok, "KnnOptions." + name,
            $"KnnOptions.{name} = {Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"} {rule}.");
}

using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>Options of <see cref="Ease"/>; defaults live here, validated once by <see cref="Validate"/>.</summary>
public sealed record EaseOptions
{
    /// <summary>
    /// Largest catalogue EASE accepts by default: the model is a dense items × items matrix (8 bytes per entry while fitting,
    /// 4 after), 3.2 GB at 20,000 items. Larger catalogues: <see cref="ImplicitAls"/> or <see cref="ItemKnn"/>.
    /// </summary>
    public const int DefaultMaxItems = 20_000;

    /// <summary>
    /// L2 regularisation λ &gt; 0 added to the diagonal of XᵀX. Default 400: within 2 % of the best NDCG@10 of the grid 50–1,000 on
    /// validation splits of six generated data sets (tests/EcomAI.Benchmarks/README.md, <c>rec-ease-lambda</c>); Steck (2019) used 200–1,000
    /// on data sets 100–1,000 times larger. Larger λ favours popular items.
    /// </summary>
    public double Lambda { get; init; } = 400;

    /// <summary>Catalogue size limit (items with an index in the data). Default <see cref="DefaultMaxItems"/>.</summary>
    public int MaxItems { get; init; } = DefaultMaxItems;

    /// <summary>Threads (null = all cores). Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Number of owned items named in each explanation. Default 3.</summary>
    public int ExplanationSize { get; init; } = 3;

    /// <summary>Defaults: λ = 400, up to 20,000 items.</summary>
    public static EaseOptions Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public EaseOptions Validate()
    {
        Preconditions.CheckOption(double.IsFinite(Lambda) && Lambda > 0, "EaseOptions.Lambda",
            string.Create(CultureInfo.InvariantCulture, $"EaseOptions.Lambda = {Lambda}: use a finite number > 0 (default 400)."));
        Preconditions.CheckOption(MaxItems is >= 1 and <= 46_000, "EaseOptions.MaxItems",
            string.Create(CultureInfo.InvariantCulture, $"EaseOptions.MaxItems = {MaxItems}: use 1 to 46,000 (a dense items × items array must fit in one .NET array)."));
        Preconditions.CheckThreads(MaxDegreeOfParallelism, "EaseOptions.MaxDegreeOfParallelism");
        Preconditions.CheckAtLeast(ExplanationSize, 0, "EaseOptions.ExplanationSize");
        return this;
    }
}

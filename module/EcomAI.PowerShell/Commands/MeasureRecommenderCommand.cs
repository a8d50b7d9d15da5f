using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Measure-Recommender</c>: the field's offline protocol (per-user stratified split by default, leave-last-out by time or
/// k-fold) with MAP, NDCG@K, Precision@K, Recall@K, hit rate, coverage and novelty per method, and RMSE/MAE where a method
/// predicts ratings.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "Recommender", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(RecommenderScore))]
public sealed class MeasureRecommenderCommand : RecommenderCmdlet
{
    /// <summary>Methods to evaluate; omitted: the default model for the data, ItemBased and Popularity.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public RecommenderMethod[]? Method { get; set; }

    /// <summary>How test interactions are held out; omitted: k-fold when -Folds is given, else the core's default (per-user stratified).</summary>
    [Parameter]
    public SplitMethod? Split { get; set; }

    /// <summary>Share of each user's interactions held out (stratified) or of all interactions (random).</summary>
    [Parameter]
    public double TestFraction { get; set; } = EvaluationOptions.Default.TestFraction;

    /// <summary>Number of folds (k-fold split).</summary>
    [Parameter]
    public int Folds { get; set; } = EvaluationOptions.Default.Folds;

    /// <summary>Random seed of the split.</summary>
    [Parameter]
    public int Seed { get; set; } = EvaluationOptions.Default.Seed;

    /// <summary>List length K of the ranking metrics.</summary>
    [Parameter]
    public int TopK { get; set; } = EvaluationOptions.Default.TopK;

    /// <summary>Ratings at or above this are relevant (explicit feedback); omitted: three quarters up the rating scale.</summary>
    [Parameter]
    public double? RelevanceThreshold { get; set; }

    private protected override void Analyze(InteractionMatrix matrix)
    {
        var split = Split ?? (MyInvocation.BoundParameters.ContainsKey(nameof(Folds)) ? SplitMethod.KFold : EvaluationOptions.Default.Split);
        var options = EvaluationOptions.Default with
        {
            Split = split,
            TestFraction = TestFraction,
            Folds = Folds,
            Seed = Seed,
            TopK = TopK,
            RelevanceThreshold = RelevanceThreshold,
        };
        var methods = Method ?? [.. Recommenders.DefaultComparison(matrix).Select(k => k.ToMethod())];
        var splits = Timed("Split the interactions", () => RecommenderEvaluation.Splits(matrix, options));
        for (int m = 0; m < methods.Length; m++)
        {
            var method = methods[m];
            Progress("Evaluating recommenders", $"{method} ({m + 1} of {methods.Length})", 100 * m / methods.Length, force: IsLarge(matrix));
            var result = Timed(string.Create(CultureInfo.InvariantCulture, $"Evaluated {method}"),
                () => RecommenderEvaluation.Compare(splits, [method.ToKind()], options, Settings)[0]);
            WriteObject(new RecommenderScore(method, result, split));
        }
    }
}

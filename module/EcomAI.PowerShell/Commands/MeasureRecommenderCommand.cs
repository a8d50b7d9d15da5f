using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Measure-Recommender</c>: k-fold cross-validated RMSE, MAE, Precision@K, Recall@K and NDCG@K for each chosen method.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "Recommender", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(RecommenderScore))]
public sealed class MeasureRecommenderCommand : InteractionInputCmdlet
{
    /// <summary>Methods to evaluate.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public RecommenderMethod[] Method { get; set; } = [RecommenderMethod.UserBased, RecommenderMethod.ItemBased];

    /// <summary>Number of folds.</summary>
    [Parameter]
    [ValidateRange(2, 100)]
    public int Folds { get; set; } = EvaluationOptions.Default.Folds;

    /// <summary>Random seed of the fold assignment.</summary>
    [Parameter]
    public int Seed { get; set; } = EvaluationOptions.Default.Seed;

    /// <summary>List length K of Precision@K, Recall@K and NDCG@K.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int TopK { get; set; } = EvaluationOptions.Default.TopK;

    /// <summary>Ratings at or above this are relevant for the ranking metrics (explicit feedback).</summary>
    [Parameter]
    public double RelevanceThreshold { get; set; } = EvaluationOptions.Default.RelevanceThreshold;

    private protected override void Analyze(InteractionMatrix matrix)
    {
        var options = EvaluationOptions.Default with { Folds = Folds, Seed = Seed, TopK = TopK, RelevanceThreshold = RelevanceThreshold };
        for (int m = 0; m < Method.Length; m++)
        {
            var method = Method[m];
            Progress("Cross-validating recommenders", $"{method} ({m + 1} of {Method.Length})", 100 * m / Method.Length, force: IsLarge(matrix));
            var result = Timed(string.Create(CultureInfo.InvariantCulture, $"{Folds}-fold cross-validation of {method}"),
                () => RecommenderEvaluation.CrossValidate(matrix, train => Fit(train, method), options));
            WriteObject(new RecommenderScore(method, result, Folds));
        }
    }
}

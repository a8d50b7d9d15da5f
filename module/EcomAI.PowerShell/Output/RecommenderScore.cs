using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell;

/// <summary>Cross-validated accuracy of one recommender: the output of <c>Measure-Recommender</c>.</summary>
public sealed class RecommenderScore
{
    private readonly EvaluationResult _result;

    internal RecommenderScore(Commands.RecommenderMethod method, EvaluationResult result, int folds)
    {
        _result = result;
        Method = method;
        Algorithm = result.Algorithm;
        Folds = folds;
        Rmse = result.Mean.Rmse;
        Mae = result.Mean.Mae;
        K = result.Mean.K;
        PrecisionAtK = result.Mean.PrecisionAtK;
        RecallAtK = result.Mean.RecallAtK;
        NdcgAtK = result.Mean.NdcgAtK;
        FallbackPredictions = result.Mean.FallbackPredictions;
        Predictions = result.Mean.Predictions;
        FitSeconds = result.FitSeconds;
    }

    /// <summary>The method evaluated.</summary>
    public Commands.RecommenderMethod Method { get; }

    /// <summary>The recommender with its settings, e.g. "UserKnn(k=40, MSD)".</summary>
    public string Algorithm { get; }

    /// <summary>Number of cross-validation folds.</summary>
    public int Folds { get; }

    /// <summary>Root mean squared error of predicted ratings (mean over folds; null for implicit feedback).</summary>
    public double? Rmse { get; }

    /// <summary>Mean absolute error (mean over folds).</summary>
    public double? Mae { get; }

    /// <summary>List length for the ranking metrics.</summary>
    public int K { get; }

    /// <summary>Precision@K (mean over folds).</summary>
    public double? PrecisionAtK { get; }

    /// <summary>Recall@K (mean over folds).</summary>
    public double? RecallAtK { get; }

    /// <summary>NDCG@K (mean over folds).</summary>
    public double? NdcgAtK { get; }

    /// <summary>Test predictions made by a fallback (no usable neighbours), over all folds.</summary>
    public int FallbackPredictions { get; }

    /// <summary>Test predictions made, over all folds.</summary>
    public int Predictions { get; }

    /// <summary>Seconds spent fitting, over all folds.</summary>
    public double FitSeconds { get; }

    /// <summary>The full evaluation, per fold.</summary>
    public EvaluationResult GetResult() => _result;
}

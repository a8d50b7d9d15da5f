using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell;

/// <summary>Offline evaluation of one recommender: the output of <c>Measure-Recommender</c>.</summary>
public sealed class RecommenderScore
{
    private readonly EvaluationResult _result;

    internal RecommenderScore(Commands.RecommenderMethod method, EvaluationResult result, SplitMethod split)
    {
        _result = result;
        var m = result.Mean;
        Method = method;
        Algorithm = result.Algorithm;
        Split = split;
        Protocol = result.Method;
        K = m.K;
        Map = m.Map;
        MapAtK = m.MapAtK;
        NdcgAtK = m.NdcgAtK;
        PrecisionAtK = m.PrecisionAtK;
        RecallAtK = m.RecallAtK;
        HitRate = m.HitRate;
        Coverage = m.Coverage;
        Novelty = m.Novelty;
        Rmse = m.Rmse;
        Mae = m.Mae;
        UsersEvaluated = m.UsersEvaluated;
        FitSeconds = result.FitSeconds;
    }

    /// <summary>The method evaluated.</summary>
    public Commands.RecommenderMethod Method { get; }

    /// <summary>The fitted model(s) with their settings, e.g. "Ease(λ=400)".</summary>
    public string Algorithm { get; }

    /// <summary>The split.</summary>
    public SplitMethod Split { get; }

    /// <summary>The protocol in words, e.g. "per-user stratified 25% test (seed 42)".</summary>
    public string Protocol { get; }

    /// <summary>List length of the ranking metrics.</summary>
    public int K { get; }

    /// <summary>MAP as Microsoft Recommenders' <c>map</c> (average precision over the top K divided by the user's relevant items).</summary>
    public double? Map { get; }

    /// <summary>MAP@K (average precision divided by min(K, relevant items)).</summary>
    public double? MapAtK { get; }

    /// <summary>NDCG@K (binary relevance).</summary>
    public double? NdcgAtK { get; }

    /// <summary>Precision@K.</summary>
    public double? PrecisionAtK { get; }

    /// <summary>Recall@K.</summary>
    public double? RecallAtK { get; }

    /// <summary>Share of users with a relevant item in their top K.</summary>
    public double? HitRate { get; }

    /// <summary>Distinct recommended items / items in the training data.</summary>
    public double? Coverage { get; }

    /// <summary>Mean −log2 popularity of the recommended items (bits; higher = less popular items).</summary>
    public double? Novelty { get; }

    /// <summary>Root mean squared error of predicted ratings (methods that predict ratings, on ratings; else null).</summary>
    public double? Rmse { get; }

    /// <summary>Mean absolute error (same condition).</summary>
    public double? Mae { get; }

    /// <summary>Users ranked (a training history and a relevant test item), over all folds.</summary>
    public int UsersEvaluated { get; }

    /// <summary>Seconds spent fitting, over all folds.</summary>
    public double FitSeconds { get; }

    /// <summary>The full evaluation, per fold.</summary>
    public EvaluationResult GetResult() => _result;
}

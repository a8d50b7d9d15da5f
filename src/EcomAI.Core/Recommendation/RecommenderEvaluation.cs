using System.Diagnostics;
using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Offline evaluation of recommenders as the field does it: a split (per-user stratified like Microsoft Recommenders,
/// leave-last-out by time, k-fold, or a random holdout), a model fitted on the training part, and for every test user a top-K
/// list of unseen items compared with the held-out interactions (see <see cref="RankingMetrics"/>); plus RMSE and MAE for
/// models that predict ratings.
/// </summary>
/// <remarks>
/// A user is ranked when they have at least one training interaction and one relevant test interaction (rating ≥ the
/// threshold, or any implicit interaction) — Microsoft Recommenders likewise scores only users present in both the truth and
/// the predictions. Fold means are unweighted, as Surprise reports them.
/// </remarks>
public static partial class RecommenderEvaluation
{
    /// <summary>Evaluates <paramref name="fit"/> under <see cref="EvaluationOptions.Split"/> (default: per-user stratified 75/25).</summary>
    public static EvaluationResult Run(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options = (options ?? EvaluationOptions.Default).Validate();
        return RunSplits(Splits(data, options), fit, null, options, Describe(options));
    }

    /// <summary>K-fold cross-validation (whatever <see cref="EvaluationOptions.Split"/> says): fits on each training part, evaluates on its fold.</summary>
    public static EvaluationResult CrossValidate(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options = ((options ?? EvaluationOptions.Default) with { Split = SplitMethod.KFold }).Validate();
        return RunSplits(Splits(data, options), fit, null, options, Describe(options));
    }

    /// <summary>Plain-argument cross-validation.</summary>
    public static EvaluationResult CrossValidate(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, int folds, int seed, int topK = 10) =>
        CrossValidate(data, fit, new EvaluationOptions { Folds = folds, Seed = seed, TopK = topK });

    /// <summary>Random holdout: one seeded split with <see cref="EvaluationOptions.TestFraction"/> of the interactions as test.</summary>
    public static EvaluationResult Holdout(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options = ((options ?? EvaluationOptions.Default) with { Split = SplitMethod.Random }).Validate();
        return RunSplits(Splits(data, options), fit, null, options, Describe(options));
    }

    /// <summary>Plain-argument random holdout.</summary>
    public static EvaluationResult Holdout(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, double testFraction, int seed, int topK = 10) =>
        Holdout(data, fit, new EvaluationOptions { TestFraction = testFraction, Seed = seed, TopK = topK });

    /// <summary>
    /// Compares recommender kinds on the same splits, each fitted by <see cref="Recommenders"/>: the ranking metrics come from
    /// <see cref="Recommenders.ForRanking"/>, RMSE and MAE (ratings only) from <see cref="Recommenders.ForRatings"/> when the kind
    /// predicts ratings. One result per kind, in the order given.
    /// </summary>
    public static IReadOnlyList<EvaluationResult> Compare(InteractionMatrix data, IEnumerable<RecommenderKind> kinds, EvaluationOptions? options = null,
        RecommenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options = (options ?? EvaluationOptions.Default).Validate();
        return Compare(Splits(data, options), kinds, options, settings);
    }

    /// <summary>As <see cref="Compare(InteractionMatrix, IEnumerable{RecommenderKind}, EvaluationOptions?, RecommenderSettings?)"/>
    /// on splits made once (by <see cref="Splits"/> with the same <paramref name="options"/>).</summary>
    public static IReadOnlyList<EvaluationResult> Compare(IReadOnlyList<TrainTestSplit> splits, IEnumerable<RecommenderKind> kinds,
        EvaluationOptions? options = null, RecommenderSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(splits);
        ArgumentNullException.ThrowIfNull(kinds);
        Preconditions.CheckOption(splits.Count > 0, "splits", "splits is empty: make them with RecommenderEvaluation.Splits.");
        options = (options ?? EvaluationOptions.Default).Validate();
        settings = (settings ?? RecommenderSettings.Default).Validate();
        bool ratings = splits[0].Train.Kind == FeedbackKind.Explicit;
        string method = Describe(options);
        var results = new List<EvaluationResult>();
        foreach (var kind in kinds)
        {
            Preconditions.CheckDefined(kind, "kinds");
            Func<InteractionMatrix, Recommender>? rating = ratings && kind is not (RecommenderKind.Ease or RecommenderKind.Als)
                ? train => Recommenders.ForRatings(train, kind, settings)!
                : null;
            Func<InteractionMatrix, Recommender> ranking = train => Recommenders.ForRanking(train, kind, settings);
            // Svd ranks by its own predicted ratings: one model serves both.
            results.Add(RunSplits(splits, options.RankingMetrics ? ranking : rating ?? ranking, kind == RecommenderKind.Svd ? null : rating, options, method));
        }

        return results;
    }

    private static EvaluationResult RunSplits(IReadOnlyList<TrainTestSplit> splits, Func<InteractionMatrix, Recommender> fit,
        Func<InteractionMatrix, Recommender>? fitRatings, EvaluationOptions options, string method)
    {
        var folds = new List<EvaluationMetrics>(splits.Count);
        string name = "";
        double fitSeconds = 0, testSeconds = 0;
        foreach (var split in splits)
        {
            var clock = Stopwatch.StartNew();
            var model = fit(split.Train) ?? throw new InvalidOperationException("The fit function returned null.");
            var ratingModel = fitRatings?.Invoke(split.Train);
            fitSeconds += clock.Elapsed.TotalSeconds;
            clock.Restart();
            folds.Add(Evaluate(model, ratingModel, split.Test, options));
            testSeconds += clock.Elapsed.TotalSeconds;
            name = ratingModel is null || ratingModel.Name == model.Name ? model.Name : $"{model.Name}; ratings: {ratingModel.Name}";
        }

        return new EvaluationResult(name, method, folds, EvaluationMetrics.Mean(folds), fitSeconds, testSeconds);
    }

    private static string Describe(EvaluationOptions o) => o.Split switch
    {
        SplitMethod.UserStratified => string.Create(CultureInfo.InvariantCulture, $"per-user stratified {o.TestFraction * 100:0.##}% test (seed {o.Seed})"),
        SplitMethod.LeaveLastOut => "leave-last-out by time",
        SplitMethod.KFold => string.Create(CultureInfo.InvariantCulture, $"{o.Folds}-fold CV (seed {o.Seed})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"random holdout {o.TestFraction * 100:0.##}% (seed {o.Seed})"),
    };
}

using System.Diagnostics;
using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Seeded k-fold cross-validation and holdout evaluation of any <see cref="Recommender"/>: rating accuracy (RMSE, MAE) on
/// every test interaction and top-K ranking quality (see <see cref="RankingMetrics"/>) for every test user.
/// </summary>
/// <remarks>
/// K-fold follows Surprise's <c>KFold(shuffle=True)</c>: the interactions are shuffled once with the seed and cut into
/// consecutive folds, the first n mod k folds one interaction larger. Fold f is the test set of round f; the rest trains.
/// Ranking: for each test user with ≥ 1 relevant test item (rating ≥ threshold, or any implicit interaction), the model's
/// top-K list excluding training items is compared with the relevant test items; users without relevant items are skipped.
/// Fold means are unweighted, as Surprise reports them.
/// </remarks>
public static class RecommenderEvaluation
{
    /// <summary>K-fold cross-validation: fits <paramref name="fit"/> on each training part and evaluates on its fold.</summary>
    public static EvaluationResult CrossValidate(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options = (options ?? EvaluationOptions.Default).Validate();
        var splits = KFold(data, options.Folds, options.Seed);
        return Run(splits, fit, options, string.Create(CultureInfo.InvariantCulture, $"{options.Folds}-fold CV (seed {options.Seed})"));
    }

    /// <summary>Plain-argument cross-validation.</summary>
    public static EvaluationResult CrossValidate(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, int folds, int seed, int topK = 10) =>
        CrossValidate(data, fit, new EvaluationOptions { Folds = folds, Seed = seed, TopK = topK });

    /// <summary>Holdout: one seeded split with <see cref="EvaluationOptions.TestFraction"/> of the interactions as test.</summary>
    public static EvaluationResult Holdout(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        options = (options ?? EvaluationOptions.Default).Validate();
        var split = HoldoutSplit(data, options.TestFraction, options.Seed);
        return Run([split], fit, options, string.Create(CultureInfo.InvariantCulture, $"holdout {options.TestFraction * 100:0.##}% (seed {options.Seed})"));
    }

    /// <summary>Plain-argument holdout.</summary>
    public static EvaluationResult Holdout(InteractionMatrix data, Func<InteractionMatrix, Recommender> fit, double testFraction, int seed, int topK = 10) =>
        Holdout(data, fit, new EvaluationOptions { TestFraction = testFraction, Seed = seed, TopK = topK });

    /// <summary>The k train/test splits of seeded k-fold cross-validation.</summary>
    public static IReadOnlyList<TrainTestSplit> KFold(InteractionMatrix data, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (folds < 2 || folds > data.Count)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"folds = {folds} must be between 2 and the number of interactions ({data.Count}).");
        }

        var perm = SeededShuffle.Permutation(data.Count, seed);
        var splits = new List<TrainTestSplit>(folds);
        int start = 0;
        for (int f = 0; f < folds; f++)
        {
            int size = (data.Count / folds) + (f < data.Count % folds ? 1 : 0);
            var inTest = new bool[data.Count];
            for (int k = start; k < start + size; k++)
            {
                inTest[perm[k]] = true;
            }

            splits.Add(Split(data, inTest));
            start += size;
        }

        return splits;
    }

    /// <summary>One seeded holdout split: ⌈fraction·n⌉ interactions in the test set.</summary>
    public static TrainTestSplit HoldoutSplit(InteractionMatrix data, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new InputDataException(ErrorIds.InvalidOption, string.Create(CultureInfo.InvariantCulture, $"testFraction = {testFraction} must be strictly between 0 and 1."));
        }

        int testSize = (int)Math.Ceiling(testFraction * data.Count);
        if (testSize >= data.Count)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture, $"A {testFraction * 100:0.##}% holdout of {data.Count} interactions leaves nothing to train on."));
        }

        var perm = SeededShuffle.Permutation(data.Count, seed);
        var inTest = new bool[data.Count];
        for (int k = 0; k < testSize; k++)
        {
            inTest[perm[k]] = true;
        }

        return Split(data, inTest);
    }

    /// <summary>Evaluates a fitted model on a test set with the same index spaces as its training data.</summary>
    public static EvaluationMetrics Evaluate(Recommender model, InteractionMatrix test, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(test);
        options = (options ?? EvaluationOptions.Default).Validate();
        if (!ReferenceEquals(model.Data.UserIds, test.UserIds) && !model.Data.UserIds.SequenceEqual(test.UserIds))
        {
            throw new InputDataException(ErrorIds.InvalidOption, "The test set must come from the same InteractionMatrix as the training set (use KFold or HoldoutSplit).");
        }

        var train = model.Data;
        bool isExplicit = train.Kind == FeedbackKind.Explicit;
        int users = test.UserCount;
        var sqErr = new double[users];
        var absErr = new double[users];
        var fallbacks = new int[users];
        var rank = new (double P, double R, double N, double Ap, double Hit)?[users];
        var recommended = new int[users][];
        Parallel.For(0, users, options.Parallel(), model.Rent, (u, _, w) =>
        {
            var items = test.ItemsOfUser(u);
            if (items.Length == 0)
            {
                return w;
            }

            var values = test.ValuesOfUser(u);
            double sq = 0, ab = 0;
            int fb = 0;
            for (int p = 0; p < items.Length; p++)
            {
                var pred = model.PredictCore(u, items[p], w);
                double e = values[p] - pred.Estimate;
                sq += e * e;
                ab += Math.Abs(e);
                fb += pred.Fallback == PredictionFallback.None ? 0 : 1;
            }

            (sqErr[u], absErr[u], fallbacks[u]) = (sq, ab, fb);
            if (!options.RankingMetrics)
            {
                return w;
            }

            int relevant = 0;
            for (int p = 0; p < values.Length; p++)
            {
                relevant += !isExplicit || values[p] >= options.RelevanceThreshold ? 1 : 0;
            }

            if (relevant == 0)
            {
                return w;
            }

            var list = model.RecommendIndices(u, options.TopK, includeSeen: false, w);
            Span<bool> hits = stackalloc bool[list.Count];
            var ids = new int[list.Count];
            for (int j = 0; j < list.Count; j++)
            {
                ids[j] = list[j].Item;
                int p = items.BinarySearch(list[j].Item);
                hits[j] = p >= 0 && (!isExplicit || values[p] >= options.RelevanceThreshold);
            }

            rank[u] = RankingMetrics.FromHits(hits, relevant, options.TopK);
            recommended[u] = ids;
            return w;
        }, model.Return);

        // Reduce in user order: identical sums for any thread count.
        double sumSq = 0, sumAbs = 0;
        int fallbackCount = 0, evaluated = 0;
        double sp = 0, sr = 0, sn = 0, sap = 0, sh = 0;
        var covered = new bool[train.ItemCount];
        int coveredCount = 0;
        for (int u = 0; u < users; u++)
        {
            sumSq += sqErr[u];
            sumAbs += absErr[u];
            fallbackCount += fallbacks[u];
            if (rank[u] is { } m)
            {
                evaluated++;
                (sp, sr, sn, sap, sh) = (sp + m.P, sr + m.R, sn + m.N, sap + m.Ap, sh + m.Hit);
                foreach (int i in recommended[u])
                {
                    coveredCount += covered[i] ? 0 : 1;
                    covered[i] = true;
                }
            }
        }

        int n = test.Count;
        double? Mean(double s) => evaluated == 0 ? null : s / evaluated;
        return new EvaluationMetrics(
            isExplicit && n > 0 ? Math.Sqrt(sumSq / n) : null, isExplicit && n > 0 ? sumAbs / n : null, n, fallbackCount, options.TopK,
            Mean(sp), Mean(sr), Mean(sn), Mean(sap), Mean(sh), evaluated == 0 ? null : (double)coveredCount / train.ItemCount, evaluated);
    }

    private static EvaluationResult Run(IReadOnlyList<TrainTestSplit> splits, Func<InteractionMatrix, Recommender> fit, EvaluationOptions options, string method)
    {
        var folds = new List<EvaluationMetrics>(splits.Count);
        string name = "";
        double fitSeconds = 0, testSeconds = 0;
        foreach (var split in splits)
        {
            var clock = Stopwatch.StartNew();
            var model = fit(split.Train) ?? throw new InvalidOperationException("The fit function returned null.");
            fitSeconds += clock.Elapsed.TotalSeconds;
            clock.Restart();
            folds.Add(Evaluate(model, split.Test, options));
            testSeconds += clock.Elapsed.TotalSeconds;
            name = model.Name;
        }

        return new EvaluationResult(name, method, folds, EvaluationMetrics.Mean(folds), fitSeconds, testSeconds);
    }

    private static TrainTestSplit Split(InteractionMatrix data, bool[] inTest)
    {
        var inTrain = new bool[inTest.Length];
        for (int k = 0; k < inTest.Length; k++)
        {
            inTrain[k] = !inTest[k];
        }

        return new TrainTestSplit(data.Subset(inTrain), data.Subset(inTest));
    }
}

namespace EcomAI.Core.Recommendation;

public static partial class RecommenderEvaluation
{
    /// <summary>Evaluates a fitted model on a test set with the same id spaces as its training data (from <see cref="Splits"/>).</summary>
    public static EvaluationMetrics Evaluate(Recommender model, InteractionMatrix test, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Evaluate(model, null, test, (options ?? EvaluationOptions.Default).Validate());
    }

    /// <summary>
    /// Ranking metrics from <paramref name="ranking"/>; RMSE and MAE from <paramref name="rating"/> (or from
    /// <paramref name="ranking"/> when it predicts ratings). Per-user sums are reduced in user order: identical for any thread count.
    /// </summary>
    internal static EvaluationMetrics Evaluate(Recommender ranking, Recommender? rating, InteractionMatrix test, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(test);
        CheckSameIds(ranking, test);
        rating ??= ranking.PredictsRatings ? ranking : null;
        if (rating is not null)
        {
            CheckSameIds(rating, test);
        }

        bool isExplicit = test.Kind == FeedbackKind.Explicit;
        double threshold = options.ThresholdFor(test.Scale);
        int users = test.UserCount;
        var sqErr = new double[users];
        var absErr = new double[users];
        var fallbacks = new int[users];
        var rank = new RankingScore?[users];
        var recommended = new int[users][];
        var ratingWorkspaces = new System.Collections.Concurrent.ConcurrentBag<Workspace>();
        Parallel.For(0, users, options.Parallel(), ranking.Rent, (u, _, w) =>
        {
            var items = test.ItemsOfUser(u);
            if (items.Length == 0)
            {
                return w;
            }

            var values = test.ValuesOfUser(u);
            if (rating is not null)
            {
                var rw = ratingWorkspaces.TryTake(out var x) ? x : rating.Rent();
                double sq = 0, ab = 0;
                int fb = 0;
                for (int p = 0; p < items.Length; p++)
                {
                    var pred = rating.PredictCore(u, items[p], rw);
                    double e = values[p] - pred.Estimate;
                    sq += e * e;
                    ab += Math.Abs(e);
                    fb += pred.Fallback == PredictionFallback.None ? 0 : 1;
                }

                ratingWorkspaces.Add(rw);
                (sqErr[u], absErr[u], fallbacks[u]) = (sq, ab, fb);
            }

            if (!options.RankingMetrics || ranking.Data.UserInteractionCount(u) == 0)
            {
                return w;
            }

            int relevant = 0;
            for (int p = 0; p < values.Length; p++)
            {
                relevant += !isExplicit || values[p] >= threshold ? 1 : 0;
            }

            if (relevant == 0)
            {
                return w;
            }

            var list = ranking.RecommendIndices(u, options.TopK, Selection.Default, w);
            Span<bool> hits = stackalloc bool[list.Count];
            var ids = new int[list.Count];
            for (int j = 0; j < list.Count; j++)
            {
                ids[j] = list[j].Item;
                int p = items.BinarySearch(list[j].Item);
                hits[j] = p >= 0 && (!isExplicit || values[p] >= threshold);
            }

            rank[u] = RankingMetrics.FromHits(hits, relevant, options.TopK);
            recommended[u] = ids;
            return w;
        }, ranking.Return);

        return Reduce(ranking.Data, test, rating is not null, options.TopK, sqErr, absErr, fallbacks, rank, recommended);
    }

    private static EvaluationMetrics Reduce(InteractionMatrix train, InteractionMatrix test, bool ratings, int k, double[] sqErr, double[] absErr,
        int[] fallbacks, RankingScore?[] rank, int[][] recommended)
    {
        double sumSq = 0, sumAbs = 0, sp = 0, sr = 0, sn = 0, sapk = 0, sap = 0, sh = 0, novelty = 0;
        int fallbackCount = 0, evaluated = 0, listed = 0;
        var covered = new bool[train.ItemCount];
        int coveredCount = 0;
        double total = train.Count;
        for (int u = 0; u < test.UserCount; u++)
        {
            sumSq += sqErr[u];
            sumAbs += absErr[u];
            fallbackCount += fallbacks[u];
            if (rank[u] is { } m)
            {
                evaluated++;
                (sp, sr, sn, sapk, sap, sh) = (sp + m.Precision, sr + m.Recall, sn + m.Ndcg, sapk + m.AveragePrecisionAtK, sap + m.AveragePrecision, sh + m.Hit);
                foreach (int i in recommended[u])
                {
                    coveredCount += covered[i] ? 0 : 1;
                    covered[i] = true;
                    novelty -= Math.Log2(train.ItemInteractionCount(i) / total);
                    listed++;
                }
            }
        }

        int catalogue = 0;
        for (int i = 0; i < train.ItemCount; i++)
        {
            catalogue += train.ItemInteractionCount(i) > 0 ? 1 : 0;
        }

        int n = test.Count;
        double? Mean(double s) => evaluated == 0 ? null : s / evaluated;
        return new EvaluationMetrics(
            ratings && n > 0 ? Math.Sqrt(sumSq / n) : null, ratings && n > 0 ? sumAbs / n : null, ratings ? n : 0, fallbackCount, k,
            Mean(sp), Mean(sr), Mean(sn), Mean(sapk), Mean(sap), Mean(sh),
            evaluated == 0 ? null : (double)coveredCount / catalogue, listed == 0 ? null : novelty / listed, evaluated);
    }

    private static void CheckSameIds(Recommender model, InteractionMatrix test)
    {
        if (!ReferenceEquals(model.Data.UserIds, test.UserIds) && !model.Data.UserIds.SequenceEqual(test.UserIds))
        {
            throw Preconditions.InvalidOption("test",
                "The test set must come from the same InteractionMatrix as the training set (use RecommenderEvaluation.Splits, KFold or StratifiedSplit).");
        }
    }
}

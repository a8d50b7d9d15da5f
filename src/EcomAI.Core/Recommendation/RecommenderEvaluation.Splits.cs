using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Randomness;

namespace EcomAI.Core.Recommendation;

public static partial class RecommenderEvaluation
{
    /// <summary>The train/test splits <see cref="EvaluationOptions.Split"/> describes (k for k-fold, else one).</summary>
    public static IReadOnlyList<TrainTestSplit> Splits(InteractionMatrix data, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options = (options ?? EvaluationOptions.Default).Validate();
        return options.Split switch
        {
            SplitMethod.UserStratified => [StratifiedSplit(data, options.TestFraction, options.Seed)],
            SplitMethod.LeaveLastOut => [LeaveLastOut(data)],
            SplitMethod.KFold => KFold(data, options.Folds, options.Seed),
            _ => [HoldoutSplit(data, options.TestFraction, options.Seed)],
        };
    }

    /// <summary>
    /// Per-user stratified split as Microsoft Recommenders' <c>python_stratified_split(ratio = 1 − testFraction)</c>: every
    /// interaction gets a seeded uniform key; within each user, in key order, the interaction at rank j of n trains when
    /// j/n ≤ 1 − testFraction, the rest is test. A user with a single interaction is all test.
    /// </summary>
    public static TrainTestSplit StratifiedSplit(InteractionMatrix data, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckFraction(testFraction);
        var rng = SeededRandom.Create(seed);
        var keys = new double[data.Count];
        for (int k = 0; k < keys.Length; k++)
        {
            keys[k] = rng.NextDouble();
        }

        double ratio = 1 - testFraction;
        var inTest = new bool[data.Count];
        var order = new int[data.UserCount == 0 ? 0 : Enumerable.Range(0, data.UserCount).Max(data.UserInteractionCount)];
        for (int u = 0; u < data.UserCount; u++)
        {
            int start = data.UserOffsets[u], n = data.UserOffsets[u + 1] - start;
            var span = order.AsSpan(0, n);
            for (int k = 0; k < n; k++)
            {
                span[k] = start + k;
            }

            span.Sort((a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
            for (int rank = 1; rank <= n; rank++)
            {
                inTest[span[rank - 1]] = (double)rank / n > ratio;
            }
        }

        return Split(data, inTest);
    }

    /// <summary>
    /// Leave-last-out by time: for every user with at least two interactions, the latest one (ties: the ordinally larger item
    /// id) is the test set; everything else trains.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/> when the data have no timestamps.</exception>
    public static TrainTestSplit LeaveLastOut(InteractionMatrix data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var times = data.UserTimes ?? throw Preconditions.InvalidOption("Split",
            "Split = LeaveLastOut holds out each user's latest interaction: the data need a timestamp for every interaction. Use UserStratified otherwise.");
        var inTest = new bool[data.Count];
        for (int u = 0; u < data.UserCount; u++)
        {
            int start = data.UserOffsets[u], end = data.UserOffsets[u + 1];
            if (end - start < 2)
            {
                continue;
            }

            int last = start;
            for (int p = start + 1; p < end; p++)
            {
                // Items ascend within a row, so ">=" keeps the larger item among equal times.
                if (times[p] >= times[last])
                {
                    last = p;
                }
            }

            inTest[last] = true;
        }

        return Split(data, inTest);
    }

    /// <summary>The k train/test splits of seeded k-fold cross-validation (Surprise's <c>KFold(shuffle=True)</c>: one seeded
    /// permutation cut into consecutive folds, the first n mod k folds one interaction larger).</summary>
    public static IReadOnlyList<TrainTestSplit> KFold(InteractionMatrix data, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckOption(folds >= 2 && folds <= data.Count, "Folds",
            string.Create(CultureInfo.InvariantCulture, $"folds = {folds} must be between 2 and the number of interactions ({data.Count})."));
        var perm = SeededRandom.Permutation(data.Count, SeededRandom.Create(seed));
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

    /// <summary>One seeded random holdout: ⌈fraction·n⌉ interactions in the test set.</summary>
    public static TrainTestSplit HoldoutSplit(InteractionMatrix data, double testFraction, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckFraction(testFraction);
        int testSize = (int)Math.Ceiling(testFraction * data.Count);
        if (testSize >= data.Count)
        {
            throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                $"A {testFraction * 100:0.##}% holdout of {data.Count} interactions leaves nothing to train on."));
        }

        var perm = SeededRandom.Permutation(data.Count, SeededRandom.Create(seed));
        var inTest = new bool[data.Count];
        for (int k = 0; k < testSize; k++)
        {
            inTest[perm[k]] = true;
        }

        return Split(data, inTest);
    }

    private static void CheckFraction(double testFraction) =>
        Preconditions.CheckOption(testFraction > 0 && testFraction < 1, "TestFraction",
            string.Create(CultureInfo.InvariantCulture, $"testFraction = {testFraction} must be strictly between 0 and 1."));

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

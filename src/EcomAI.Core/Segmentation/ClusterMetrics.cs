using EcomAI.Core.Data;
using EcomAI.Core.Randomness;

namespace EcomAI.Core.Segmentation;

/// <summary>Internal and external cluster-validity indices, computed as scikit-learn 1.2's <c>sklearn.metrics</c> defines them.</summary>
/// <remarks>
/// Silhouette of point i: s(i) = (b − a) / max(a, b), a = mean distance to the other members of its cluster,
/// b = lowest mean distance to the members of another cluster; s = 0 for members of one-point clusters (and when
/// a = b = 0). The score is the mean of s(i). Calinski–Harabasz = [Σ_k n_k ‖μ_k − μ‖² / (K − 1)] /
/// [Σ_k Σ_{i∈k} ‖x_i − μ_k‖² / (n − K)] (1 when the within term is 0). Davies–Bouldin = (1/K) Σ_k max_{j≠k}
/// (S_k + S_j) / ‖μ_k − μ_j‖, S_k = mean distance of cluster k's members to μ_k (0 when all S or all centroid
/// distances are within 1e-8 of 0, numpy.allclose). Distances are Euclidean; all sums are in a fixed order, so results do not depend on threads.
/// </remarks>
public static class ClusterMetrics
{
    /// <summary>Mean silhouette over all rows (exact, O(n² d)).</summary>
    public static double Silhouette(double[,] points, IReadOnlyList<int> labels, int? maxDegreeOfParallelism = null) =>
        Silhouette(new FeatureMatrix(points), labels, maxDegreeOfParallelism);

    /// <summary>Mean silhouette over all rows (exact, O(n² d)).</summary>
    public static double Silhouette(FeatureMatrix points, IReadOnlyList<int> labels, int? maxDegreeOfParallelism = null)
    {
        var (codes, k) = Encode(points, labels);
        return SilhouetteOf(points, codes, k, Enumerable.Range(0, points.Rows).ToArray(), maxDegreeOfParallelism);
    }

    /// <summary>Mean silhouette of a seeded random subset of <paramref name="sampleSize"/> rows (as scikit-learn's <c>sample_size</c>).</summary>
    public static double SilhouetteSample(FeatureMatrix points, IReadOnlyList<int> labels, int sampleSize, int seed, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        Preconditions.CheckOption(sampleSize >= 2 && sampleSize <= points.Rows, nameof(sampleSize),
            $"{nameof(sampleSize)} = {sampleSize} must be between 2 and the number of rows ({points.Rows}).");

        var (codes, _) = Encode(points, labels);
        var index = Enumerable.Range(0, points.Rows).ToArray();
        var random = SeededRandom.Create(seed);
        for (int i = 0; i < sampleSize; i++)
        {
            int j = i + random.Next(points.Rows - i);
            (index[i], index[j]) = (index[j], index[i]);
        }

        var chosen = index[..sampleSize];
        Array.Sort(chosen);
        var sub = chosen.Select(i => codes[i]).ToArray();
        var (subCodes, subK) = Recode(sub);
        if (subK < 2 || subK > sampleSize - 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"The silhouette sample of {sampleSize} rows holds {subK} cluster(s); it needs 2 to {sampleSize - 1}. Use a larger sample.");
        }

        return SilhouetteOf(points, subCodes, subK, chosen, maxDegreeOfParallelism);
    }

    /// <summary>Calinski–Harabasz index (variance ratio criterion); higher is better.</summary>
    public static double CalinskiHarabasz(double[,] points, IReadOnlyList<int> labels) => CalinskiHarabasz(new FeatureMatrix(points), labels);

    /// <summary>Calinski–Harabasz index (variance ratio criterion); higher is better.</summary>
    public static double CalinskiHarabasz(FeatureMatrix points, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(points, labels);
        int n = points.Rows, d = points.Columns;
        var (means, counts) = Centroids(points, codes, k);
        var overall = new double[d];
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < d; f++)
            {
                overall[f] += points[i, f];
            }
        }

        for (int f = 0; f < d; f++)
        {
            overall[f] /= n;
        }

        double extra = 0, intra = 0;
        for (int c = 0; c < k; c++)
        {
            extra += counts[c] * Distances.Squared(means.AsSpan(c * d, d), overall);
        }

        for (int i = 0; i < n; i++)
        {
            intra += Distances.Squared(points.Row(i), means.AsSpan(codes[i] * d, d));
        }

        return intra == 0 ? 1.0 : extra * (n - k) / (intra * (k - 1.0));
    }

    /// <summary>Davies–Bouldin index; lower is better.</summary>
    public static double DaviesBouldin(double[,] points, IReadOnlyList<int> labels) => DaviesBouldin(new FeatureMatrix(points), labels);

    /// <summary>Davies–Bouldin index; lower is better.</summary>
    public static double DaviesBouldin(FeatureMatrix points, IReadOnlyList<int> labels)
    {
        var (codes, k) = Encode(points, labels);
        int n = points.Rows, d = points.Columns;
        var (means, counts) = Centroids(points, codes, k);
        var spread = new double[k];
        for (int i = 0; i < n; i++)
        {
            spread[codes[i]] += Math.Sqrt(Distances.Squared(points.Row(i), means.AsSpan(codes[i] * d, d)));
        }

        for (int c = 0; c < k; c++)
        {
            spread[c] /= counts[c];
        }

        var between = new double[k, k];
        bool allBetweenZero = true;
        for (int a = 0; a < k; a++)
        {
            for (int b = 0; b < k; b++)
            {
                between[a, b] = Math.Sqrt(Distances.Squared(means.AsSpan(a * d, d), means.AsSpan(b * d, d)));
                allBetweenZero &= between[a, b] <= 1e-8;
            }
        }

        // numpy.allclose(x, 0) as scikit-learn: |x| ≤ 1e-8.
        if (spread.All(s => s <= 1e-8) || allBetweenZero)
        {
            return 0.0;
        }

        double total = 0;
        for (int a = 0; a < k; a++)
        {
            double worst = 0;
            for (int b = 0; b < k; b++)
            {
                if (b != a && between[a, b] > 0)
                {
                    worst = Math.Max(worst, (spread[a] + spread[b]) / between[a, b]);
                }
            }

            total += worst;
        }

        return total / k;
    }

    /// <summary>
    /// Adjusted Rand index between two labellings of the same items (Hubert and Arabie 1985):
    /// ARI = (Σ_ij C(n_ij,2) − E) / (½[Σ_i C(a_i,2) + Σ_j C(b_j,2)] − E), E = Σ_i C(a_i,2) Σ_j C(b_j,2) / C(n,2);
    /// 1 for identical partitions (up to renaming), about 0 for random ones. Defined as 1 when the denominator is 0
    /// (both labellings put everything in one cluster, or every item in its own).
    /// </summary>
    public static double AdjustedRandIndex(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"The labellings have {truth.Count} and {predicted.Count} items; they must label the same items.");
        }

        if (truth.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "The labellings are empty.");
        }

        var (a, ka) = Recode(truth);
        var (b, kb) = Recode(predicted);
        var table = new long[ka, kb];
        var rows = new long[ka];
        var cols = new long[kb];
        for (int i = 0; i < a.Length; i++)
        {
            table[a[i], b[i]]++;
            rows[a[i]]++;
            cols[b[i]]++;
        }

        static double Pairs(long m) => m * (m - 1) / 2.0;
        double index = 0;
        foreach (long m in table)
        {
            index += Pairs(m);
        }

        double sumRows = rows.Sum(Pairs), sumCols = cols.Sum(Pairs);
        double expected = sumRows * sumCols / Pairs(a.Length);
        double max = (sumRows + sumCols) / 2;
        return max == expected ? 1.0 : (index - expected) / (max - expected);
    }

    private static double SilhouetteOf(FeatureMatrix points, int[] codes, int k, int[] rows, int? threads)
    {
        // Rows are regrouped by cluster into column-major arrays so that each point's distance sums to one
        // cluster are one contiguous SIMD loop (O(n² d) but about W times fewer instructions, W = Vector<double>.Count).
        // Each point's sums are computed independently in a fixed order, so the result does not depend on threads.
        int m = rows.Length, d = points.Columns;
        var counts = new int[k];
        foreach (int c in codes)
        {
            counts[c]++;
        }

        var start = new int[k + 1];
        for (int c = 0; c < k; c++)
        {
            start[c + 1] = start[c] + counts[c];
        }

        var next = (int[])start.Clone();
        var position = new int[m];
        var columns = new double[d][];
        for (int f = 0; f < d; f++)
        {
            columns[f] = new double[m];
        }

        for (int t = 0; t < m; t++)
        {
            int p = next[codes[t]]++;
            position[t] = p;
            for (int f = 0; f < d; f++)
            {
                columns[f][p] = points[rows[t], f];
            }
        }

        var s = new double[m];
        Parallel.For(0, (m + 255) / 256, new ParallelOptions { MaxDegreeOfParallelism = threads ?? -1 }, block =>
        {
            var sums = new double[k];
            var xi = new double[d];
            for (int t = block * 256; t < Math.Min(m, (block + 1) * 256); t++)
            {
                int own = codes[t];
                if (counts[own] == 1)
                {
                    s[t] = 0;
                    continue;
                }

                for (int f = 0; f < d; f++)
                {
                    xi[f] = columns[f][position[t]];
                }

                for (int c = 0; c < k; c++)
                {
                    sums[c] = DistanceSum(columns, xi, start[c], start[c + 1]);
                }

                double a = sums[own] / (counts[own] - 1);
                double b = double.PositiveInfinity;
                for (int c = 0; c < k; c++)
                {
                    if (c != own)
                    {
                        b = Math.Min(b, sums[c] / counts[c]);
                    }
                }

                double denominator = Math.Max(a, b);
                s[t] = denominator == 0 ? 0 : (b - a) / denominator;
            }
        });
        double total = 0;
        foreach (double v in s)
        {
            total += v;
        }

        return total / m;
    }

    /// <summary>Σ over u in [from, to) of the Euclidean distance from <paramref name="x"/> to column-major point u.</summary>
    private static double DistanceSum(double[][] columns, double[] x, int from, int to)
    {
        int width = System.Numerics.Vector<double>.Count;
        int d = columns.Length;
        var acc = System.Numerics.Vector<double>.Zero;
        int u = from;
        for (; u <= to - width; u += width)
        {
            var squared = System.Numerics.Vector<double>.Zero;
            for (int f = 0; f < d; f++)
            {
                var diff = new System.Numerics.Vector<double>(columns[f], u) - new System.Numerics.Vector<double>(x[f]);
                squared += diff * diff;
            }

            acc += System.Numerics.Vector.SquareRoot(squared);
        }

        double sum = System.Numerics.Vector.Sum(acc);
        for (; u < to; u++)
        {
            double squared = 0;
            for (int f = 0; f < d; f++)
            {
                double diff = columns[f][u] - x[f];
                squared += diff * diff;
            }

            sum += Math.Sqrt(squared);
        }

        return sum;
    }

    private static (double[] Means, int[] Counts) Centroids(FeatureMatrix points, int[] codes, int k)
    {
        int d = points.Columns;
        var means = new double[k * d];
        var counts = new int[k];
        for (int i = 0; i < points.Rows; i++)
        {
            counts[codes[i]]++;
            for (int f = 0; f < d; f++)
            {
                means[(codes[i] * d) + f] += points[i, f];
            }
        }

        for (int c = 0; c < k; c++)
        {
            for (int f = 0; f < d; f++)
            {
                means[(c * d) + f] /= counts[c];
            }
        }

        return (means, counts);
    }

    /// <summary>Validates points and labels and maps labels to 0..K−1 in ascending label order.</summary>
    private static (int[] Codes, int K) Encode(FeatureMatrix points, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(labels);
        if (points.Rows == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "The data has no rows; cluster metrics need at least 3 points.");
        }

        if (labels.Count != points.Rows)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"There are {labels.Count} labels for {points.Rows} rows; give one label per row.");
        }

        points.RequireFinite("data");
        var (codes, k) = Recode(labels);
        if (k < 2 || k > points.Rows - 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"The labels form {k} cluster(s) over {points.Rows} rows; these metrics need 2 to {points.Rows - 1} clusters (n − 1).");
        }

        return (codes, k);
    }

    private static (int[] Codes, int K) Recode(IReadOnlyList<int> labels)
    {
        var distinct = labels.Distinct().Order().ToArray();
        var map = new Dictionary<int, int>(distinct.Length);
        for (int i = 0; i < distinct.Length; i++)
        {
            map[distinct[i]] = i;
        }

        return (labels.Select(l => map[l]).ToArray(), distinct.Length);
    }
}

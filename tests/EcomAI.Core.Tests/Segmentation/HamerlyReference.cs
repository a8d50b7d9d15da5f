namespace EcomAI.Core.Tests.Segmentation;

/// <summary>
/// A plain, scalar K-means with Hamerly's bounds, written from Hamerly (2010, "Making k-means even faster", Algorithm 2)
/// and the engine's documented rules, to count distance evaluations independently of the engine (no chunks, no running
/// sums, no vector kernels): the first pass computes all K distances of every point; later passes update
/// u += move(a), l −= largest move of another centre, and compute all K distances only when u is not below
/// max(l, s_a / 2) minus the documented slack (relative 1e-10 plus 1e-11 · √(Σ feature variances)). Centres are
/// fresh member means; the run stops when no label changes or Σ‖Δc‖² ≤ tolerance, then (unless no label changed)
/// assigns once more.
/// </summary>
internal static class HamerlyReference
{
    /// <summary>Runs from <paramref name="initial"/> (K × d); returns the labels, the iterations and the distance count.</summary>
    internal static (int[] Labels, int Iterations, long Evaluations) Run(double[,] x, double[,] initial, double relativeTolerance, int maxIterations = 300)
    {
        int n = x.GetLength(0), d = x.GetLength(1), k = initial.GetLength(0);
        var variances = new double[d];
        for (int f = 0; f < d; f++)
        {
            double mean = 0;
            for (int i = 0; i < n; i++)
            {
                mean += x[i, f];
            }

            mean /= n;
            for (int i = 0; i < n; i++)
            {
                variances[f] += (x[i, f] - mean) * (x[i, f] - mean);
            }

            variances[f] /= n;
        }

        double margin = 1e-11 * Math.Sqrt(variances.Sum() + 1e-300);
        double tolerance = variances.Average() * relativeTolerance;
        var centres = (double[,])initial.Clone();
        var labels = Enumerable.Repeat(-1, n).ToArray();
        var upper = new double[n];
        var lower = new double[n];
        var move = new double[k];
        long evaluations = 0;
        int iteration;
        bool strict = false;
        for (iteration = 0; iteration < maxIterations; iteration++)
        {
            int changed = Assign(x, centres, labels, upper, lower, move, iteration == 0, margin, ref evaluations);
            var next = Means(x, labels, k);
            double shift = 0;
            for (int j = 0; j < k; j++)
            {
                double squared = 0;
                for (int f = 0; f < d; f++)
                {
                    squared += (next[j, f] - centres[j, f]) * (next[j, f] - centres[j, f]);
                }

                move[j] = Math.Sqrt(squared);
                shift += squared;
            }

            centres = next;
            if (changed == 0)
            {
                strict = true;
                break;
            }

            if (shift <= tolerance)
            {
                break;
            }
        }

        if (!strict)
        {
            Assign(x, centres, labels, upper, lower, move, false, margin, ref evaluations);
        }

        return (labels, Math.Min(iteration + 1, maxIterations), evaluations);
    }

    private static int Assign(double[,] x, double[,] centres, int[] labels, double[] upper, double[] lower, double[] move, bool first,
        double margin, ref long evaluations)
    {
        int n = x.GetLength(0), k = centres.GetLength(0);
        var half = new double[k];
        for (int j = 0; j < k; j++)
        {
            double nearest = double.PositiveInfinity;
            for (int other = 0; other < k; other++)
            {
                if (other != j)
                {
                    nearest = Math.Min(nearest, Squared(centres, j, centres, other));
                }
            }

            half[j] = 0.5 * Math.Sqrt(nearest);
        }

        int changed = 0;
        for (int i = 0; i < n; i++)
        {
            int a = labels[i];
            if (!first)
            {
                double largestOther = 0;
                for (int j = 0; j < k; j++)
                {
                    if (j != a)
                    {
                        largestOther = Math.Max(largestOther, move[j]);
                    }
                }

                upper[i] += move[a];
                lower[i] -= largestOther;
                double m = Math.Max(half[a], lower[i]);
                if (upper[i] < m - ((m * 1e-10) + margin))
                {
                    continue;
                }
            }

            evaluations += k;
            int best = 0;
            double bestDistance = Squared(x, i, centres, 0), secondDistance = double.PositiveInfinity;
            for (int j = 1; j < k; j++)
            {
                double distance = Squared(x, i, centres, j);
                if (distance < bestDistance)
                {
                    (secondDistance, bestDistance, best) = (bestDistance, distance, j);
                }
                else if (distance < secondDistance)
                {
                    secondDistance = distance;
                }
            }

            upper[i] = Math.Sqrt(bestDistance);
            lower[i] = Math.Sqrt(secondDistance);
            if (best != a)
            {
                labels[i] = best;
                changed++;
            }
        }

        return changed;
    }

    private static double[,] Means(double[,] x, int[] labels, int k)
    {
        int d = x.GetLength(1);
        var sums = new double[k, d];
        var counts = new int[k];
        for (int i = 0; i < labels.Length; i++)
        {
            counts[labels[i]]++;
            for (int f = 0; f < d; f++)
            {
                sums[labels[i], f] += x[i, f];
            }
        }

        for (int j = 0; j < k; j++)
        {
            // The reference does not re-seed empty clusters: the tests choose data where none empties.
            Assert.True(counts[j] > 0, $"cluster {j} emptied; choose other test data");
            for (int f = 0; f < d; f++)
            {
                sums[j, f] /= counts[j];
            }
        }

        return sums;
    }

    private static double Squared(double[,] a, int i, double[,] b, int j)
    {
        double sum = 0;
        for (int f = 0; f < a.GetLength(1); f++)
        {
            double diff = a[i, f] - b[j, f];
            sum += diff * diff;
        }

        return sum;
    }
}

using System.Runtime.Intrinsics;

namespace EcomAI.Core.Segmentation;

/// <summary>Greedy k-means++ seeding.</summary>
internal sealed partial class KMeansEngine
{
    /// <summary>
    /// Greedy k-means++ (Arthur and Vassilvitskii 2007; scikit-learn's <c>_kmeans_plusplus</c>): the first centre is a
    /// random point (drawn by weight when weights are given); each next centre is the best of 2 + ⌊ln K⌋ candidates
    /// drawn with probability ∝ w·D(x)², "best" meaning the lowest resulting potential Σ w·min(D², d(x, candidate)²).
    /// </summary>
    /// <returns>K × d centres, row-major.</returns>
    internal double[] SeedPlusPlus(Random random)
    {
        var x = _x.Span;
        var centres = new double[_k * _d];
        int trials = 2 + (int)Math.Log(_k);
        double[] closest = _upper; // reused: the bounds are rebuilt by the first E-step
        int firstIndex = _w is null ? random.Next(_n) : DrawByWeight(random);
        x.Slice(firstIndex * _d, _d).CopyTo(centres.AsSpan(0, _d));

        // D² to the first centre, with per-chunk weighted sums (potential) reduced in chunk order.
        var first = centres.AsSpan(0, _d).ToArray();
        Parallel.For(0, _chunks, _parallel, c =>
        {
            var (lo, hi) = ChunkRange(c);
            var xs = _x.Span;
            double sum = 0;
            for (int i = lo; i < hi; i++)
            {
                double dd = Distances.Squared(xs.Slice(i * _d, _d), first);
                closest[i] = dd;
                sum += Weight(i) * dd;
            }

            _chunkScalar[c * trials] = sum;
        });
        var chunkPotential = new double[_chunks];
        for (int c = 0; c < _chunks; c++)
        {
            chunkPotential[c] = _chunkScalar[c * trials];
        }

        double potential = chunkPotential.Sum();
        var candidates = new int[trials];
        var candidateRows = new double[trials * _d];
        var pots = new double[trials];
        int trialsPadded = Distances.Padded(trials);
        var candidatesT = new double[_d * trialsPadded];
        for (int centre = 1; centre < _k; centre++)
        {
            if (!(potential > 0))
            {
                throw TooFewDistinct(centre);
            }

            for (int t = 0; t < trials; t++)
            {
                candidates[t] = SearchCumulative(closest, chunkPotential, random.NextDouble() * potential);
                x.Slice(candidates[t] * _d, _d).CopyTo(candidateRows.AsSpan(t * _d, _d));
            }

            // Potential if each candidate were added, per chunk. The candidates are laid out like centres
            // (transposed, one SIMD lane each) so one pass computes all their distances at once.
            Distances.Transpose(candidateRows, trials, _d, trialsPadded, candidatesT);
            Parallel.For(0, _chunks, _parallel, c =>
            {
                var (lo, hi) = ChunkRange(c);
                var xs = _x.Span;
                Span<double> sums = stackalloc double[trials];
                Span<double> dist = stackalloc double[trialsPadded];
                if (trialsPadded == Vector256<double>.Count)
                {
                    // All trials in one register: the same multiply and add per lane in the same row order as the
                    // loop below (bit-identical sums), without its per-trial Math.Min and stack round trips. Padding
                    // lanes see +∞ distances, so min keeps D² there and their sums are ignored.
                    var acc = Vector256<double>.Zero;
                    for (int i = lo; i < hi; i++)
                    {
                        Distances.ToAll(xs.Slice(i * _d, _d), candidatesT, trialsPadded, dist);
                        var nearer = Vector256.MinNative(Vector256.Create(closest[i]), Vector256.Create((ReadOnlySpan<double>)dist));
                        acc += Vector256.Create(Weight(i)) * nearer;
                    }

                    for (int t = 0; t < trials; t++)
                    {
                        _chunkScalar[(c * trials) + t] = acc.GetElement(t);
                    }

                    return;
                }

                for (int i = lo; i < hi; i++)
                {
                    Distances.ToAll(xs.Slice(i * _d, _d), candidatesT, trialsPadded, dist);
                    double w = Weight(i);
                    double current = closest[i];
                    for (int t = 0; t < trials; t++)
                    {
                        sums[t] += w * Math.Min(current, dist[t]);
                    }
                }

                sums.CopyTo(_chunkScalar.AsSpan(c * trials, trials));
            });
            Array.Clear(pots);
            for (int c = 0; c < _chunks; c++)
            {
                for (int t = 0; t < trials; t++)
                {
                    pots[t] += _chunkScalar[(c * trials) + t];
                }
            }

            int bestTrial = 0;
            for (int t = 1; t < trials; t++)
            {
                if (pots[t] < pots[bestTrial])
                {
                    bestTrial = t;
                }
            }

            potential = pots[bestTrial];
            for (int c = 0; c < _chunks; c++)
            {
                chunkPotential[c] = _chunkScalar[(c * trials) + bestTrial];
            }

            var chosen = candidateRows.AsSpan(bestTrial * _d, _d).ToArray();
            chosen.CopyTo(centres.AsSpan(centre * _d, _d));
            Parallel.For(0, _chunks, _parallel, c =>
            {
                var (lo, hi) = ChunkRange(c);
                var xs = _x.Span;
                for (int i = lo; i < hi; i++)
                {
                    // MinNative: no NaN or −0 here, and Math.Min's handling of them costs extra instructions.
                    closest[i] = double.MinNative(closest[i], Distances.Squared(xs.Slice(i * _d, _d), chosen));
                }
            });
        }

        return centres;
    }

    /// <summary>First index whose running sum of w·D² reaches <paramref name="target"/> (numpy searchsorted 'left'), clipped to the last row.</summary>
    private int SearchCumulative(double[] closest, double[] chunkPotential, double target)
    {
        double running = 0;
        for (int c = 0; c < _chunks; c++)
        {
            if (running + chunkPotential[c] < target && c < _chunks - 1)
            {
                running += chunkPotential[c];
                continue;
            }

            var (lo, hi) = ChunkRange(c);
            for (int i = lo; i < hi; i++)
            {
                running += Weight(i) * closest[i];
                if (running >= target && Weight(i) * closest[i] > 0)
                {
                    return i;
                }
            }

            // Rounding left the target just above this chunk's running sum: take its last point with mass.
            for (int i = hi - 1; i >= lo; i--)
            {
                if (Weight(i) * closest[i] > 0)
                {
                    return i;
                }
            }
        }

        return _n - 1;
    }

    private int DrawByWeight(Random random)
    {
        double total = 0;
        for (int i = 0; i < _n; i++)
        {
            total += _w![i];
        }

        double target = random.NextDouble() * total;
        double running = 0;
        for (int i = 0; i < _n; i++)
        {
            running += _w![i];
            if (running >= target && _w[i] > 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(_w!, w => w > 0);
    }
}

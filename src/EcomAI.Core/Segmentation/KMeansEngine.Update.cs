namespace EcomAI.Core.Segmentation;

/// <summary>The M-step side: running cluster sums, empty-cluster re-seeding and inertia.</summary>
internal sealed partial class KMeansEngine
{
    /// <summary>
    /// Adds the per-chunk changes (points that joined or left each cluster) to the running per-cluster sums, in chunk
    /// order, and copies the sums into <paramref name="sums"/>; returns a copy of the cluster weights. The running
    /// sums always equal Σ w·x over the current labels (up to rounding), so only points that changed cluster cost
    /// anything; a cluster whose last member left is reset to exact zeros.
    /// </summary>
    private double[] ApplyDeltas(bool first, double[] sums)
    {
        if (first)
        {
            Array.Clear(_labelSums);
            Array.Clear(_labelWeights);
            Array.Clear(_labelCounts);
        }

        for (int c = 0; c < _chunks; c++)
        {
            var s = _chunkSums.AsSpan(c * _k * _d, _k * _d);
            for (int t = 0; t < s.Length; t++)
            {
                _labelSums[t] += s[t];
            }

            for (int j = 0; j < _k; j++)
            {
                _labelWeights[j] += _chunkWeights[(c * _k) + j];
                _labelCounts[j] += _chunkCounts[(c * _k) + j];
            }
        }

        for (int j = 0; j < _k; j++)
        {
            if (_labelCounts[j] == 0)
            {
                Array.Clear(_labelSums, j * _d, _d);
                _labelWeights[j] = 0;
            }
        }

        Array.Copy(_labelSums, sums, sums.Length);
        return (double[])_labelWeights.Clone();
    }

    /// <summary>Σ_i w_i ‖x_i − c_label(i)‖², chunk partials reduced in order.</summary>
    private double Inertia(double[] centres)
    {
        Parallel.For(0, _chunks, _parallel, c =>
        {
            var (lo, hi) = ChunkRange(c);
            var x = _x.Span;
            double sum = 0;
            for (int i = lo; i < hi; i++)
            {
                sum += Weight(i) * Distances.Squared(x.Slice(i * _d, _d), centres.AsSpan(_labels[i] * _d, _d));
            }

            _chunkScalar[c] = sum;
        });
        double total = 0;
        for (int c = 0; c < _chunks; c++)
        {
            total += _chunkScalar[c];
        }

        return total;
    }

    /// <summary>
    /// Gives each cluster without weight the farthest remaining point from its centre (largest distance first, lowest
    /// index on ties), moving that point's contribution out of its own cluster's sum. Labels are left as they are,
    /// like scikit-learn; the next E-step reassigns.
    /// </summary>
    private void RelocateEmpty(double[] centres, double[] sums, double[] weights)
    {
        var empty = Enumerable.Range(0, _k).Where(j => _labelCounts[j] == 0).ToArray();
        if (empty.Length == 0)
        {
            return;
        }

        var x = _x.Span;
        var far = new List<(double Distance, int Index)>(_n);
        for (int i = 0; i < _n; i++)
        {
            if (Weight(i) > 0)
            {
                far.Add((Distances.Squared(x.Slice(i * _d, _d), centres.AsSpan(_labels[i] * _d, _d)), i));
            }
        }

        far.Sort((a, b) => a.Distance != b.Distance ? b.Distance.CompareTo(a.Distance) : a.Index.CompareTo(b.Index));
        for (int e = 0; e < empty.Length && e < far.Count; e++)
        {
            int j = empty[e];
            int i = far[e].Index;
            int from = _labels[i];
            double w = Weight(i);
            for (int f = 0; f < _d; f++)
            {
                sums[(from * _d) + f] -= w * x[(i * _d) + f];
                sums[(j * _d) + f] = w * x[(i * _d) + f];
            }

            weights[j] = w;
            weights[from] -= w;
        }
    }
}

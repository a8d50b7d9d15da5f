using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace EcomAI.Core.Segmentation;

/// <summary>The E-step passes: Lloyd, Hamerly and the per-chunk bookkeeping of points that change cluster.</summary>
internal sealed partial class KMeansEngine
{
    private enum Pass
    {
        First,
        Iterate,
        FinalAssign,
    }

    /// <summary>E-step over all chunks; unless final, also accumulates per-chunk weighted sums per cluster.</summary>
    private long AssignAndAccumulate(Pass pass)
    {
        Parallel.For(0, _chunks, _parallel, c => AssignChunk(c, pass));
        long changed = 0;
        for (int c = 0; c < _chunks; c++)
        {
            changed += _chunkChanged[c];
            _evaluations += _chunkEvaluations[c];
        }

        return changed;
    }

    private void AssignChunk(int c, Pass pass)
    {
        var (lo, hi) = ChunkRange(c);
        var sums = _chunkSums.AsSpan(c * _k * _d, _k * _d);
        var weights = _chunkWeights.AsSpan(c * _k, _k);
        var counts = _chunkCounts.AsSpan(c * _k, _k);
        bool accumulate = pass != Pass.FinalAssign;
        if (accumulate)
        {
            sums.Clear();
            weights.Clear();
            counts.Clear();
        }

        if (_bounds && pass != Pass.First)
        {
            AssignChunkHamerly(c, lo, hi, accumulate, sums, weights, counts);
            return;
        }

        // Every point against every centre: Lloyd's pass, and Hamerly's first pass, which also sets the bounds.
        var x = _x.Span;
        Span<double> dist = stackalloc double[_kp];
        long changed = 0;
        for (int i = lo; i < hi; i++)
        {
            var row = x.Slice(i * _d, _d);
            int old = _labels[i];
            int label = Distances.Nearest(row, _centresT, _kp, _k, _use512, dist, out double best, out double second);
            if (_bounds)
            {
                _upper[i] = Math.Sqrt(best);
                _lower[i] = Math.Sqrt(second);
            }

            if (label != old)
            {
                changed++;
                _labels[i] = label;
                if (accumulate)
                {
                    Move(sums, weights, counts, row, Weight(i), old, label);
                }
            }
        }

        _chunkChanged[c] = changed;
        _chunkEvaluations[c] = (long)(hi - lo) * _k;
    }

    /// <summary>
    /// Hamerly's pass over one chunk with everything hoisted into locals (the hot loop of the default algorithm).
    /// Phase 1 updates the bounds of every point and lists those whose bounds do not settle them, without touching
    /// the point's coordinates or branching per point; phase 2 computes all K distances for the listed points only.
    /// Only points that change cluster update the sums.
    /// </summary>
    private void AssignChunkHamerly(int c, int lo, int hi, bool accumulate, Span<double> sums, Span<double> weights, Span<int> counts)
    {
        var x = _x.Span;
        int d = _d, k = _k, kp = _kp, count = hi - lo;
        Span<double> dist = stackalloc double[kp];
        Span<int> work = stackalloc int[ChunkRows];
        Span<double> upper = _upper.AsSpan(lo, count);
        Span<double> lower = _lower.AsSpan(lo, count);
        Span<int> labels = _labels.AsSpan(lo, count);
        ReadOnlySpan<double> move = _move, half = _half, centresT = _centresT;
        double maxMove = _maxMove, secondMove = _secondMove, margin = _margin;
        int argMaxMove = _argMaxMove;
        bool use512 = _use512;
        int pending = 0, start = 0;
        if (use512)
        {
            // Eight points at a time; the per-lane arithmetic is exactly the scalar loop's below (same operations
            // in the same order, no fused multiply-add), so the bounds and the list are bit-identical.
            start = count - (count % 8);
            pending = HamerlyBounds512(labels[..start], upper[..start], lower[..start], work);
        }

        for (int t = start; t < count; t++)
        {
            int old = labels[t];
            double u = upper[t] + move[old];
            double l = lower[t] - (old == argMaxMove ? secondMove : maxMove);
            // MaxNative: neither operand is NaN, and Math.Max's signed-zero/NaN handling costs extra instructions here.
            double m = double.MaxNative(half[old], l);
            double limit = m - ((m * 1e-10) + margin);
            upper[t] = u;
            lower[t] = l;
            work[pending] = t;
            pending += u < limit ? 0 : 1;
        }

        long changed = 0;
        for (int p = 0; p < pending; p++)
        {
            int t = work[p];
            int old = labels[t];
            var row = x.Slice((lo + t) * d, d);
            int label = Distances.Nearest(row, centresT, kp, k, use512, dist, out double best, out double second);
            upper[t] = Math.Sqrt(best);
            lower[t] = Math.Sqrt(second);
            if (label != old)
            {
                changed++;
                labels[t] = label;
                if (accumulate)
                {
                    Move(sums, weights, counts, row, Weight(lo + t), old, label);
                }
            }
        }

        _chunkChanged[c] = changed;
        _chunkEvaluations[c] = (long)pending * k;
    }

    /// <summary>
    /// Phase 1 of Hamerly's pass for K in 9..16 with AVX-512: the per-centre moves and half-gaps fit in two registers
    /// each, so <c>vpermt2pd</c> looks them up for eight labels at once. Lists the points whose bounds do not settle
    /// them, exactly as the scalar loop. Returns the list length.
    /// </summary>
    private int HamerlyBounds512(ReadOnlySpan<int> labels, Span<double> upper, Span<double> lower, Span<int> work)
    {
        Span<double> table = stackalloc double[32];
        table.Clear();
        _move.AsSpan(0, _k).CopyTo(table);
        _half.AsSpan(0, _k).CopyTo(table[16..]);
        var moveLo = Vector512.Create((ReadOnlySpan<double>)table[..8]);
        var moveHi = Vector512.Create((ReadOnlySpan<double>)table.Slice(8, 8));
        var halfLo = Vector512.Create((ReadOnlySpan<double>)table.Slice(16, 8));
        var halfHi = Vector512.Create((ReadOnlySpan<double>)table.Slice(24, 8));
        var maxMove = Vector512.Create(_maxMove);
        var secondMove = Vector512.Create(_secondMove);
        var argMaxMove = Vector512.Create((long)_argMaxMove);
        var relative = Vector512.Create(1e-10);
        var margin = Vector512.Create(_margin);
        int pending = 0;
        for (int t = 0; t < labels.Length; t += 8)
        {
            var index = Avx512F.ConvertToVector512Int64(Vector256.Create(labels.Slice(t, 8)));
            var u = Vector512.Create((ReadOnlySpan<double>)upper.Slice(t, 8)) + Avx512F.PermuteVar8x64x2(moveLo, index, moveHi);
            var l = Vector512.Create((ReadOnlySpan<double>)lower.Slice(t, 8))
                - Vector512.ConditionalSelect(Vector512.Equals(index, argMaxMove).AsDouble(), secondMove, maxMove);
            var m = Vector512.MaxNative(Avx512F.PermuteVar8x64x2(halfLo, index, halfHi), l);
            var limit = m - ((m * relative) + margin);
            u.CopyTo(upper.Slice(t, 8));
            l.CopyTo(lower.Slice(t, 8));
            uint listed = ~(uint)Vector512.LessThan(u, limit).ExtractMostSignificantBits();
            for (int b = 0; b < 8; b++)
            {
                work[pending] = t + b;
                pending += (int)((listed >> b) & 1);
            }
        }

        return pending;
    }

    /// <summary>Records that a point moved from cluster <paramref name="from"/> (−1: none yet) to <paramref name="to"/>.</summary>
    private void Move(Span<double> sums, Span<double> weights, Span<int> counts, ReadOnlySpan<double> row, double w, int from, int to)
    {
        Accumulate(sums.Slice(to * _d, _d), row, w);
        weights[to] += w;
        counts[to]++;
        if (from >= 0)
        {
            Accumulate(sums.Slice(from * _d, _d), row, -w);
            weights[from] -= w;
            counts[from]--;
        }
    }

    /// <summary>sums += w·row, four features per vector; each feature is still summed in row order, so the bits are those of a scalar loop.</summary>
    private static void Accumulate(Span<double> sums, ReadOnlySpan<double> row, double w)
    {
        int f = 0;
        if (w == 1.0)
        {
            for (; f + 4 <= row.Length; f += 4)
            {
                (Vector256.Create(sums.Slice(f, 4)) + Vector256.Create(row.Slice(f, 4))).CopyTo(sums.Slice(f, 4));
            }

            for (; f < row.Length; f++)
            {
                sums[f] += row[f];
            }

            return;
        }

        var wv = Vector256.Create(w);
        for (; f + 4 <= row.Length; f += 4)
        {
            (Vector256.Create(sums.Slice(f, 4)) + (wv * Vector256.Create(row.Slice(f, 4)))).CopyTo(sums.Slice(f, 4));
        }

        for (; f < row.Length; f++)
        {
            sums[f] += w * row[f];
        }
    }
}

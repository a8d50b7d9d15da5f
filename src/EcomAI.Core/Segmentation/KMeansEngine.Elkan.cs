using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace EcomAI.Core.Segmentation;

/// <summary>Elkan's iteration: one lower bound per point and centre, behind Hamerly's single-bound test.</summary>
/// <remarks>
/// Elkan (2003): with u ≥ d(x, c_a) and l_j ≤ d(x, c_j), centre j cannot beat a when u &lt; l_j or
/// u &lt; ½ d(c_a, c_j); a point is skipped entirely when u &lt; ½ min_j d(c_a, c_j). After the centres move by m_j,
/// u += m_a and l_j −= m_j keep the bounds valid. Most points are settled by Hamerly's test (u &lt; max(s_a, l) with
/// l a lower bound on every other centre's distance); the per-centre bounds are only read for the rest, and are
/// decremented lazily by the cumulative moves since they were last refreshed. The lower bounds are stored as float rounded down (and the
/// moves rounded up), so they stay valid lower bounds at half the memory; every comparison that decides a label is
/// made on exact double squared distances with lowest-index tie-breaking, so labels equal Lloyd's.
/// </remarks>
internal sealed partial class KMeansEngine
{
    private readonly int _kf;
    private readonly float[] _lowerK;
    private readonly double[] _halfCentreGap;
    private readonly float[] _halfCentreGapF;
    private readonly int[] _stamp;
    private double[] _cumulativeMove = [];
    private float[] _decrease = [];
    private int _step;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Down(double v)
    {
        float f = (float)v;
        return f > v ? MathF.BitDecrement(f) : f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Up(double v)
    {
        float f = (float)v;
        return f < v ? MathF.BitIncrement(f) : f;
    }

    private void PrepareElkan(double[] centres, bool first)
    {
        Array.Fill(_halfCentreGapF, float.PositiveInfinity);
        for (int a = 0; a < _k; a++)
        {
            double nearest = double.PositiveInfinity;
            for (int j = 0; j < _k; j++)
            {
                double half = a == j ? 0 : 0.5 * Math.Sqrt(Distances.Squared(centres.AsSpan(a * _d, _d), centres.AsSpan(j * _d, _d)));
                _halfCentreGap[(a * _k) + j] = half;
                if (j != a)
                {
                    _halfCentreGapF[(a * _kf) + j] = Down(half);
                    nearest = Math.Min(nearest, half);
                }
            }

            _half[a] = nearest;
        }

        if (first)
        {
            _step = 0;
            Array.Clear(_cumulativeMove, 0, _kf);
            return;
        }

        // Step t: cumulative moves, and for every earlier step s the float (rounded up) decrease cum[t] − cum[s]
        // that a bound stamped at s must take.
        _step++;
        for (int j = 0; j < _k; j++)
        {
            _cumulativeMove[(_step * _kf) + j] = _cumulativeMove[((_step - 1) * _kf) + j] + _move[j];
        }

        for (int stamp = 0; stamp < _step; stamp++)
        {
            for (int j = 0; j < _kf; j++)
            {
                _decrease[(stamp * _kf) + j] = j < _k ? Up(_cumulativeMove[(_step * _kf) + j] - _cumulativeMove[(stamp * _kf) + j]) : 0f;
            }
        }

        // Hamerly's single-bound test needs the largest and second-largest move.
        _maxMove = _secondMove = 0;
        _argMaxMove = -1;
        for (int j = 0; j < _k; j++)
        {
            if (_move[j] > _maxMove)
            {
                _secondMove = _maxMove;
                _maxMove = _move[j];
                _argMaxMove = j;
            }
            else if (_move[j] > _secondMove)
            {
                _secondMove = _move[j];
            }
        }
    }

    /// <summary>
    /// Hamerly's test first (one upper and one lower bound, O(1) per point); only points that fail it consult their
    /// per-centre Elkan bounds, brought up to date lazily from the step they were last refreshed at.
    /// </summary>
    private int AssignElkan(int i, ReadOnlySpan<double> row, int old, bool first, Span<double> dist, ref long evaluations)
    {
        ref float lower = ref MemoryMarshal.GetArrayDataReference(_lowerK);
        nuint offset = (nuint)((long)i * _kf);
        if (first)
        {
            evaluations += _k;
            Distances.ToAll(row, _centresT, _kp, dist);
            int nearest = Distances.ArgMin(dist, _k, out double best, out double second);
            for (int j = 0; j < _kf; j++)
            {
                Unsafe.Add(ref lower, offset + (nuint)j) = j < _k ? Down(Math.Sqrt(dist[j])) : float.PositiveInfinity;
            }

            _stamp[i] = 0;
            _upper[i] = Math.Sqrt(best);
            _lower[i] = Math.Sqrt(second);
            return nearest;
        }

        double u = _upper[i] + _move[old];
        double l = _lower[i] - (old == _argMaxMove ? _secondMove : _maxMove);
        double m = Math.Max(_half[old], l);
        double limit = m - Slack(m);
        if (u < limit)
        {
            _upper[i] = u;
            _lower[i] = l;
            return old;
        }

        double uSq = Distances.Squared(row, CentreRow(old));
        u = Math.Sqrt(uSq);
        evaluations++;
        if (u < limit)
        {
            _upper[i] = u;
            _lower[i] = l;
            return old;
        }

        // Bring the per-centre bounds up to date: l_j = max(0, l_j − (cum_j[now] − cum_j[stamp])).
        ref float decrease = ref MemoryMarshal.GetArrayDataReference(_decrease);
        nuint decreaseOffset = (nuint)(_stamp[i] * _kf);
        _stamp[i] = _step;
        var uF = Vector256.Create(Up(u + Slack(u)));
        ref float gaps = ref MemoryMarshal.GetArrayDataReference(_halfCentreGapF);
        ulong mask = 0;
        for (int v = 0; v < _kf; v += 8)
        {
            var lv = Vector256.LoadUnsafe(ref lower, offset + (nuint)v) - Vector256.LoadUnsafe(ref decrease, decreaseOffset + (nuint)v);
            lv = Vector256.Max(Vector256<float>.Zero, lv);
            lv.StoreUnsafe(ref lower, offset + (nuint)v);
            var z = Vector256.Max(lv, Vector256.LoadUnsafe(ref gaps, (nuint)((old * _kf) + v)));
            mask |= (ulong)Vector256.LessThanOrEqual(z, uF).ExtractMostSignificantBits() << v;
        }

        int label = old;
        while (mask != 0)
        {
            int j = BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
            if (j >= _k || j == label)
            {
                continue;
            }

            double z = Math.Max(Unsafe.Add(ref lower, offset + (nuint)j), _halfCentreGap[(label * _k) + j]);
            if (u < z - Slack(z))
            {
                continue;
            }

            double dSq = Distances.Squared(row, CentreRow(j));
            evaluations++;
            double dj = Math.Sqrt(dSq);
            Unsafe.Add(ref lower, offset + (nuint)j) = Down(dj);
            // Exact squared distances, lowest index on ties: the same choice as Lloyd's argmin.
            if (dSq < uSq || (dSq == uSq && j < label))
            {
                Unsafe.Add(ref lower, offset + (nuint)label) = Down(u);
                label = j;
                uSq = dSq;
                u = dj;
            }
        }

        float lowest = float.PositiveInfinity;
        for (int j = 0; j < _k; j++)
        {
            if (j != label)
            {
                lowest = MathF.Min(lowest, Unsafe.Add(ref lower, offset + (nuint)j));
            }
        }

        _upper[i] = u;
        _lower[i] = lowest;
        return label;
    }
}

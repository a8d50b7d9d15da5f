using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace EcomAI.Core.Segmentation;

/// <summary>Squared Euclidean distance kernels shared by K-means and the cluster metrics.</summary>
internal static class Distances
{
    /// <summary>Lanes per SIMD vector; centre blocks are padded to a multiple of it.</summary>
    internal static readonly int Lanes = Vector<double>.Count;

    /// <summary>
    /// K rounded up to a whole number of vectors; K in 9..16 is padded to 16, the width of the fused
    /// <see cref="Nearest"/> kernels (padding centres are +∞ and never nearest).
    /// </summary>
    internal static int Padded(int k) => k is > 8 and <= 16 ? 16 : (k + Lanes - 1) / Lanes * Lanes;

    /// <summary>True when this processor runs the 512-bit kernels (512-bit vectors accelerated and AVX-512F present).</summary>
    internal static bool Vector512Available => Vector512.IsHardwareAccelerated && Avx512F.IsSupported;

    /// <summary>Σ_f (a_f − b_f)², summed in feature order.</summary>
    internal static double Squared(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int f = 0; f < a.Length; f++)
        {
            double diff = a[f] - b[f];
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>
    /// Squared distances from one row to all centres, with the centres stored transposed (feature-major, K padded to
    /// <paramref name="kp"/>): each SIMD lane is one centre, so lanes need no horizontal sum and every distance is
    /// summed in feature order exactly as <see cref="Squared"/> would (no fused multiply-add).
    /// </summary>
    internal static void ToAll(ReadOnlySpan<double> row, ReadOnlySpan<double> centresT, int kp, Span<double> distances)
    {
        var acc = MemoryMarshal.Cast<double, Vector<double>>(distances[..kp]);
        if (acc.Length == 4)
        {
            // K in 9..16 with 256-bit vectors: keep the four accumulators in registers.
            Vector<double> a0 = Vector<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
            for (int f = 0; f < row.Length; f++)
            {
                var x = new Vector<double>(row[f]);
                var c = MemoryMarshal.Cast<double, Vector<double>>(centresT.Slice(f * kp, kp));
                var d0 = c[0] - x;
                var d1 = c[1] - x;
                var d2 = c[2] - x;
                var d3 = c[3] - x;
                a0 += d0 * d0;
                a1 += d1 * d1;
                a2 += d2 * d2;
                a3 += d3 * d3;
            }

            acc[0] = a0;
            acc[1] = a1;
            acc[2] = a2;
            acc[3] = a3;
            return;
        }

        if (acc.Length == 1)
        {
            // K ≤ 4, e.g. the k-means++ candidates: one accumulator.
            Vector<double> a0 = Vector<double>.Zero;
            for (int f = 0; f < row.Length; f++)
            {
                var d0 = MemoryMarshal.Cast<double, Vector<double>>(centresT.Slice(f * kp, kp))[0] - new Vector<double>(row[f]);
                a0 += d0 * d0;
            }

            acc[0] = a0;
            return;
        }

        if (acc.Length == 2)
        {
            Vector<double> a0 = Vector<double>.Zero, a1 = a0;
            for (int f = 0; f < row.Length; f++)
            {
                var x = new Vector<double>(row[f]);
                var c = MemoryMarshal.Cast<double, Vector<double>>(centresT.Slice(f * kp, kp));
                var d0 = c[0] - x;
                var d1 = c[1] - x;
                a0 += d0 * d0;
                a1 += d1 * d1;
            }

            acc[0] = a0;
            acc[1] = a1;
            return;
        }

        acc.Clear();
        for (int f = 0; f < row.Length; f++)
        {
            var x = new Vector<double>(row[f]);
            var c = MemoryMarshal.Cast<double, Vector<double>>(centresT.Slice(f * kp, kp));
            for (int j = 0; j < acc.Length; j++)
            {
                var diff = c[j] - x;
                acc[j] += diff * diff;
            }
        }
    }

    /// <summary>
    /// Writes centres (K × d row-major) transposed into feature-major blocks of <paramref name="kp"/>. Padding centres
    /// get +∞ coordinates, so their distances are +∞ and they can never be nearest.
    /// </summary>
    internal static void Transpose(ReadOnlySpan<double> centres, int k, int d, int kp, Span<double> centresT)
    {
        centresT.Fill(double.PositiveInfinity);
        for (int j = 0; j < k; j++)
        {
            for (int f = 0; f < d; f++)
            {
                centresT[(f * kp) + j] = centres[(j * d) + f];
            }
        }
    }

    /// <summary>Index of the smallest of the first <paramref name="k"/> values (lowest index on ties) and the two smallest values.</summary>
    internal static int ArgMin(ReadOnlySpan<double> distances, int k, out double best, out double second)
    {
        int result = 0;
        best = distances[0];
        second = double.PositiveInfinity;
        for (int j = 1; j < k; j++)
        {
            double v = distances[j];
            if (v < best)
            {
                second = best;
                best = v;
                result = j;
            }
            else if (v < second)
            {
                second = v;
            }
        }

        return result;
    }

    /// <summary>
    /// Nearest centre of one row: <see cref="ToAll"/> followed by <see cref="ArgMin"/>, fused and branch-free for
    /// padded K of 8 or 16 with 256-bit vectors (accumulators stay in registers; the minimum by a min tree, its lowest
    /// lane by a compare mask, the second smallest by the same tree with that lane set to +∞). With
    /// <paramref name="use512"/> (the caller's choice, only when <see cref="Vector512Available"/>) and padded K = 16
    /// (K in 9..16) it uses <see cref="Nearest512"/>. Same results on every path.
    /// </summary>
    internal static int Nearest(ReadOnlySpan<double> row, ReadOnlySpan<double> centresT, int kp, int k, bool use512, Span<double> scratch, out double best, out double second)
    {
        if (use512 && kp == 16)
        {
            return Nearest512(row, centresT, out best, out second);
        }

        if (Lanes == 4 && Vector256.IsHardwareAccelerated && (kp == 16 || kp == 8))
        {
            var inf = Vector256.Create(double.PositiveInfinity);
            Vector256<double> a0 = Vector256<double>.Zero, a1 = a0, a2 = a0, a3 = a0;
            var block = MemoryMarshal.Cast<double, Vector256<double>>(centresT);
            if (kp == 16)
            {
                for (int f = 0; f < row.Length; f++)
                {
                    var x = Vector256.Create(row[f]);
                    var d0 = block[(f * 4) + 0] - x;
                    var d1 = block[(f * 4) + 1] - x;
                    var d2 = block[(f * 4) + 2] - x;
                    var d3 = block[(f * 4) + 3] - x;
                    a0 += d0 * d0;
                    a1 += d1 * d1;
                    a2 += d2 * d2;
                    a3 += d3 * d3;
                }
            }
            else
            {
                a2 = a3 = inf;
                for (int f = 0; f < row.Length; f++)
                {
                    var x = Vector256.Create(row[f]);
                    var d0 = block[(f * 2) + 0] - x;
                    var d1 = block[(f * 2) + 1] - x;
                    a0 += d0 * d0;
                    a1 += d1 * d1;
                }
            }

            var m = Vector256.MinNative(Vector256.MinNative(a0, a1), Vector256.MinNative(a2, a3));
            best = HorizontalMin(m);
            var b = Vector256.Create(best);
            uint mask = Vector256.Equals(a0, b).ExtractMostSignificantBits()
                | (Vector256.Equals(a1, b).ExtractMostSignificantBits() << 4)
                | (Vector256.Equals(a2, b).ExtractMostSignificantBits() << 8)
                | (Vector256.Equals(a3, b).ExtractMostSignificantBits() << 12);
            int index = BitOperations.TrailingZeroCount(mask);
            var at = Vector256.Create((double)index);
            var lane = Vector256.Create(0.0, 1.0, 2.0, 3.0);
            var four = Vector256.Create(4.0);
            a0 = Vector256.ConditionalSelect(Vector256.Equals(lane, at), inf, a0);
            lane += four;
            a1 = Vector256.ConditionalSelect(Vector256.Equals(lane, at), inf, a1);
            lane += four;
            a2 = Vector256.ConditionalSelect(Vector256.Equals(lane, at), inf, a2);
            lane += four;
            a3 = Vector256.ConditionalSelect(Vector256.Equals(lane, at), inf, a3);
            second = HorizontalMin(Vector256.MinNative(Vector256.MinNative(a0, a1), Vector256.MinNative(a2, a3)));
            return index;
        }

        ToAll(row, centresT, kp, scratch);
        return ArgMin(scratch, k, out best, out second);
    }

    /// <summary>
    /// <see cref="Nearest"/> for padded K = 16 with 512-bit vectors: two accumulators of eight centres each. Every lane
    /// does the same subtract, multiply and add in feature order as the 256-bit path, so the distances are identical.
    /// </summary>
    private static int Nearest512(ReadOnlySpan<double> row, ReadOnlySpan<double> centresT, out double best, out double second)
    {
        var block = MemoryMarshal.Cast<double, Vector512<double>>(centresT);
        Vector512<double> a0 = Vector512<double>.Zero, a1 = a0;
        for (int f = 0; f < row.Length; f++)
        {
            var x = Vector512.Create(row[f]);
            var d0 = block[(f * 2) + 0] - x;
            var d1 = block[(f * 2) + 1] - x;
            a0 += d0 * d0;
            a1 += d1 * d1;
        }

        var inf = Vector512.Create(double.PositiveInfinity);
        best = HorizontalMin(Vector512.MinNative(a0, a1));
        var b = Vector512.Create(best);
        uint mask = (uint)Vector512.Equals(a0, b).ExtractMostSignificantBits()
            | ((uint)Vector512.Equals(a1, b).ExtractMostSignificantBits() << 8);
        int index = BitOperations.TrailingZeroCount(mask);
        var at = Vector512.Create((double)index);
        var lane = Vector512.Create(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        a0 = Vector512.ConditionalSelect(Vector512.Equals(lane, at), inf, a0);
        a1 = Vector512.ConditionalSelect(Vector512.Equals(lane + Vector512.Create(8.0), at), inf, a1);
        second = HorizontalMin(Vector512.MinNative(a0, a1));
        return index;
    }

    // MinNative (plain vminpd) instead of Min, whose IEEE 754-2019 NaN and signed-zero handling costs a
    // vrangepd + two vfixupimmpd per step: squared distances are never NaN (inputs are finite) and never −0.
    private static double HorizontalMin(Vector512<double> v) => HorizontalMin(Vector256.MinNative(v.GetLower(), v.GetUpper()));

    private static double HorizontalMin(Vector256<double> v)
    {
        var m = Vector128.MinNative(v.GetLower(), v.GetUpper());
        return Vector128.MinNative(m, Vector128.Shuffle(m, Vector128.Create(1L, 0L))).ToScalar();
    }
}

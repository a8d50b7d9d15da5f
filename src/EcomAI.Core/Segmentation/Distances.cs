using System.Numerics;
using System.Runtime.InteropServices;

namespace EcomAI.Core.Segmentation;

/// <summary>Squared Euclidean distance kernels shared by K-means and the cluster metrics.</summary>
internal static class Distances
{
    /// <summary>Lanes per SIMD vector; centre blocks are padded to a multiple of it.</summary>
    internal static readonly int Lanes = Vector<double>.Count;

    /// <summary>K rounded up to a whole number of vectors.</summary>
    internal static int Padded(int k) => (k + Lanes - 1) / Lanes * Lanes;

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
            // K in 13..16 (AVX2): keep the four accumulators in registers.
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

    /// <summary>Writes centres (K × d row-major) transposed into feature-major blocks of <paramref name="kp"/>.</summary>
    internal static void Transpose(ReadOnlySpan<double> centres, int k, int d, int kp, Span<double> centresT)
    {
        centresT.Clear();
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
        int index = 0;
        best = distances[0];
        second = double.PositiveInfinity;
        for (int j = 1; j < k; j++)
        {
            double v = distances[j];
            if (v < best)
            {
                second = best;
                best = v;
                index = j;
            }
            else if (v < second)
            {
                second = v;
            }
        }

        return index;
    }
}

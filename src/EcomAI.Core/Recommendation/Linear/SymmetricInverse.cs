using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace EcomAI.Core.Recommendation.Linear;

/// <summary>
/// In-place inverse of a symmetric positive definite matrix by the blocked sweep operator (Goodnight 1979): sweeping every
/// pivot turns A into −A⁻¹. A block K of b pivots is swept at once: Q = A_KK⁻¹, A_RK ← A_RK·Q, A_RR ← A_RR − A_RK·Q·A_KR,
/// A_KK ← −Q, which equals sweeping its pivots one by one. The rank-b update (n³ flops in all, lower triangle only) runs in
/// a register-blocked SIMD kernel (8 rows × 24 columns in registers, Vᵀ packed in 8-column panels), rows in parallel; every entry is computed by the same sequence of operations whatever the
/// thread count, so the result is bit-identical for any number of threads.
/// </summary>
/// <remarks>
/// Used by EASE for (XᵀX + λI)⁻¹. MathNet.Numerics' managed Cholesky needs about 1 s for the factor and 3–6 s for the
/// solve with the identity at n = 1,682 on this project's benchmark machine (its native OpenBLAS provider needs the
/// MathNet-built libMathNetNumericsOpenBLAS, which is not available for Linux), against about 0.1 s here; the tests check
/// this kernel against MathNet's Cholesky inverse.
/// </remarks>
internal static class SymmetricInverse
{
    private const int Block = 64;

    /// <summary>Replaces the n × n row-major SPD matrix <paramref name="a"/> by its inverse (full, symmetric).</summary>
    /// <exception cref="ArithmeticException">A pivot is not positive: the matrix is not positive definite.</exception>
    public static void Invert(double[] a, int n, int? maxDegreeOfParallelism = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        var v = new double[(long)n * Block];  // V[r, k] = A[r, K] for every row r (old values)
        // Vᵀ packed in panels of 8 columns: panel c/8 holds rows k = 0..b−1 of 8 consecutive columns, so the kernels read
        // each panel sequentially.
        var vt = new double[(long)Block * ((n + 7) & ~7)];
        var w = new double[(long)n * Block];  // W[r, k] = (A_RK·Q)[r, k]
        var q = new double[Block * Block];
        for (int k0 = 0; k0 < n; k0 += Block)
        {
            int b = Math.Min(Block, n - k0);
            int k1 = k0 + b;

            // V: column block K of every row, read from the lower triangle: A[r,k] for rows r ≥ k0 (contiguous in k),
            // A[k,r] for rows above the block (contiguous in r).
            for (int k = 0; k < b; k++)
            {
                long rowK = (long)(k0 + k) * n;
                for (int r = 0; r < k0; r++)
                {
                    double x = a[rowK + r];
                    v[((long)r * Block) + k] = x;
                    vt[Packed(r, k, b)] = x;
                }
            }

            for (int r = k0; r < n; r++)
            {
                long row = (long)r * n;
                for (int k = 0; k < b; k++)
                {
                    int col = k0 + k;
                    double x = r >= col ? a[row + col] : a[((long)col * n) + r];
                    v[((long)r * Block) + k] = x;
                    vt[Packed(r, k, b)] = x;
                }
            }

            // Q = A_KK⁻¹ by scalar sweeps of the small block.
            for (int i = 0; i < b; i++)
            {
                for (int j = 0; j < b; j++)
                {
                    q[(i * Block) + j] = v[((long)(k0 + i) * Block) + j];
                }
            }

            SweepSmall(q, b);

            // W = V·Q for rows outside K.
            Parallel.For(0, (n + 63) / 64, parallel, chunk =>
            {
                for (int r = chunk * 64; r < Math.Min(n, (chunk + 1) * 64); r++)
                {
                    if (r >= k0 && r < k1)
                    {
                        continue;
                    }

                    RowTimesQ(v.AsSpan((int)((long)r * Block), b), q, b, w.AsSpan((int)((long)r * Block), Block));
                }
            });

            // A_RR −= W·Vᵀ on the lower triangle, eight rows at a time.
            int lowRows = (k0 + 7) / 8;
            int highStart = k1;
            int highRows = (n - highStart + 7) / 8;
            Parallel.For(0, lowRows + highRows, parallel, t =>
            {
                int r0 = t < lowRows ? t * 8 : highStart + ((t - lowRows) * 8);
                int rEnd = t < lowRows ? Math.Min(k0, r0 + 8) : Math.Min(n, r0 + 8);
                UpdateRows(a, n, w, vt, b, r0, rEnd, k0, k1);
            });

            // Write back the swept block: A_RK ← W (lower triangle), A_KK ← −Q.
            for (int k = 0; k < b; k++)
            {
                long rowK = (long)(k0 + k) * n;
                for (int r = 0; r < k0; r++)
                {
                    a[rowK + r] = w[((long)r * Block) + k];
                }
            }

            for (int r = k1; r < n; r++)
            {
                w.AsSpan((int)((long)r * Block), b).CopyTo(a.AsSpan((int)(((long)r * n) + k0), b));
            }

            for (int i = 0; i < b; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    a[((long)(k0 + i) * n) + k0 + j] = -q[(i * Block) + j];
                }
            }
        }

        // Every pivot swept: the lower triangle holds −A⁻¹. Negate and mirror.
        for (int r = 0; r < n; r++)
        {
            long row = (long)r * n;
            for (int c = 0; c <= r; c++)
            {
                double x = -a[row + c];
                a[row + c] = x;
                a[((long)c * n) + r] = x;
            }
        }
    }

    /// <summary>Index of Vᵀ[k, col] in the 8-column panels (panel stride b·8).</summary>
    private static long Packed(int col, int k, int b) => ((long)(col >> 3) * b * 8) + (k * 8) + (col & 7);

    /// <summary>Sweeps every pivot of the b × b block (stride <see cref="Block"/>), leaving −A⁻¹; then negates it to A⁻¹.</summary>
    private static void SweepSmall(double[] q, int b)
    {
        for (int k = 0; k < b; k++)
        {
            double d = q[(k * Block) + k];
            if (!(d > 0) || !double.IsFinite(d))
            {
                throw new ArithmeticException("The matrix is not positive definite (a pivot is not positive); increase the regularisation.");
            }

            for (int i = 0; i < b; i++)
            {
                if (i == k)
                {
                    continue;
                }

                double f = q[(i * Block) + k] / d;
                for (int j = 0; j < b; j++)
                {
                    if (j != k)
                    {
                        q[(i * Block) + j] -= f * q[(k * Block) + j];
                    }
                }
            }

            for (int i = 0; i < b; i++)
            {
                if (i != k)
                {
                    q[(i * Block) + k] /= d;
                    q[(k * Block) + i] /= d;
                }
            }

            q[(k * Block) + k] = -1 / d;
        }

        for (int i = 0; i < b; i++)
        {
            for (int j = 0; j < b; j++)
            {
                q[(i * Block) + j] = -q[(i * Block) + j];
            }
        }
    }

    private static void RowTimesQ(ReadOnlySpan<double> vRow, double[] q, int b, Span<double> wRow)
    {
        wRow.Clear();
        for (int k = 0; k < b; k++)
        {
            Cholesky.AddScaled(wRow[..b], q.AsSpan(k * Block, b), vRow[k]);
        }
    }

    /// <summary>A[r, c] −= Σ_k W[r, k]·Vᵀ[k, c] for rows r0..rEnd−1 and columns c ≤ rEnd−1 outside [k0, k1).</summary>
    private static void UpdateRows(double[] a, int n, double[] w, double[] vt, int b, int r0, int rEnd, int k0, int k1)
    {
        int cMax = rEnd; // exclusive: columns up to the last row of the block (entries above the diagonal are never read)
        UpdateRange(a, n, w, vt, b, r0, rEnd, 0, Math.Min(k0, cMax));
        if (cMax > k1)
        {
            UpdateRange(a, n, w, vt, b, r0, rEnd, k1, cMax);
        }
    }

    private static void UpdateRange(double[] a, int n, double[] w, double[] vt, int b, int r0, int rEnd, int c0, int c1)
    {
        int c = c0;
        if (Vector512.IsHardwareAccelerated && rEnd - r0 == 8)
        {
            for (; c + 24 <= c1; c += 24)
            {
                Kernel8x24(a, n, w, vt, b, r0, c);
            }

            for (; c + 8 <= c1; c += 8)
            {
                Kernel8x8(a, n, w, vt, b, r0, c);
            }
        }

        for (int r = r0; r < rEnd; r++)
        {
            long row = (long)r * n;
            long wr = (long)r * Block;
            for (int cc = c; cc < c1; cc++)
            {
                double s = 0;
                for (int k = 0; k < b; k++)
                {
                    s = Math.FusedMultiplyAdd(w[wr + k], vt[Packed(cc, k, b)], s);
                }

                a[row + cc] -= s;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel8x24(double[] a, int n, double[] w, double[] vt, int b, int r0, int c)
    {
        Vector512<double> s00 = default, s01 = default, s02 = default, s10 = default, s11 = default, s12 = default;
        Vector512<double> s20 = default, s21 = default, s22 = default, s30 = default, s31 = default, s32 = default;
        Vector512<double> s40 = default, s41 = default, s42 = default, s50 = default, s51 = default, s52 = default;
        Vector512<double> s60 = default, s61 = default, s62 = default, s70 = default, s71 = default, s72 = default;
        ref double wRef = ref w[(long)r0 * Block];
        ref double vRef = ref vt[Packed(c, 0, b)];
        for (int k = 0; k < b; k++)
        {
            ref double vk = ref Unsafe.Add(ref vRef, k * 8);
            var v0 = Vector512.LoadUnsafe(ref vk);
            var v1 = Vector512.LoadUnsafe(ref vk, (nuint)(b * 8));
            var v2 = Vector512.LoadUnsafe(ref vk, (nuint)(b * 16));
            var x = Vector512.Create(Unsafe.Add(ref wRef, k));
            s00 = Vector512.FusedMultiplyAdd(x, v0, s00);
            s01 = Vector512.FusedMultiplyAdd(x, v1, s01);
            s02 = Vector512.FusedMultiplyAdd(x, v2, s02);
            x = Vector512.Create(Unsafe.Add(ref wRef, Block + k));
            s10 = Vector512.FusedMultiplyAdd(x, v0, s10);
            s11 = Vector512.FusedMultiplyAdd(x, v1, s11);
            s12 = Vector512.FusedMultiplyAdd(x, v2, s12);
            x = Vector512.Create(Unsafe.Add(ref wRef, (2 * Block) + k));
            s20 = Vector512.FusedMultiplyAdd(x, v0, s20);
            s21 = Vector512.FusedMultiplyAdd(x, v1, s21);
            s22 = Vector512.FusedMultiplyAdd(x, v2, s22);
            x = Vector512.Create(Unsafe.Add(ref wRef, (3 * Block) + k));
            s30 = Vector512.FusedMultiplyAdd(x, v0, s30);
            s31 = Vector512.FusedMultiplyAdd(x, v1, s31);
            s32 = Vector512.FusedMultiplyAdd(x, v2, s32);
            x = Vector512.Create(Unsafe.Add(ref wRef, (4 * Block) + k));
            s40 = Vector512.FusedMultiplyAdd(x, v0, s40);
            s41 = Vector512.FusedMultiplyAdd(x, v1, s41);
            s42 = Vector512.FusedMultiplyAdd(x, v2, s42);
            x = Vector512.Create(Unsafe.Add(ref wRef, (5 * Block) + k));
            s50 = Vector512.FusedMultiplyAdd(x, v0, s50);
            s51 = Vector512.FusedMultiplyAdd(x, v1, s51);
            s52 = Vector512.FusedMultiplyAdd(x, v2, s52);
            x = Vector512.Create(Unsafe.Add(ref wRef, (6 * Block) + k));
            s60 = Vector512.FusedMultiplyAdd(x, v0, s60);
            s61 = Vector512.FusedMultiplyAdd(x, v1, s61);
            s62 = Vector512.FusedMultiplyAdd(x, v2, s62);
            x = Vector512.Create(Unsafe.Add(ref wRef, (7 * Block) + k));
            s70 = Vector512.FusedMultiplyAdd(x, v0, s70);
            s71 = Vector512.FusedMultiplyAdd(x, v1, s71);
            s72 = Vector512.FusedMultiplyAdd(x, v2, s72);
        }

        Subtract(a, ((long)r0 * n) + c, s00, s01, s02);
        Subtract(a, ((long)(r0 + 1) * n) + c, s10, s11, s12);
        Subtract(a, ((long)(r0 + 2) * n) + c, s20, s21, s22);
        Subtract(a, ((long)(r0 + 3) * n) + c, s30, s31, s32);
        Subtract(a, ((long)(r0 + 4) * n) + c, s40, s41, s42);
        Subtract(a, ((long)(r0 + 5) * n) + c, s50, s51, s52);
        Subtract(a, ((long)(r0 + 6) * n) + c, s60, s61, s62);
        Subtract(a, ((long)(r0 + 7) * n) + c, s70, s71, s72);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Kernel8x8(double[] a, int n, double[] w, double[] vt, int b, int r0, int c)
    {
        Vector512<double> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
        ref double wRef = ref w[(long)r0 * Block];
        ref double vRef = ref vt[Packed(c, 0, b)];
        for (int k = 0; k < b; k++)
        {
            var v0 = Vector512.LoadUnsafe(ref Unsafe.Add(ref vRef, k * 8));
            s0 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, k)), v0, s0);
            s1 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, Block + k)), v0, s1);
            s2 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (2 * Block) + k)), v0, s2);
            s3 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (3 * Block) + k)), v0, s3);
            s4 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (4 * Block) + k)), v0, s4);
            s5 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (5 * Block) + k)), v0, s5);
            s6 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (6 * Block) + k)), v0, s6);
            s7 = Vector512.FusedMultiplyAdd(Vector512.Create(Unsafe.Add(ref wRef, (7 * Block) + k)), v0, s7);
        }

        ref double aRef = ref a[0];
        Span<Vector512<double>> sums = [s0, s1, s2, s3, s4, s5, s6, s7];
        for (int r = 0; r < 8; r++)
        {
            ref double dst = ref Unsafe.Add(ref aRef, (nint)(((long)(r0 + r) * n) + c));
            (Vector512.LoadUnsafe(ref dst) - sums[r]).StoreUnsafe(ref dst);
        }
    }

    private static void Subtract(double[] a, long at, Vector512<double> x0, Vector512<double> x1, Vector512<double> x2)
    {
        ref double dst = ref a[at];
        (Vector512.LoadUnsafe(ref dst) - x0).StoreUnsafe(ref dst);
        (Vector512.LoadUnsafe(ref dst, 8) - x1).StoreUnsafe(ref dst, 8);
        (Vector512.LoadUnsafe(ref dst, 16) - x2).StoreUnsafe(ref dst, 16);
    }
}

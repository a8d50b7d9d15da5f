using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using EcomAI.Core.Recommendation.Linear;

namespace EcomAI.Core.Recommendation;

public sealed partial class ImplicitAls
{
    private const double Tiny = 1e-20;

    /// <summary>
    /// One half of an ALS sweep: every row of <paramref name="target"/> (users, or items) re-solved against the fixed
    /// <paramref name="fixedFactors"/> by warm-started CG on (FᵀF + Fᵀ(C − I)F + λI) x = FᵀC p, where the rows of the
    /// CSR (<paramref name="offsets"/>, <paramref name="index"/>, <paramref name="extra"/> = c − 1) list the observed pairs.
    /// </summary>
    internal void HalfStep(int[] offsets, int[] index, float[] extra, float[] target, float[] fixedFactors, ParallelOptions parallel)
    {
        int s = _stride;
        var gram = Gram(fixedFactors, s, Options.Factors, Lambda, parallel);
        int rows = offsets.Length - 1;
        const int Chunk = 256;
        Parallel.For(0, (rows + Chunk - 1) / Chunk, parallel, () => new float[4 * s], (chunk, _, scratch) =>
        {
            for (int row = chunk * Chunk; row < Math.Min(rows, (chunk + 1) * Chunk); row++)
            {
                SolveRow(row, offsets, index, extra, target, fixedFactors, gram, scratch);
            }

            return scratch;
        }, _ => { });
    }

    private void SolveRow(int row, int[] offsets, int[] index, float[] extra, float[] target, float[] fixedFactors, float[] gram, float[] scratch)
    {
        int s = _stride;
        var x = target.AsSpan(row * s, s);
        var r = scratch.AsSpan(0, s);
        var p = scratch.AsSpan(s, s);
        var ap = scratch.AsSpan(2 * s, s);

        // r = FᵀC p − (FᵀF + λI + Fᵀ(C − I)F) x = −G x + Σ_j (c_j − (c_j − 1)·y_jᵀx) y_j
        VectorMath.SymmetricTimes(gram, s, x, r);
        for (int k = 0; k < s; k++)
        {
            r[k] = -r[k];
        }

        Rank1Pass(fixedFactors, s, index, extra, offsets[row], offsets[row + 1], x, r, residual: true);

        r.CopyTo(p);
        double rsOld = VectorMath.Dot(r, r);
        if (rsOld < Tiny)
        {
            return;
        }

        for (int step = 0; step < Options.ConjugateGradientSteps; step++)
        {
            // Ap = (G + Fᵀ(C − I)F) p
            VectorMath.SymmetricTimes(gram, s, p, ap);
            Rank1Pass(fixedFactors, s, index, extra, offsets[row], offsets[row + 1], p, ap, residual: false);

            float alpha = (float)(rsOld / VectorMath.Dot(p, ap));
            VectorMath.AddScaled(x, p, alpha);
            VectorMath.AddScaled(r, ap, -alpha);
            double rsNew = VectorMath.Dot(r, r);
            if (rsNew < Tiny)
            {
                break;
            }

            float beta = (float)(rsNew / rsOld);
            for (int k = 0; k < s; k++)
            {
                p[k] = r[k] + (beta * p[k]);
            }

            rsOld = rsNew;
        }
    }

    /// <summary>
    /// FᵀF + λI as an s × s float matrix (padding rows and columns zero): row blocks of a fixed size are summed in double and
    /// added in block order, so the result does not depend on the thread count.
    /// </summary>
    internal static float[] Gram(float[] factors, int s, int f, double lambda, ParallelOptions parallel)
    {
        int rows = factors.Length / s;
        const int Chunk = 4096;
        int chunks = (rows + Chunk - 1) / Chunk;
        var partial = new double[chunks][];
        Parallel.For(0, chunks, parallel, c =>
        {
            var acc = new float[s * s];
            for (int r = c * Chunk; r < Math.Min(rows, (c + 1) * Chunk); r++)
            {
                var y = factors.AsSpan(r * s, s);
                for (int a = 0; a < f; a++)
                {
                    if (y[a] != 0)
                    {
                        VectorMath.AddScaled(acc.AsSpan(a * s, s), y, y[a]);
                    }
                }
            }

            partial[c] = Array.ConvertAll(acc, v => (double)v);
        });

        var total = new double[s * s];
        foreach (var block in partial)
        {
            for (int k = 0; k < total.Length; k++)
            {
                total[k] += block[k];
            }
        }

        var gram = new float[s * s];
        for (int a = 0; a < s; a++)
        {
            for (int b = 0; b < s; b++)
            {
                gram[(a * s) + b] = (float)(total[(a * s) + b] + (a == b && a < f ? lambda : 0));
            }
        }

        return gram;
    }

    /// <summary>
    /// One pass over the observed pairs q of a row: acc += coef_q·y_q with coef = (1 + e_q) − e_q·(y_qᵀv) for the initial
    /// residual, else e_q·(y_qᵀv), e = c − 1. For 64 factors v and acc stay in registers; the order of operations is the same
    /// for any thread count.
    /// </summary>
    private static void Rank1Pass(float[] factors, int s, int[] index, float[] extra, int from, int to, ReadOnlySpan<float> v, Span<float> acc, bool residual)
    {
        if (s == 64 && Vector512.IsHardwareAccelerated)
        {
            ref float vRef = ref MemoryMarshal.GetReference(v);
            ref float aRef = ref MemoryMarshal.GetReference(acc);
            var v0 = Vector512.LoadUnsafe(ref vRef);
            var v1 = Vector512.LoadUnsafe(ref vRef, 16);
            var v2 = Vector512.LoadUnsafe(ref vRef, 32);
            var v3 = Vector512.LoadUnsafe(ref vRef, 48);
            var a0 = Vector512.LoadUnsafe(ref aRef);
            var a1 = Vector512.LoadUnsafe(ref aRef, 16);
            var a2 = Vector512.LoadUnsafe(ref aRef, 32);
            var a3 = Vector512.LoadUnsafe(ref aRef, 48);
            ref float fRef = ref MemoryMarshal.GetArrayDataReference(factors);
            for (int q = from; q < to; q++)
            {
                ref float y = ref Unsafe.Add(ref fRef, (nint)index[q] * 64);
                var y0 = Vector512.LoadUnsafe(ref y);
                var y1 = Vector512.LoadUnsafe(ref y, 16);
                var y2 = Vector512.LoadUnsafe(ref y, 32);
                var y3 = Vector512.LoadUnsafe(ref y, 48);
                var d = Vector512.FusedMultiplyAdd(y3, v3, Vector512.FusedMultiplyAdd(y2, v2, Vector512.FusedMultiplyAdd(y1, v1, y0 * v0)));
                float e = extra[q];
                float coef = residual ? (1 + e) - (e * Vector512.Sum(d)) : e * Vector512.Sum(d);
                var c = Vector512.Create(coef);
                a0 = Vector512.FusedMultiplyAdd(y0, c, a0);
                a1 = Vector512.FusedMultiplyAdd(y1, c, a1);
                a2 = Vector512.FusedMultiplyAdd(y2, c, a2);
                a3 = Vector512.FusedMultiplyAdd(y3, c, a3);
            }

            a0.StoreUnsafe(ref aRef);
            a1.StoreUnsafe(ref aRef, 16);
            a2.StoreUnsafe(ref aRef, 32);
            a3.StoreUnsafe(ref aRef, 48);
            return;
        }

        for (int q = from; q < to; q++)
        {
            var y = factors.AsSpan(index[q] * s, s);
            float e = extra[q];
            float dot = VectorMath.Dot(y, v);
            VectorMath.AddScaled(acc, y, residual ? (1 + e) - (e * dot) : e * dot);
        }
    }
}

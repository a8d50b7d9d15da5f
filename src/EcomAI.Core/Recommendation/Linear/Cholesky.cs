using System.Runtime.Intrinsics;

namespace EcomAI.Core.Recommendation.Linear;

/// <summary>
/// Dense Cholesky factorisation A = LLᵀ of a small SPD matrix (row-major, double) and triangular solves, for the per-user
/// systems of the ALS and SVD explanations (f × f, f ≈ 64–100), where a library call per user would cost more than the work.
/// The tests check it against MathNet.Numerics' Cholesky.
/// </summary>
internal static class Cholesky
{
    /// <summary>Overwrites the lower triangle of <paramref name="a"/> (n × n) with L; false when A is not positive definite.</summary>
    public static bool Factor(Span<double> a, int n)
    {
        for (int j = 0; j < n; j++)
        {
            var rowJ = a.Slice(j * n, j);
            double d = a[(j * n) + j] - Dot(rowJ, rowJ);
            if (!(d > 0))
            {
                return false;
            }

            double ljj = Math.Sqrt(d);
            a[(j * n) + j] = ljj;
            for (int i = j + 1; i < n; i++)
            {
                a[(i * n) + j] = (a[(i * n) + j] - Dot(a.Slice(i * n, j), rowJ)) / ljj;
            }
        }

        return true;
    }

    /// <summary>
    /// Factors A = UᵀU right-looking, for many right-hand sides at once (<see cref="ForwardSolveMany"/>): reads the upper triangle
    /// of <paramref name="a"/> (n × n, row-major) and overwrites it with U (U = Lᵀ, so row k of U is column k of L); each step
    /// updates the trailing rows with contiguous vector operations instead of one short dot product per entry. Entries below
    /// the diagonal are left undefined. False when A is not positive definite.
    /// </summary>
    public static bool FactorUpper(Span<double> a, int n)
    {
        for (int k = 0; k < n; k++)
        {
            double d = a[(k * n) + k];
            if (!(d > 0))
            {
                return false;
            }

            double ukk = Math.Sqrt(d);
            a[(k * n) + k] = ukk;
            var rowK = a.Slice(k * n, n);
            Scale(rowK[(k + 1)..], 1 / ukk);
            for (int i = k + 1; i < n; i++)
            {
                // Row i from column i on (from the register boundary at or before i: the entries before i are never read).
                int from = i & ~7;
                from = from <= k ? i : from;
                AddScaled(a.Slice((i * n) + from, n - from), rowK[from..], -rowK[i]);
            }
        }

        return true;
    }

    /// <summary>
    /// Solves Uᵀ Z = B in place for the r columns of <paramref name="b"/> (n × r, row-major) with U from
    /// <see cref="FactorUpper"/>: row k of Z is final once the rows above it are, then is subtracted from the rows below.
    /// </summary>
    public static void ForwardSolveMany(ReadOnlySpan<double> u, int n, Span<double> b, int r)
    {
        for (int k = 0; k < n; k++)
        {
            var zk = b.Slice(k * r, r);
            Scale(zk, 1 / u[(k * n) + k]);
            for (int i = k + 1; i < n; i++)
            {
                double uki = u[(k * n) + i];
                if (uki != 0)
                {
                    AddScaled(b.Slice(i * r, r), zk, -uki);
                }
            }
        }
    }

    /// <summary>x ·= a.</summary>
    private static void Scale(Span<double> x, double a)
    {
        int k = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var va = Vector512.Create(a);
            for (; k + 8 <= x.Length; k += 8)
            {
                (Vector512.Create<double>(x.Slice(k, 8)) * va).CopyTo(x.Slice(k, 8));
            }
        }

        for (; k < x.Length; k++)
        {
            x[k] *= a;
        }
    }

    /// <summary>Solves L z = b in place (forward substitution) with the factor from <see cref="Factor"/>.</summary>
    public static void ForwardSolve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            b[i] = (b[i] - Dot(l.Slice(i * n, i), b[..i])) / l[(i * n) + i];
        }
    }

    /// <summary>Solves Lᵀ z = b in place (back substitution).</summary>
    public static void BackSolve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }

    /// <summary>
    /// Σ x·y, eight lanes at a time where the hardware allows, in two registers so that two chains of fused multiply-adds
    /// overlap (a fixed order for a given length).
    /// </summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length, k = 0;
        double s = 0;
        if (Vector512.IsHardwareAccelerated && n >= 8)
        {
            Vector512<double> acc = Vector512<double>.Zero, acc2 = Vector512<double>.Zero;
            for (; k + 16 <= n; k += 16)
            {
                acc = Vector512.FusedMultiplyAdd(Vector512.Create(x.Slice(k, 8)), Vector512.Create(y.Slice(k, 8)), acc);
                acc2 = Vector512.FusedMultiplyAdd(Vector512.Create(x.Slice(k + 8, 8)), Vector512.Create(y.Slice(k + 8, 8)), acc2);
            }

            for (; k + 8 <= n; k += 8)
            {
                acc = Vector512.FusedMultiplyAdd(Vector512.Create(x.Slice(k, 8)), Vector512.Create(y.Slice(k, 8)), acc);
            }

            s = Vector512.Sum(acc + acc2);
        }

        for (; k < n; k++)
        {
            s += x[k] * y[k];
        }

        return s;
    }

    /// <summary>y += a·x.</summary>
    public static void AddScaled(Span<double> y, ReadOnlySpan<double> x, double a)
    {
        int n = y.Length, k = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            var va = Vector512.Create(a);
            for (; k + 8 <= n; k += 8)
            {
                Vector512.FusedMultiplyAdd(Vector512.Create(x.Slice(k, 8)), va, Vector512.Create(y.Slice(k, 8))).CopyTo(y.Slice(k, 8));
            }
        }

        for (; k < n; k++)
        {
            y[k] += a * x[k];
        }
    }
}

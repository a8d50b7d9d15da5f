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

    /// <summary>Σ x·y, eight lanes at a time where the hardware allows (a fixed order for a given length).</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length, k = 0;
        double s = 0;
        if (Vector512.IsHardwareAccelerated && n >= 8)
        {
            var acc = Vector512<double>.Zero;
            for (; k + 8 <= n; k += 8)
            {
                acc = Vector512.FusedMultiplyAdd(Vector512.Create(x.Slice(k, 8)), Vector512.Create(y.Slice(k, 8)), acc);
            }

            s = Vector512.Sum(acc);
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

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

    private static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int k = 0; k < x.Length; k++)
        {
            s += x[k] * y[k];
        }

        return s;
    }
}

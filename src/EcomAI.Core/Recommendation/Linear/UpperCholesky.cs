namespace EcomAI.Core.Recommendation.Linear;

/// <summary>
/// Single-precision Cholesky A = UᵀU with U upper triangular, row-major, for the many small per-user systems of the ALS
/// explanations (one per listed user): the right-looking updates and the forward substitution run along contiguous rows
/// of U, so every inner loop is a SIMD <see cref="VectorMath.AddScaled"/>. The tests check it against MathNet.Numerics.
/// </summary>
internal static class UpperCholesky
{
    /// <summary>Overwrites the upper triangle of <paramref name="a"/> (n × n, row-major) with U; false when A is not positive definite.</summary>
    public static bool Factor(Span<float> a, int n)
    {
        for (int k = 0; k < n; k++)
        {
            float d = a[(k * n) + k];
            if (!(d > 0))
            {
                return false;
            }

            float ukk = MathF.Sqrt(d);
            a[(k * n) + k] = ukk;
            var rowK = a.Slice((k * n) + k + 1, n - k - 1);
            float inverse = 1 / ukk;
            for (int j = 0; j < rowK.Length; j++)
            {
                rowK[j] *= inverse;
            }

            // Trailing update of the upper triangle: row i (i > k) from column i on, minus u_ki·u_k.
            for (int i = k + 1; i < n; i++)
            {
                VectorMath.AddScaled(a.Slice((i * n) + i, n - i), rowK[(i - k - 1)..], -rowK[i - k - 1]);
            }
        }

        return true;
    }

    /// <summary>Solves Uᵀz = b in place (column-oriented forward substitution along the rows of U).</summary>
    public static void SolveTransposed(ReadOnlySpan<float> u, int n, Span<float> b)
    {
        for (int k = 0; k < n; k++)
        {
            b[k] /= u[(k * n) + k];
            VectorMath.AddScaled(b[(k + 1)..n], u.Slice((k * n) + k + 1, n - k - 1), -b[k]);
        }
    }
}

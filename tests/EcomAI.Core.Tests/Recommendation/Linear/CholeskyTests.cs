using EcomAI.Core.Randomness;
using MathNet.Numerics.LinearAlgebra;
using Chol = EcomAI.Core.Recommendation.Linear.Cholesky;

namespace EcomAI.Core.Tests.Recommendation.Linear;

public class CholeskyTests
{
    [Fact]
    public void FactorAndForwardSolve_MatchMathNet()
    {
        const int n = 9;
        var rng = SeededRandom.Create(5);
        var x = Matrix<double>.Build.Dense(20, n, (_, _) => rng.NextDouble() - 0.5);
        var a = x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(n);
        var l = a.ToRowMajorArray();

        Assert.True(Chol.Factor(l, n));

        var expected = a.Cholesky().Factor; // lower triangular L with A = LLᵀ
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                Assert.Equal(expected[r, c], l[(r * n) + c], 12);
            }
        }

        var b = Vector<double>.Build.Dense(n, k => k + 1);
        var z = b.ToArray();
        Chol.ForwardSolve(l, n, z);
        Assert.Equal(expected.Solve(b).ToArray(), z, (p, q) => Math.Abs(p - q) < 1e-12);
        Chol.BackSolve(l, n, z);
        Assert.Equal(a.Solve(b).ToArray(), z, (p, q) => Math.Abs(p - q) < 1e-12);
    }

    [Theory]
    [InlineData(9, 3)]
    [InlineData(21, 8)]
    [InlineData(64, 26)]
    public void FactorUpperAndForwardSolveMany_MatchMathNet(int n, int r)
    {
        var rng = SeededRandom.Create(n);
        var x = Matrix<double>.Build.Dense(2 * n, n, (_, _) => rng.NextDouble() - 0.5);
        var a = x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(n);
        var u = a.ToRowMajorArray();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                u[(i * n) + j] = double.NaN; // only the upper triangle is read
            }
        }

        Assert.True(Chol.FactorUpper(u, n));

        var l = a.Cholesky().Factor;
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                Assert.Equal(l[j, i], u[(i * n) + j], 12); // U = Lᵀ
            }
        }

        var b = Matrix<double>.Build.Dense(n, r, (i, j) => rng.NextDouble() - 0.5);
        var z = b.ToRowMajorArray();
        Chol.ForwardSolveMany(u, n, z, r);
        var expected = l.Solve(b); // L Z = B
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < r; j++)
            {
                Assert.Equal(expected[i, j], z[(i * r) + j], 12);
            }
        }
    }

    [Fact]
    public void FactorUpper_Indefinite_ReturnsFalse() => Assert.False(Chol.FactorUpper(new double[] { 1, 2, 2, 1 }, 2));

    [Fact]
    public void Factor_Indefinite_ReturnsFalse() => Assert.False(Chol.Factor(new double[] { 1, 2, 2, 1 }, 2));
}

using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation.Linear;
using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Core.Tests.Recommendation.Linear;

public class UpperCholeskyTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(64)]
    public void FactorAndSolveTransposed_MatchMathNet(int n)
    {
        var rng = SeededRandom.Create(n);
        var x = Matrix<double>.Build.Dense(2 * n, n, (_, _) => rng.NextDouble() - 0.5);
        var a = x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(n);
        var u = a.ToRowMajorArray().Select(v => (float)v).ToArray();

        Assert.True(UpperCholesky.Factor(u, n));

        var l = a.Cholesky().Factor; // A = LLᵀ, so U = Lᵀ
        for (int r = 0; r < n; r++)
        {
            for (int c = r; c < n; c++)
            {
                Assert.Equal(l[c, r], u[(r * n) + c], 4);
            }
        }

        var b = Vector<double>.Build.Dense(n, k => Math.Sin(k + 1));
        var z = b.Select(v => (float)v).ToArray();
        UpperCholesky.SolveTransposed(u, n, z); // Uᵀz = b, i.e. Lz = b
        var expected = l.Solve(b);
        for (int k = 0; k < n; k++)
        {
            Assert.Equal(expected[k], z[k], 3);
        }
    }

    [Fact]
    public void Factor_Indefinite_ReturnsFalse() => Assert.False(UpperCholesky.Factor(new float[] { 1, 2, 2, 1 }, 2));
}

using EcomAI.Core.Randomness;
using EcomAI.Core.Recommendation.Linear;
using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Core.Tests.Recommendation.Linear;

public class SymmetricInverseTests
{
    private static Matrix<double> RandomSpd(int n, int seed)
    {
        // XᵀX + I of a random 0/1 matrix: SPD, shaped like EASE's Gram matrix.
        var rng = SeededRandom.Create(seed);
        var x = Matrix<double>.Build.Dense(2 * n, n, (_, _) => rng.NextDouble() < 0.2 ? 1 : 0);
        return x.TransposeThisAndMultiply(x) + Matrix<double>.Build.DenseIdentity(n);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(131)]
    [InlineData(200)]
    public void Invert_MatchesMathNetCholeskyInverse(int n)
    {
        // Sizes below, at and across the 64-pivot blocks and the 24/8-column kernels.
        var a = RandomSpd(n, n);
        var expected = a.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(n));
        var flat = new double[n * n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                flat[(r * n) + c] = a[r, c];
            }
        }

        SymmetricInverse.Invert(flat, n);

        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                Assert.Equal(expected[r, c], flat[(r * n) + c], 12);
                Assert.Equal(flat[(r * n) + c], flat[(c * n) + r]); // exactly symmetric
            }
        }
    }

    [Fact]
    public void Invert_OneThreadOrMany_BitIdentical()
    {
        const int n = 150;
        var a = RandomSpd(n, 3).ToRowMajorArray();
        var one = (double[])a.Clone();
        var many = (double[])a.Clone();
        SymmetricInverse.Invert(one, n, 1);
        SymmetricInverse.Invert(many, n, 4);
        Assert.Equal(one, many);
    }

    [Fact]
    public void Invert_NotPositiveDefinite_Throws()
    {
        double[] a = [1, 2, 2, 1]; // eigenvalues 3 and −1
        Assert.Throws<ArithmeticException>(() => SymmetricInverse.Invert(a, 2));
    }
}

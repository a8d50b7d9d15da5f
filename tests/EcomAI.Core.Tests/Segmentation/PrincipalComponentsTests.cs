using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class PrincipalComponentsTests
{
    private const double Tol = 1e-12;

    [Fact]
    public void Fit_PointsOnALine_FirstComponentExplainsAllVarianceAlongTheLine()
    {
        // y = 2x: the centred points are multiples of (1, 2), so PC1 = (1, 2)/√5 and explains 100%.
        double[,] data = { { 0, 0 }, { 1, 2 }, { 2, 4 }, { 3, 6 } };

        var pca = PrincipalComponents.Fit(data);

        Assert.Equal(1.0, pca.ExplainedVarianceRatio[0], Tol);
        Assert.Equal(0.0, pca.ExplainedVarianceRatio[1], Tol);
        Assert.Equal(1 / Math.Sqrt(5), pca.Loading(0, 0), Tol);
        Assert.Equal(2 / Math.Sqrt(5), pca.Loading(0, 1), Tol);

        // Mean (1.5, 3); point (0, 0) centred is (−1.5, −3), whose projection is −1.5·√5; PC2 coordinate 0.
        var projected = pca.Project(data);
        Assert.Equal(-1.5 * Math.Sqrt(5), projected[0, 0], 1e-10);
        Assert.Equal(1.5 * Math.Sqrt(5), projected[3, 0], 1e-10);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(0.0, projected[i, 1], 1e-10);
        }
    }

    [Fact]
    public void Fit_AxisAlignedCross_RatiosAreTheShareOfSumsOfSquares()
    {
        // Points (±3, 0), (0, ±1): mean 0, Σx² = 18, Σy² = 2, no covariance, so PC1 = x (90%), PC2 = y (10%).
        double[,] data = { { 3, 0 }, { -3, 0 }, { 0, 1 }, { 0, -1 } };

        var pca = PrincipalComponents.Fit(data);

        Assert.Equal(0.9, pca.ExplainedVarianceRatio[0], Tol);
        Assert.Equal(0.1, pca.ExplainedVarianceRatio[1], Tol);
        Assert.Equal(1.0, pca.Loading(0, 0), Tol);
        Assert.Equal(0.0, pca.Loading(0, 1), Tol);
        Assert.Equal(1.0, pca.Loading(1, 1), Tol);
        var centre = pca.Project(new double[,] { { 1, 1 } });
        Assert.Equal(1.0, centre[0, 0], Tol);
        Assert.Equal(1.0, centre[0, 1], Tol);
    }

    [Fact]
    public void Fit_ThreeFeatures_RatiosOfTheTwoLeadingComponentsSumToLessThanOne()
    {
        // Independent axes with sums of squares 8, 2, 2 (points ±2 on x, ±1 on y and z): shares 8/12, 2/12.
        double[,] data = { { 2, 0, 0 }, { -2, 0, 0 }, { 0, 1, 0 }, { 0, -1, 0 }, { 0, 0, 1 }, { 0, 0, -1 } };

        var pca = PrincipalComponents.Fit(data);

        Assert.Equal(8.0 / 12, pca.ExplainedVarianceRatio[0], Tol);
        Assert.Equal(2.0 / 12, pca.ExplainedVarianceRatio[1], Tol);
    }

    [Fact]
    public void Fit_EightByThree_MatchesScikitLearnUpToTheSignConvention()
    {
        // Reference: pca_reference.py (Debian's scikit-learn 1.2.1, PCA(n_components=3) on the same 8 × 3 literals).
        // Our convention makes each component's largest-magnitude loading positive: scikit-learn's first two
        // components (and their scores) come out negated, the third does not.
        double[,] x =
        {
            { 2.5, 2.4, 0.5 }, { 0.5, 0.7, 1.9 }, { 2.2, 2.9, 0.3 }, { 1.9, 2.2, 1.1 },
            { 3.1, 3.0, 0.2 }, { 2.3, 2.7, 0.8 }, { 2.0, 1.6, 1.4 }, { 1.0, 1.1, 1.7 },
        };

        var pca = PrincipalComponents.Fit(x, components: 3);

        Assert.Equal([0.9536466051875171, 0.035778361631625656, 0.010575033180857122], pca.ExplainedVarianceRatio, (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal([1.7468762278595638, 0.06553829171736004, 0.019371194708791506], pca.ExplainedVariance, (a, b) => Math.Abs(a - b) < 1e-12);
        double[][] components =
        [
            [0.6086505941517423, 0.6365306057576372, -0.4736805275420837],
            [0.7933510480758189, -0.49708921404440976, 0.35142058533573517],
            [0.01177152308457686, 0.5896872910403672, 0.8075458686847098],
        ];
        for (int c = 0; c < 3; c++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(components[c][j], pca.Loading(c, j), 1e-12);
            }
        }

        var scores = pca.Project(x);
        Assert.Equal(0.780157663258353, scores[0, 0], 1e-12);
        Assert.Equal(0.11338843462704404, scores[0, 1], 1e-12);
        Assert.Equal(-0.19540875966060203, scores[0, 2], 1e-12);
        Assert.Equal(-2.1823982933920316, scores[1, 0], 1e-12);
        Assert.Equal(-0.1362731781790681, scores[1, 1], 1e-12);
        Assert.Equal(-0.09085598443978637, scores[1, 2], 1e-12);
    }

    [Fact]
    public void Fit_DefaultComponents_TwoLeadingOfTheFull()
    {
        double[,] x = { { 2.5, 2.4, 0.5 }, { 0.5, 0.7, 1.9 }, { 2.2, 2.9, 0.3 }, { 1.9, 2.2, 1.1 }, { 3.1, 3.0, 0.2 } };

        var two = PrincipalComponents.Fit(x);
        var three = PrincipalComponents.Fit(x, components: 3);

        Assert.Equal(2, two.Components);
        Assert.Equal(2, two.Project(x).GetLength(1));
        Assert.Equal(three.ExplainedVarianceRatio.Take(2), two.ExplainedVarianceRatio);
    }

    [Fact]
    public void Fit_HundredThousandRows_UsesSmallMemory()
    {
        // An n × n SVD factor would need 80 GB here; the p × p scatter matrix needs a few bytes.
        var x = new double[100_000, 3];
        for (int i = 0; i < 100_000; i++)
        {
            x[i, 0] = i % 97;
            x[i, 1] = (i % 89) * 0.5;
            x[i, 2] = i % 7;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var pca = PrincipalComponents.Fit(x);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1_000_000, $"PCA allocated {allocated:N0} bytes");
        Assert.InRange(pca.ExplainedVarianceRatio[0] + pca.ExplainedVarianceRatio[1], 0.0, 1.0 + 1e-12);
    }

    [Fact]
    public void Fit_SingleFeature_SecondComponentIsZero()
    {
        double[,] data = { { 1 }, { 2 }, { 6 } };

        var pca = PrincipalComponents.Fit(data);

        Assert.Equal(1.0, pca.ExplainedVarianceRatio[0], Tol);
        Assert.Equal(0.0, pca.ExplainedVarianceRatio[1], Tol);
        var projected = pca.Project(data);
        Assert.Equal(-2.0, projected[0, 0], Tol); // 1 − mean 3
        Assert.Equal(0.0, projected[2, 1], Tol);
    }

    [Fact]
    public void Fit_SignsFixed_LargestLoadingPositiveWhateverTheRowOrder()
    {
        double[,] a = { { 0, 0 }, { -1, -2 }, { -2, -4 } };
        double[,] b = { { -2, -4 }, { 0, 0 }, { -1, -2 } };

        Assert.True(PrincipalComponents.Fit(a).Loading(0, 1) > 0);
        Assert.Equal(PrincipalComponents.Fit(a).Loading(0, 0), PrincipalComponents.Fit(b).Loading(0, 0), Tol);
    }

    [Fact]
    public void Fit_IdenticalPoints_InsufficientDataSayingThereIsNoVariance()
    {
        var ex = Assert.Throws<InputDataException>(() => PrincipalComponents.Fit(new double[,] { { 1, 1 }, { 1, 1 } }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("zero variance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_NaN_NonFiniteNumberNamingRowAndColumn()
    {
        var ex = Assert.Throws<InputDataException>(() => PrincipalComponents.Fit(new double[,] { { 1, 1 }, { 2, double.NaN } }));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains("row 2, column 2: NaN", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Row);
    }

    [Fact]
    public void Fit_OnePoint_InsufficientData()
    {
        var ex = Assert.Throws<InputDataException>(() => PrincipalComponents.Fit(new double[,] { { 1, 2 } }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("1 × 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ZeroComponents_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => PrincipalComponents.Fit(new double[,] { { 0, 0 }, { 1, 2 } }, components: 0));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.StartsWith("components = 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_WrongFeatureCount_InvalidOption()
    {
        var pca = PrincipalComponents.Fit(new double[,] { { 0, 0 }, { 1, 2 } });
        var ex = Assert.Throws<InputDataException>(() => pca.Project(new double[,] { { 1, 2, 3 } }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("3 columns but the PCA was fitted on 2", ex.Message, StringComparison.Ordinal);
    }
}

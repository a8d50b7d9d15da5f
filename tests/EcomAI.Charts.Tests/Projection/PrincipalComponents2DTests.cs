using EcomAI.Charts.Projection;

namespace EcomAI.Charts.Tests.Projection;

public class PrincipalComponents2DTests
{
    private const double Tol = 1e-12;

    [Fact]
    public void Fit_PointsOnALine_FirstComponentExplainsAllVarianceAlongTheLine()
    {
        // y = 2x: the centred points are multiples of (1, 2), so PC1 = (1, 2)/√5 and explains 100%.
        double[,] data = { { 0, 0 }, { 1, 2 }, { 2, 4 }, { 3, 6 } };

        var pca = PrincipalComponents2D.Fit(data);

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

        var pca = PrincipalComponents2D.Fit(data);

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

        var pca = PrincipalComponents2D.Fit(data);

        Assert.Equal(8.0 / 12, pca.ExplainedVarianceRatio[0], Tol);
        Assert.Equal(2.0 / 12, pca.ExplainedVarianceRatio[1], Tol);
    }

    [Fact]
    public void Fit_EightByThree_MatchesScikitLearnUpToTheSignConvention()
    {
        // Reference: Debian's scikit-learn 1.2.1 under /usr/bin/python3:
        //   X = np.array([[2.5,2.4,0.5],[0.5,0.7,1.9],[2.2,2.9,0.3],[1.9,2.2,1.1],[3.1,3.0,0.2],[2.3,2.7,0.8],[2.0,1.6,1.4],[1.0,1.1,1.7]])
        //   p = PCA(n_components=2).fit(X); p.explained_variance_ratio_, p.components_, p.transform(X)[:2]
        // → ratios [0.953646605187517, 0.035778361631626]
        //   components [[-0.608650594151742, -0.636530605757637, 0.473680527542084],
        //               [-0.793351048075819,  0.49708921404441, -0.351420585335735]]
        //   scores row 0 [-0.780157663258353, -0.113388434627044], row 1 [2.182398293392032, 0.136273178179068]
        // Our convention makes each component's largest-magnitude loading positive: both scikit-learn components flip.
        double[,] x =
        {
            { 2.5, 2.4, 0.5 }, { 0.5, 0.7, 1.9 }, { 2.2, 2.9, 0.3 }, { 1.9, 2.2, 1.1 },
            { 3.1, 3.0, 0.2 }, { 2.3, 2.7, 0.8 }, { 2.0, 1.6, 1.4 }, { 1.0, 1.1, 1.7 },
        };

        var pca = PrincipalComponents2D.Fit(x);

        Assert.Equal(0.953646605187517, pca.ExplainedVarianceRatio[0], 1e-12);
        Assert.Equal(0.035778361631626, pca.ExplainedVarianceRatio[1], 1e-12);
        double[] pc1 = [0.608650594151742, 0.636530605757637, -0.473680527542084];
        double[] pc2 = [0.793351048075819, -0.49708921404441, 0.351420585335735];
        for (int j = 0; j < 3; j++)
        {
            Assert.Equal(pc1[j], pca.Loading(0, j), 1e-12);
            Assert.Equal(pc2[j], pca.Loading(1, j), 1e-12);
        }

        var scores = pca.Project(x);
        Assert.Equal(0.780157663258353, scores[0, 0], 1e-12);
        Assert.Equal(0.113388434627044, scores[0, 1], 1e-12);
        Assert.Equal(-2.182398293392032, scores[1, 0], 1e-12);
        Assert.Equal(-0.136273178179068, scores[1, 1], 1e-12);
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
        var pca = PrincipalComponents2D.Fit(x);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1_000_000, $"PCA allocated {allocated:N0} bytes");
        Assert.InRange(pca.ExplainedVarianceRatio[0] + pca.ExplainedVarianceRatio[1], 0.0, 1.0 + 1e-12);
    }

    [Fact]
    public void Fit_SingleFeature_SecondComponentIsZero()
    {
        double[,] data = { { 1 }, { 2 }, { 6 } };

        var pca = PrincipalComponents2D.Fit(data);

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

        Assert.True(PrincipalComponents2D.Fit(a).Loading(0, 1) > 0);
        Assert.Equal(PrincipalComponents2D.Fit(a).Loading(0, 0), PrincipalComponents2D.Fit(b).Loading(0, 0), Tol);
    }

    [Fact]
    public void Fit_IdenticalPoints_ThrowsSayingThereIsNoVariance()
    {
        var ex = Assert.Throws<ArgumentException>(() => PrincipalComponents2D.Fit(new double[,] { { 1, 1 }, { 1, 1 } }));
        Assert.Contains("zero variance", ex.Message, StringComparison.Ordinal);
        Assert.Equal("data", ex.ParamName);
    }

    [Fact]
    public void Fit_NaN_ThrowsNamingRowAndFeature()
    {
        var ex = Assert.Throws<ArgumentException>(() => PrincipalComponents2D.Fit(new double[,] { { 1, 1 }, { 2, double.NaN } }));
        Assert.Contains("row 2, feature 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OnePoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => PrincipalComponents2D.Fit(new double[,] { { 1, 2 } }));
    }

    [Fact]
    public void Project_WrongFeatureCount_Throws()
    {
        var pca = PrincipalComponents2D.Fit(new double[,] { { 0, 0 }, { 1, 2 } });
        Assert.Throws<ArgumentException>(() => pca.Project(new double[,] { { 1, 2, 3 } }));
    }
}

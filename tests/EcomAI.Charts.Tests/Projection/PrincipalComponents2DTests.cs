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

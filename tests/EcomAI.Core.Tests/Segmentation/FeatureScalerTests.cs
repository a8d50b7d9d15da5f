using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class FeatureScalerTests
{
    private static readonly double[,] Data = { { 1, 5 }, { 2, 5 }, { 3, 5 }, { 4, 5 }, { 10, 5 } };

    [Fact]
    public void ZScore_PopulationStandardDeviation()
    {
        // Column 1: mean 4, population variance (9 + 4 + 1 + 0 + 36) / 5 = 10.
        var z = FeatureScaler.Fit(Data).Transform(Data);
        Assert.Equal((1 - 4) / Math.Sqrt(10), z[0, 0], 12);
        Assert.Equal((10 - 4) / Math.Sqrt(10), z[4, 0], 12);
    }

    [Theory]
    [InlineData(FeatureScaling.ZScore)]
    [InlineData(FeatureScaling.MinMax)]
    [InlineData(FeatureScaling.Robust)]
    public void Transform_ConstantColumn_ZerosNotNaN(FeatureScaling method)
    {
        var scaler = FeatureScaler.Fit(Data, method);
        var t = scaler.Transform(Data);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(0.0, t[i, 1]);
        }

        Assert.Equal(1.0, scaler.Scale[1]);
    }

    [Fact]
    public void MinMax_MapsToUnitInterval()
    {
        var t = FeatureScaler.Fit(Data, FeatureScaling.MinMax).Transform(Data);
        Assert.Equal(0.0, t[0, 0]);
        Assert.Equal(1.0 / 9, t[1, 0], 12);
        Assert.Equal(1.0, t[4, 0]);
    }

    [Fact]
    public void Robust_MedianAndInterquartileRangeLikeNumpyLinearQuantiles()
    {
        // Sorted 1,2,3,4,10: Q1 at position 1 → 2, median 3, Q3 at position 3 → 4, IQR 2.
        var scaler = FeatureScaler.Fit(Data, FeatureScaling.Robust);
        Assert.Equal(3.0, scaler.Centre[0]);
        Assert.Equal(2.0, scaler.Scale[0]);
        Assert.Equal(3.5, scaler.Transform(Data)[4, 0]);
    }

    [Fact]
    public void Log1p_AppliedBeforeScaling_AndInverted()
    {
        var x = new double[,] { { Math.E - 1 }, { (Math.E * Math.E) - 1 } };
        var scaler = FeatureScaler.Fit(x, FeatureScaling.None, [true]);
        var t = scaler.Transform(x);
        Assert.Equal(1.0, t[0, 0], 12);
        Assert.Equal(2.0, t[1, 0], 12);
        var back = scaler.InverseTransform(t);
        Assert.Equal(x[1, 0], back[1, 0], 10);
    }

    [Fact]
    public void Log1p_NegativeValues_SignedLogAndItsInverse()
    {
        // sign(x)·ln(1 + |x|): −9 → −ln 10, −(e − 1) → −1, 0 → 0; the old log1p stopped at −1 (a net-negative customer).
        var x = new double[,] { { -9 }, { 1 - Math.E }, { 0 }, { Math.E - 1 } };
        var scaler = FeatureScaler.Fit(x, FeatureScaling.None, [true], ["monetary"]);
        var t = scaler.Transform(x);
        Assert.Equal(-Math.Log(10), t[0, 0], 12);
        Assert.Equal(-1.0, t[1, 0], 12);
        Assert.Equal(0.0, t[2, 0]);
        Assert.Equal(1.0, t[3, 0], 12);
        var back = scaler.InverseTransform(t);
        Assert.Equal(-9.0, back[0, 0], 10);
        Assert.Equal(1 - Math.E, back[1, 0], 12);
    }

    [Fact]
    public void Fit_NaN_NonFiniteNumber()
    {
        var ex = Assert.Throws<InputDataException>(() => FeatureScaler.Fit(new double[,] { { 1 }, { double.NaN } }));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains("Row 2", ex.Message);
    }

    [Fact]
    public void Fit_Empty_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => FeatureScaler.Fit(new double[0, 2]));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
    }

    [Fact]
    public void Transform_WrongColumnCount_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => FeatureScaler.Fit(Data).Transform(new double[,] { { 1 } }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("1 columns but the scaler was fitted on 2", ex.Message);
    }

    [Fact]
    public void InverseTransform_RoundTrip_Robust()
    {
        var scaler = FeatureScaler.Fit(Data, FeatureScaling.Robust);
        var back = scaler.InverseTransform(scaler.Transform(Data));
        Assert.Equal(10.0, back[4, 0], 12);
        Assert.Equal(5.0, back[2, 1], 12);
    }

    [Fact]
    public void ToDataFrame_OneRowPerColumn()
    {
        var frame = FeatureScaler.Fit(Data, FeatureScaling.Robust).ToDataFrame();
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(3.0, frame.Columns["centre"][0]);
        Assert.Equal(2.0, frame.Columns["scale"][0]);
    }

    [Fact]
    public void Equals_TwoFitsOnTheSameData_EqualWithEqualHashCodes()
    {
        var a = FeatureScaler.Fit(Data, FeatureScaling.Robust, [true, false]);
        var b = FeatureScaler.Fit((double[,])Data.Clone(), FeatureScaling.Robust, [true, false]);
        Assert.NotSame(a, b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherMethodFlagsOrData_NotEqual()
    {
        var scaler = FeatureScaler.Fit(Data);
        Assert.False(scaler.Equals(FeatureScaler.Fit(Data, FeatureScaling.MinMax)));
        Assert.False(scaler.Equals(FeatureScaler.Fit(Data, FeatureScaling.ZScore, [true, false])));
        var shifted = (double[,])Data.Clone();
        shifted[0, 0] += 1;
        Assert.False(scaler.Equals(FeatureScaler.Fit(shifted)));
        Assert.False(scaler.Equals(null));
    }

    [Fact]
    public void Fit_CallerChangesTheLog1pFlagsAfterwards_ScalerUnchanged()
    {
        bool[] flags = [true, false];
        var scaler = FeatureScaler.Fit(Data, FeatureScaling.None, flags);
        flags[0] = false;
        Assert.True(scaler.Log1p[0]);
        Assert.Equal(Math.Log(2), scaler.Transform(Data)[0, 0], 12); // ln(1 + 1)
    }
}

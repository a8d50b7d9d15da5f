using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class ClusterQualityTests
{
    [Fact]
    public void Evaluate_FourSeparatedBlobs_RecommendsFour()
    {
        var (x, _) = TestBlobs.Make(400, 2, 4, 0.8, seed: 5);
        var report = ClusterQuality.Evaluate(x, 2, 7, seed: 1);
        Assert.Equal(4, report.RecommendedK);
        Assert.Equal([2, 3, 4, 5, 6, 7], report.Rows.Select(r => r.K));
        Assert.False(report.SilhouetteSampled);
        Assert.Equal(400, report.SilhouettePoints);
        Assert.Equal(ClusterQualityReport.HighestSilhouetteRule, report.Rule);
        // The elbow: inertia falls steeply up to the true K and slowly after it.
        var inertia = report.Rows.Select(r => r.Inertia).ToArray();
        Assert.True(inertia[1] - inertia[2] > 10 * (inertia[2] - inertia[3]));
    }

    [Fact]
    public void Evaluate_RowFigures_EqualTheMetricsOfTheFittedModel()
    {
        var (x, _) = TestBlobs.Make(300, 3, 3, 2.0, seed: 8);
        var options = new ClusterQualityOptions { MinK = 3, MaxK = 3, KMeans = new KMeansOptions { Seed = 4, Restarts = 2 } };
        var row = ClusterQuality.Evaluate(new FeatureMatrix(x), options).Rows.Single();
        var model = KMeans.Fit(x, new KMeansOptions { K = 3, Seed = 4, Restarts = 2 });
        Assert.Equal(model.Inertia, row.Inertia);
        Assert.Equal(ClusterMetrics.Silhouette(x, model.Labels), row.Silhouette);
        Assert.Equal(ClusterMetrics.CalinskiHarabasz(x, model.Labels), row.CalinskiHarabasz);
        Assert.Equal(ClusterMetrics.DaviesBouldin(x, model.Labels), row.DaviesBouldin);
    }

    [Fact]
    public void Evaluate_MorePointsThanSilhouetteLimit_SampledAndSaysSo()
    {
        var (x, _) = TestBlobs.Make(500, 2, 3, 1.0, seed: 2);
        var m = new FeatureMatrix(x);
        var options = new ClusterQualityOptions { MinK = 3, MaxK = 3, SilhouetteMaxPoints = 100, SilhouetteSeed = 9 };
        var report = ClusterQuality.Evaluate(m, options);
        Assert.True(report.SilhouetteSampled);
        Assert.Equal(100, report.SilhouettePoints);
        var model = KMeans.Fit(m, options.KMeans with { K = 3 });
        Assert.Equal(ClusterMetrics.SilhouetteSample(m, model.Labels, 100, 9), report.Rows[0].Silhouette);
        Assert.NotEqual(ClusterMetrics.Silhouette(m, model.Labels), report.Rows[0].Silhouette);
    }

    [Fact]
    public void ToDataFrame_MarksRecommendedRow()
    {
        var (x, _) = TestBlobs.Make(200, 2, 3, 0.5, seed: 3);
        var frame = ClusterQuality.Evaluate(x, 2, 4).ToDataFrame();
        Assert.Equal(["k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "recommended"], frame.Columns.Select(c => c.Name));
        Assert.Equal(true, frame.Columns["recommended"][1]); // K = 3
    }

    [Theory]
    [InlineData(1, 5, "MinK = 1")]
    [InlineData(4, 3, "MaxK = 3 is below MinK = 4")]
    public void Evaluate_BadRange_InvalidOption(int minK, int maxK, string expected)
    {
        var ex = Assert.Throws<InputDataException>(() => ClusterQuality.Evaluate(ReferenceData.X, minK, maxK));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Evaluate_MaxKNotBelowRows_InsufficientData()
    {
        var ex = Assert.Throws<InputDataException>(() => ClusterQuality.Evaluate(new double[,] { { 1 }, { 2 }, { 3 } }, 2, 3));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("MaxK = 3 but there are only 3 rows", ex.Message);
    }
}

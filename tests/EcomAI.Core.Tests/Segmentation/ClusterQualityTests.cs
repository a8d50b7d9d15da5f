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
        Assert.Empty(report.Skipped);
        Assert.Equal("the best mean silhouette among K whose smallest segment holds at least 2 % of customers; ties go to the smaller K", report.Rule);
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
    public void ToDataFrame_OneRowPerRequestedKWithStatus()
    {
        var (x, _) = TestBlobs.Make(200, 2, 3, 0.5, seed: 3);
        var frame = ClusterQuality.Evaluate(x, 2, 4).ToDataFrame();
        Assert.Equal(["k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin", "smallest_share", "status"], frame.Columns.Select(c => c.Name));
        Assert.Equal("recommended", frame.Columns["status"][1]); // K = 3
        Assert.Equal([2, 3, 4], frame.Columns["k"].Cast<int>());
    }

    [Fact]
    public void Evaluate_DefaultRange_ThreeToEightWithRunnerUpsBestFirst()
    {
        var (x, _) = TestBlobs.Make(400, 2, 4, 0.8, seed: 5);
        var report = ClusterQuality.Evaluate(x, seed: 1);
        Assert.Equal([3, 4, 5, 6, 7, 8], report.Rows.Select(r => r.K));
        Assert.Equal(4, report.RecommendedK);
        // Runner-ups: every other eligible K, best silhouette first.
        var expected = report.Rows.Where(r => r.K != 4).OrderByDescending(r => r.Silhouette).Select(r => r.K);
        Assert.Equal(expected, report.RunnerUps.Select(r => r.K));
        Assert.Contains($"runner-ups K = {report.RunnerUps[0].K} (", report.Explanation);
        Assert.Equal("runner-up", report.StatusOf(report.RunnerUps[0].K));
    }

    [Fact]
    public void Evaluate_SmallestClusterBelowMinimumShare_NotChosenEvenWithTheBestSilhouette()
    {
        // Three blobs of 98 points around (0, 0), (10, 20), (20, 0) and a tight blob of 4 points at (40, 40), 1.3 % of 298:
        // K = 4 separates them best, but its smallest segment is below 2 %, so the rule picks the best K among the
        // others; with MinSegmentShare = 0, K = 4.
        var (big, _) = TestBlobs.Make(294, 2, 3, 0.5, seed: 7);
        var x = new double[298, 2];
        for (int i = 0; i < 294; i++)
        {
            x[i, 0] = big[i, 0];
            x[i, 1] = big[i, 1];
        }

        for (int i = 294; i < 298; i++)
        {
            x[i, 0] = 40 + (0.1 * (i - 294));
            x[i, 1] = 40;
        }

        var m = new FeatureMatrix(x);
        var strict = ClusterQuality.Evaluate(m, new ClusterQualityOptions { MinK = 3, MaxK = 5 });
        var four = strict.Rows.Single(r => r.K == 4);
        Assert.Equal(4 / 298.0, four.SmallestShare, 12);
        Assert.False(four.Eligible);
        Assert.Equal(strict.Rows.Max(r => r.Silhouette), four.Silhouette);
        Assert.NotEqual(4, strict.RecommendedK);
        Assert.Equal("smallest segment below the minimum share", strict.StatusOf(4));
        Assert.Contains("not eligible K = 4 (smallest segment 1.3 %)", strict.Explanation);
        var lenient = ClusterQuality.Evaluate(m, new ClusterQualityOptions { MinK = 3, MaxK = 5, MinSegmentShare = 0 });
        Assert.Equal(4, lenient.RecommendedK);
    }

    [Fact]
    public void Evaluate_NoKReachesTheMinimumShare_BestSilhouetteOfAllAndSaysSo()
    {
        // Four tight 5 × 5 grids (step 0.1) centred 10 apart and one point 1,000 away: n = 101. Every K of 3..8 leaves
        // the far point alone (joining it to a grid would cost ~10⁶ of inertia), so every smallest segment is 1/101 <
        // 2 % and no K is eligible. K = 5 (four grids + the point) has the best silhouette by construction: fewer
        // segments merge grids 10 apart, more split a grid whose points are 0.1 apart.
        var x = new double[101, 2];
        int i = 0;
        foreach (var (cx, cy) in new[] { (0.0, 0.0), (10.0, 0.0), (0.0, 10.0), (10.0, 10.0) })
        {
            for (int a = 0; a < 5; a++)
            {
                for (int b = 0; b < 5; b++, i++)
                {
                    x[i, 0] = cx + (0.1 * a);
                    x[i, 1] = cy + (0.1 * b);
                }
            }
        }

        x[100, 0] = 1000;
        x[100, 1] = 1000;
        var report = ClusterQuality.Evaluate(x, seed: 3);
        Assert.Equal([3, 4, 5, 6, 7, 8], report.Rows.Select(r => r.K));
        Assert.All(report.Rows, r => Assert.Equal(1 / 101.0, r.SmallestShare, 12));
        Assert.All(report.Rows, r => Assert.False(r.Eligible));
        Assert.True(report.NoKEligible);
        Assert.Equal(5, report.RecommendedK);
        Assert.Equal(report.Rows.Max(r => r.Silhouette), report.Recommended.Silhouette);
        Assert.Equal(
            "the best mean silhouette among K whose smallest segment holds at least 2 % of customers; ties go to the smaller K " +
            "(no K met the minimum share, so the best silhouette of all evaluated K)", report.Rule);
        Assert.StartsWith("K = 5 of 3..8: mean silhouette ", report.Explanation);
        Assert.Contains("(no K met the minimum share, so the best silhouette of all evaluated K)", report.Explanation);
        // Every other K is a runner-up, none is reported as "not eligible": the fallback made them all candidates.
        Assert.Equal(5, report.RunnerUps.Count);
        Assert.DoesNotContain("not eligible", report.Explanation);
        Assert.NotEqual("smallest segment below the minimum share", report.StatusOf(3));
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
    public void Evaluate_RangePartlyAboveN_EvaluatesWhatItCanAndListsTheRestWithReasons()
    {
        // 5 distinct points: the silhouette needs K ≤ n − 1 = 4, so K = 5 and 6 of 2..6 are skipped, each with its reason.
        var x = new double[,] { { 0 }, { 1 }, { 10 }, { 11 }, { 30 } };
        var report = ClusterQuality.Evaluate(x, 2, 6);
        Assert.Equal([2, 3, 4], report.Rows.Select(r => r.K));
        Assert.Equal([5, 6], report.Skipped.Select(s => s.K));
        Assert.Equal("the silhouette needs K ≤ n − 1 = 4 (n = 5 customers)", report.Skipped[0].Reason);
        Assert.Equal("more than the 5 distinct points (customers with different RFM values); K-means cannot make more non-empty segments than that", report.Skipped[1].Reason);
        Assert.StartsWith("skipped: more than the 5 distinct points", report.StatusOf(6));
        Assert.Contains("skipped K = 5 (", report.Explanation);
    }

    [Fact]
    public void Evaluate_FewerDistinctPointsThanSmallestK_InsufficientDataListingTheLimit()
    {
        // 6 rows but only 2 distinct points: no K of 3..8 exists.
        var x = new double[,] { { 1 }, { 1 }, { 1 }, { 5 }, { 5 }, { 5 } };
        var ex = Assert.Throws<InputDataException>(() => ClusterQuality.Evaluate(x));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("No K of 3..8 can be evaluated on 6 customers with 2 distinct RFM value(s)", ex.Message);
        Assert.Contains("min(distinct points, n − 1) = 2", ex.Message);
    }
}

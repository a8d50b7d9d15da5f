using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class ClusterMetricsTests
{
    // Expected values: scikit-learn 1.2.1 sklearn.metrics on ReferenceData (script: sklearn_reference.py beside this file).
    [Fact]
    public void Silhouette_ReferenceData_EqualsScikitLearn()
    {
        Assert.Equal(0.692078114599099, ClusterMetrics.Silhouette(ReferenceData.X, ReferenceData.Labels), 1e-9);
        Assert.Equal(0.41035559307750596, ClusterMetrics.Silhouette(ReferenceData.X, ReferenceData.Labels2()), 1e-9);
    }

    [Fact]
    public void CalinskiHarabasz_ReferenceData_EqualsScikitLearn()
    {
        Assert.Equal(95.65617984699449, ClusterMetrics.CalinskiHarabasz(ReferenceData.X, ReferenceData.Labels), 1e-9);
        Assert.Equal(69.68390637648488, ClusterMetrics.CalinskiHarabasz(ReferenceData.X, ReferenceData.Labels2()), 1e-9);
    }

    [Fact]
    public void DaviesBouldin_ReferenceData_EqualsScikitLearn()
    {
        Assert.Equal(0.40231227043445134, ClusterMetrics.DaviesBouldin(ReferenceData.X, ReferenceData.Labels), 1e-9);
        Assert.Equal(0.559527027965522, ClusterMetrics.DaviesBouldin(ReferenceData.X, ReferenceData.Labels2()), 1e-9);
    }

    [Fact]
    public void Silhouette_LabelValuesRenamed_Unchanged()
    {
        var renamed = ReferenceData.Labels.Select(l => 10 - (3 * l)).ToArray();
        Assert.Equal(ClusterMetrics.Silhouette(ReferenceData.X, ReferenceData.Labels), ClusterMetrics.Silhouette(ReferenceData.X, renamed), 12);
    }

    [Fact]
    public void Silhouette_TwoPointsPerClusterOnALine_MatchesHandComputation()
    {
        // Points 0, 1 (cluster A) and 4, 6 (cluster B) on a line.
        // x=0: a = 1, b = (4+6)/2 = 5, s = 4/5.   x=1: a = 1, b = (3+5)/2 = 4, s = 3/4.
        // x=4: a = 2, b = (4+3)/2 = 3.5, s = 1.5/3.5.   x=6: a = 2, b = (6+5)/2 = 5.5, s = 3.5/5.5.
        double expected = (0.8 + 0.75 + (1.5 / 3.5) + (3.5 / 5.5)) / 4;
        var x = new double[,] { { 0 }, { 1 }, { 4 }, { 6 } };
        Assert.Equal(expected, ClusterMetrics.Silhouette(x, [0, 0, 1, 1]), 12);
    }

    [Fact]
    public void Silhouette_OneVersusManyThreads_BitIdentical()
    {
        var (x, truth) = TestBlobs.Make(1500, 3, 4, 4.0, seed: 3);
        var m = new FeatureMatrix(x);
        Assert.Equal(ClusterMetrics.Silhouette(m, truth, 1), ClusterMetrics.Silhouette(m, truth, 4));
    }

    [Fact]
    public void SilhouetteSample_WholeData_EqualsExact()
    {
        var m = new FeatureMatrix(ReferenceData.X);
        Assert.Equal(ClusterMetrics.Silhouette(m, ReferenceData.Labels), ClusterMetrics.SilhouetteSample(m, ReferenceData.Labels, 24, seed: 5), 12);
    }

    [Fact]
    public void AdjustedRandIndex_SmallExample_MatchesHandComputationAndScikitLearn()
    {
        // Contingency of truth {0,0,0,1,1,1,2,2,2,2} vs pred {1,1,0,0,2,2,2,2,0,0}:
        // rows (3,3,4), columns (4 for label 0, 2 for label 1, 4 for label 2); cells with 2 items: four.
        // Σ C(n_ij,2) = 4; Σ C(a,2) = 3+3+6 = 12; Σ C(b,2) = 6+1+6 = 13; E = 12·13/C(10,2) = 156/45; max = 12.5.
        double expected = (4 - (156.0 / 45)) / (12.5 - (156.0 / 45));
        double ari = ClusterMetrics.AdjustedRandIndex([0, 0, 0, 1, 1, 1, 2, 2, 2, 2], [1, 1, 0, 0, 2, 2, 2, 2, 0, 0]);
        Assert.Equal(expected, ari, 12);
        Assert.Equal(0.05904059040590406, ari, 12); // sklearn.metrics.adjusted_rand_score, sklearn_reference.py
    }

    [Fact]
    public void AdjustedRandIndex_SamePartitionRenamed_IsOne()
    {
        Assert.Equal(1.0, ClusterMetrics.AdjustedRandIndex([0, 0, 1, 1, 2], [7, 7, 3, 3, 9]));
        Assert.Equal(1.0, ClusterMetrics.AdjustedRandIndex([0, 0, 0], [5, 5, 5]));
    }

    [Fact]
    public void Metrics_OneCluster_InsufficientData()
    {
        var ex = Assert.Throws<InputDataException>(() => ClusterMetrics.Silhouette(ReferenceData.X, new int[24]));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("1 cluster(s) over 24 rows", ex.Message);
    }

    [Fact]
    public void Metrics_LabelCountMismatch_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => ClusterMetrics.DaviesBouldin(ReferenceData.X, [0, 1]));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("2 labels for 24 rows", ex.Message);
    }

    [Fact]
    public void Metrics_NaNPoint_NonFiniteNumberNamingRow()
    {
        var x = (double[,])ReferenceData.X.Clone();
        x[5, 1] = double.NaN;
        var ex = Assert.Throws<InputDataException>(() => ClusterMetrics.CalinskiHarabasz(x, ReferenceData.Labels));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains("row 6, column 2", ex.Message);
    }
}

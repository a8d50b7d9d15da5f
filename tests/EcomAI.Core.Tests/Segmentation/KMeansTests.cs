using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class KMeansTests
{

    private static double[,] Rows(double[,] x, params int[] rows)
    {
        var result = new double[rows.Length, x.GetLength(1)];
        for (int r = 0; r < rows.Length; r++)
        {
            for (int f = 0; f < x.GetLength(1); f++)
            {
                result[r, f] = x[rows[r], f];
            }
        }

        return result;
    }

    // Expected: scikit-learn 1.2.1 KMeans(n_clusters=3, init=X[[0, 3, 16]], n_init=1, algorithm="lloyd") on ReferenceData
    // (sklearn_reference.py): inertia 48.30910714285714, n_iter_ 4, labels and centres as below.
    [Theory]
    [InlineData(KMeansAlgorithm.Lloyd)]
    [InlineData(KMeansAlgorithm.Hamerly)]
    public void Fit_SklearnInitialCentres_MatchesSklearnLloyd(KMeansAlgorithm algorithm)
    {
        var model = KMeans.Fit(ReferenceData.X, new KMeansOptions { K = 3, InitialCentres = Rows(ReferenceData.X, 0, 3, 16), Algorithm = algorithm });
        Assert.Equal(48.30910714285714, model.Inertia, 1e-9);
        Assert.Equal(4, model.Iterations);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 0, 2], model.Labels);
        double[,] expected = { { 1.5, 2.1, 0.9 }, { 5.8875, 7.3375, 3.1625 }, { 8.82857142857143, 1.5142857142857142, 5.9 } };
        for (int j = 0; j < 3; j++)
        {
            for (int f = 0; f < 3; f++)
            {
                Assert.Equal(expected[j, f], model.Centre(j, f), 1e-12);
            }
        }
    }

    [Fact]
    public void Fit_Inertia_EqualsSumOfSquaredDistancesToAssignedCentres()
    {
        var (x, _) = TestBlobs.Make(600, 3, 5, 3.0, seed: 11);
        var model = KMeans.Fit(x, new KMeansOptions { K = 5, Restarts = 2, Seed = 4 });
        double expected = 0;
        for (int i = 0; i < 600; i++)
        {
            for (int f = 0; f < 3; f++)
            {
                double diff = x[i, f] - model.Centre(model.Labels[i], f);
                expected += diff * diff;
            }
        }

        Assert.Equal(expected, model.Inertia, expected * 1e-12);
        // Each centre is the mean of its members (the M-step fixed point at convergence).
        for (int j = 0; j < 5; j++)
        {
            var members = Enumerable.Range(0, 600).Where(i => model.Labels[i] == j).ToArray();
            Assert.Equal(members.Average(i => x[i, 0]), model.Centre(j, 0), 1e-9);
        }
    }

    [Fact]
    public void Fit_HamerlyAndLloyd_GiveIdenticalLabelsCentresAndIterations()
    {
        // Overlapping blobs (std comparable to the spacing) so that many points sit near boundaries.
        var x = TestBlobs.Overlapping(6000, 4, 9, 5.0, seed: 2);
        // Tolerance 0: run until labels stop changing, so there are many iterations for the bounds to work on.
        var options = new KMeansOptions { K = 9, Restarts = 2, Seed = 8, Tolerance = 0 };
        var lloyd = KMeans.Fit(x, options with { Algorithm = KMeansAlgorithm.Lloyd });
        var hamerly = KMeans.Fit(x, options);
        Assert.Equal(KMeansAlgorithm.Hamerly, hamerly.Algorithm);
        Assert.True(lloyd.Iterations > 10, $"{lloyd.Iterations} iterations");
        Assert.Equal(lloyd.Labels, hamerly.Labels);
        Assert.Equal(lloyd.Iterations, hamerly.Iterations);
        Assert.Equal(lloyd.Inertia, hamerly.Inertia);
        Assert.Equal(lloyd.GetCentres(), hamerly.GetCentres());

        // The bounds must actually save work, or the accelerated variant is pointless.
        Assert.True(hamerly.DistanceEvaluations < lloyd.DistanceEvaluations / 2, $"Hamerly {hamerly.DistanceEvaluations} vs Lloyd {lloyd.DistanceEvaluations}");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(16)]
    public void Fit_Lloyd_DistanceEvaluationsAreNTimesKPerPass(int k)
    {
        // Closed form: every E-step computes n·K distances; there are Iterations of them, plus the final one unless
        // the run stopped because no label changed. Allowed or not, the 512-bit kernel must not change the count.
        var x = TestBlobs.Overlapping(5000, 6, k, 4.0, seed: 31);
        var options = new KMeansOptions { K = k, Restarts = 1, Seed = 2, Algorithm = KMeansAlgorithm.Lloyd };
        foreach (bool allow512 in new[] { true, false })
        {
            var model = KMeans.Fit(new FeatureMatrix(x), options, null, allow512);
            long passes = model.Iterations + (model.StrictConvergence ? 0 : 1);
            Assert.Equal(5000L * k * passes, model.DistanceEvaluations);
        }
    }

    [Theory]
    [InlineData(5, 0.0)]
    [InlineData(12, 1e-4)]
    [InlineData(16, 0.0)]
    [InlineData(16, 1e-4)]
    public void Fit_Hamerly_DistanceEvaluationsEqualAPlainReferenceWhicheverKernelRuns(int k, double tolerance)
    {
        // 5,000 rows = 3 chunks of the engine; K = 12 and 16 use the 512-bit kernels where the processor has them.
        var x = TestBlobs.Overlapping(5000, 6, k, 4.0, seed: 31);
        var init = Rows(x, Enumerable.Range(0, k).Select(j => j * 7).ToArray());
        var reference = HamerlyReference.Run(x, init, tolerance);
        var options = new KMeansOptions { K = k, InitialCentres = init, Tolerance = tolerance };
        var wide = KMeans.Fit(new FeatureMatrix(x), options, null, allow512: true);
        var narrow = KMeans.Fit(new FeatureMatrix(x), options, null, allow512: false);
        Assert.True(reference.Iterations > 5, $"{reference.Iterations} iterations");
        Assert.Equal(reference.Labels, wide.Labels);
        Assert.Equal(reference.Iterations, wide.Iterations);
        Assert.Equal(reference.Evaluations, wide.DistanceEvaluations);
        Assert.Equal(reference.Evaluations, narrow.DistanceEvaluations);
        Assert.Equal(wide.Labels, narrow.Labels);
        Assert.Equal(wide.GetCentres(), narrow.GetCentres());
        Assert.Equal(BitConverter.DoubleToInt64Bits(wide.Inertia), BitConverter.DoubleToInt64Bits(narrow.Inertia));
    }

    [Theory]
    [InlineData(KMeansAlgorithm.Lloyd)]
    [InlineData(KMeansAlgorithm.Hamerly)]
    public void Fit_OneVersusManyThreads_BitIdentical(KMeansAlgorithm algorithm)
    {
        // 20,000 rows = 10 chunks, so the per-chunk reduction order is really exercised.
        var x = TestBlobs.Overlapping(20_000, 5, 7, 5.0, seed: 21);
        var options = new KMeansOptions { K = 7, Restarts = 3, Seed = 5, Algorithm = algorithm };
        var one = KMeans.Fit(x, options with { MaxDegreeOfParallelism = 1 });
        var many = KMeans.Fit(x, options with { MaxDegreeOfParallelism = 8 });
        Assert.Equal(BitConverter.DoubleToInt64Bits(one.Inertia), BitConverter.DoubleToInt64Bits(many.Inertia));
        Assert.Equal(one.GetCentres(), many.GetCentres());
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.RestartInertias, many.RestartInertias);
    }

    [Theory]
    [InlineData(KMeansAlgorithm.Lloyd)]
    [InlineData(KMeansAlgorithm.Hamerly)]
    public void Fit_OneCluster_CentreIsMeanAndInertiaIsTotalSumOfSquares(KMeansAlgorithm algorithm)
    {
        // Closed form: points 1, 2, 3, 6 → mean 3, Σ (x − 3)² = 4 + 1 + 0 + 9 = 14.
        var model = KMeans.Fit(new double[,] { { 1 }, { 2 }, { 3 }, { 6 } }, new KMeansOptions { K = 1, Algorithm = algorithm });
        Assert.Equal(3.0, model.Centre(0, 0), 12);
        Assert.Equal(14.0, model.Inertia, 12);
    }

    [Fact]
    public void Fit_WellSeparatedBlobs_RecoversMembership()
    {
        var (x, truth) = TestBlobs.Make(900, 2, 3, 0.5, seed: 1);
        var model = KMeans.Fit(x, 3, seed: 0);
        Assert.Equal(1.0, ClusterMetrics.AdjustedRandIndex(truth, model.Labels));
        Assert.True(model.Converged);
    }

    [Fact]
    public void Fit_SameSeed_SameResult()
    {
        var (x, _) = TestBlobs.Make(2000, 3, 6, 4.0, seed: 9);
        var a = KMeans.Fit(x, new KMeansOptions { K = 6, Seed = 77 });
        var b = KMeans.Fit(x, new KMeansOptions { K = 6, Seed = 77 });
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Inertia, b.Inertia);
    }

    [Fact]
    public void Fit_RestartsKeepLowestInertia()
    {
        var (x, _) = TestBlobs.Make(1500, 2, 8, 3.0, seed: 4);
        var model = KMeans.Fit(x, new KMeansOptions { K = 8, Restarts = 6, Seed = 3 });
        Assert.Equal(6, model.RestartInertias.Count);
        Assert.Equal(model.RestartInertias.Min(), model.Inertia);
        Assert.Equal(model.RestartInertias.ToList().IndexOf(model.Inertia), model.BestRestart);
    }

    [Fact]
    public void Fit_IntegerWeights_EqualDuplicatedRows()
    {
        // Weight 2 on a row must act exactly like the row appearing twice.
        var x = new double[,] { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 10, 10 }, { 11, 10 }, { 10, 12 } };
        var duplicated = new double[,] { { 0, 0 }, { 1, 0 }, { 1, 0 }, { 0, 1 }, { 10, 10 }, { 11, 10 }, { 10, 12 }, { 10, 12 }, { 10, 12 } };
        var init = new double[,] { { 0, 0 }, { 10, 10 } };
        var weighted = KMeans.Fit(x, new KMeansOptions { K = 2, InitialCentres = init }, [1, 2, 1, 1, 1, 3]);
        var plain = KMeans.Fit(duplicated, new KMeansOptions { K = 2, InitialCentres = init });
        Assert.Equal(plain.Inertia, weighted.Inertia, 1e-12);
        Assert.Equal(plain.GetCentres(), weighted.GetCentres());
        // Closed form: cluster 1 = {(0,0),(1,0)x2,(0,1)} → centre (0.5, 0.25).
        Assert.Equal(0.5, weighted.Centre(0, 0), 12);
        Assert.Equal(0.25, weighted.Centre(0, 1), 12);
    }

    [Fact]
    public void Fit_InitialCentreFarFromData_EmptyClusterIsReseeded()
    {
        var (x, _) = TestBlobs.Make(300, 2, 3, 0.5, seed: 6);
        var init = new double[,] { { 0, 0 }, { 10, 20 }, { 1000, 1000 } };
        var model = KMeans.Fit(x, new KMeansOptions { K = 3, InitialCentres = init });
        Assert.All(model.ClusterSizes, size => Assert.True(size > 0));
        Assert.All(model.GetCentres().Cast<double>(), v => Assert.True(double.IsFinite(v) && Math.Abs(v) < 100));
    }

    [Fact]
    public void Fit_ZeroTolerance_StopsOnlyWhenLabelsAreStable()
    {
        var (x, _) = TestBlobs.Make(1000, 2, 4, 3.0, seed: 12);
        var model = KMeans.Fit(x, new KMeansOptions { K = 4, Tolerance = 0, Restarts = 1 });
        Assert.True(model.StrictConvergence);
        Assert.Equal(model.Labels, model.Predict(x));
    }

    [Fact]
    public void PredictAndTransform_NewPoints_NearestCentreAndEuclideanDistances()
    {
        var model = KMeans.Fit(new double[,] { { 0, 0 }, { 0, 2 }, { 10, 0 }, { 10, 2 } },
            new KMeansOptions { K = 2, InitialCentres = new double[,] { { 0, 0 }, { 10, 0 } } });
        // Centres (0, 1) and (10, 1).
        Assert.Equal([0, 1, 0], model.Predict(new double[,] { { 1, 1 }, { 9, 5 }, { 4.9, 1 } }));
        var d = model.Transform(new double[,] { { 3, 5 } });
        Assert.Equal(5.0, d[0, 0], 12);          // √(3² + 4²)
        Assert.Equal(Math.Sqrt(65), d[0, 1], 12); // √(7² + 4²)
    }

    [Fact]
    public void Predict_WrongColumnCount_InvalidOption()
    {
        var model = KMeans.Fit(ReferenceData.X, new KMeansOptions { K = 2, Restarts = 1 });
        var ex = Assert.Throws<InputDataException>(() => model.Predict(new double[,] { { 1, 2 } }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("2 columns but the model was fitted on 3", ex.Message);
    }

    [Fact]
    public void ToDataFrame_OneRowPerClusterWithSizesAndCentres()
    {
        var model = KMeans.Fit(ReferenceData.X, new KMeansOptions { K = 3, InitialCentres = Rows(ReferenceData.X, 0, 3, 16) });
        var frame = model.ToDataFrame();
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(["cluster", "size", "feature_1", "feature_2", "feature_3"], frame.Columns.Select(c => c.Name));
        Assert.Equal(9, frame.Columns["size"][0]);
        Assert.Equal(1.5, (double)frame.Columns["feature_1"][0]!, 12);
    }

    [Fact]
    public void Fit_KAboveDistinctPoints_InsufficientData()
    {
        var x = new double[,] { { 1, 1 }, { 1, 1 }, { 2, 2 }, { 2, 2 }, { 3, 3 }, { 1, 1 } };
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(x, new KMeansOptions { K = 4 }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("K = 4 but the data has only 3 distinct point(s) among 6 rows", ex.Message);
    }

    [Fact]
    public void Fit_KAboveRows_InsufficientData()
    {
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(new double[,] { { 1 }, { 2 } }, new KMeansOptions { K = 3 }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("K = 3 but the data has only 2 rows", ex.Message);
    }

    [Fact]
    public void Fit_EmptyData_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(new double[0, 3], new KMeansOptions { K = 2 }));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("no rows", ex.Message);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Fit_NonFiniteValue_NonFiniteNumberNamingRowAndColumn(double bad, string text)
    {
        var x = (double[,])ReferenceData.X.Clone();
        x[4, 2] = bad;
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(x, new KMeansOptions { K = 2 }));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains($"row 5, column 3: {text} is not a finite number", ex.Message);
        Assert.Equal(5, ex.Row);
    }

    public static TheoryData<KMeansOptions, string> BadOptions => new()
    {
        { new KMeansOptions { K = 0 }, "K = 0" },
        { new KMeansOptions { Restarts = 0 }, "Restarts = 0" },
        { new KMeansOptions { MaxIterations = 0 }, "MaxIterations = 0" },
        { new KMeansOptions { Tolerance = -1 }, "Tolerance = -1" },
        { new KMeansOptions { Tolerance = double.NaN }, "Tolerance = NaN" },
        { new KMeansOptions { MaxDegreeOfParallelism = 0 }, "MaxDegreeOfParallelism = 0" },
        { new KMeansOptions { Algorithm = (KMeansAlgorithm)42 }, "Algorithm = 42" },
        { new KMeansOptions { K = 2, InitialCentres = new double[3, 3] }, "InitialCentres has 3 rows but K = 2" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Fit_BadOptions_InvalidOptionNamingParameter(KMeansOptions options, string expected)
    {
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(ReferenceData.X, options));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Fit_BadWeights_InvalidOption()
    {
        var wrongLength = Assert.Throws<InputDataException>(() => KMeans.Fit(ReferenceData.X, new KMeansOptions { K = 2 }, [1.0, 2.0]));
        Assert.Contains("sampleWeights has 2 values but the data has 24 rows", wrongLength.Message);
        var negative = Enumerable.Repeat(1.0, 24).ToArray();
        negative[3] = -1;
        var ex = Assert.Throws<InputDataException>(() => KMeans.Fit(ReferenceData.X, new KMeansOptions { K = 2 }, negative));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("row 4: -1 is not a finite weight", ex.Message);
    }

    [Fact]
    public void InitialCentres_CallerChangesTheArrayAfterwards_OptionsAndFitUnchanged()
    {
        var init = Rows(ReferenceData.X, 0, 3, 16);
        var options = new KMeansOptions { K = 3, InitialCentres = init };
        init[0, 0] = 1000;
        options.InitialCentres![1, 1] = -1000; // the getter hands out a copy too
        Assert.Equal(ReferenceData.X[0, 0], options.InitialCentres![0, 0]);
        Assert.Equal(ReferenceData.X[3, 1], options.InitialCentres[1, 1]);
        // Same fit as from untouched centres: scikit-learn's figures of Fit_SklearnInitialCentres_MatchesSklearnLloyd.
        var model = KMeans.Fit(ReferenceData.X, options);
        Assert.Equal(48.30910714285714, model.Inertia, 1e-9);
        Assert.Equal(4, model.Iterations);
    }

    [Fact]
    public void Equals_SameCentreValuesInDifferentArrays_EqualOptions()
    {
        var a = new KMeansOptions { K = 3, InitialCentres = Rows(ReferenceData.X, 0, 3, 16) };
        var b = new KMeansOptions { K = 3, InitialCentres = Rows(ReferenceData.X, 0, 3, 16) };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { InitialCentres = Rows(ReferenceData.X, 0, 3, 17) });
        Assert.NotEqual(a, b with { InitialCentres = null });
        Assert.NotEqual(a, b with { Seed = 1 });
    }

    [Fact]
    public void Fit_DoesNotModifyInput()
    {
        var x = (double[,])ReferenceData.X.Clone();
        KMeans.Fit(x, new KMeansOptions { K = 3, Restarts = 2 });
        Assert.Equal(ReferenceData.X, x);
    }
}

using System.Globalization;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>A fitted K-means model: centres, the training points' labels, inertia and how the run ended.</summary>
/// <remarks>
/// Inertia = Σ_i w_i ‖x_i − c_label(i)‖² (scikit-learn's <c>inertia_</c>). Immutable; it has no value equality (a fit
/// result, like scikit-learn's fitted estimator): compare <see cref="GetCentres"/>, <see cref="Labels"/> and <see cref="Inertia"/>.
/// </remarks>
public sealed class KMeansModel
{
    private readonly double[] _centres;
    private readonly int[] _labels;

    internal KMeansModel(double[] centres, int k, int dimensions, int[] labels, double inertia, int iterations, bool converged,
        bool strictConvergence, int bestRestart, double[] restartInertias, KMeansAlgorithm algorithm, double toleranceUsed, long distanceEvaluations)
    {
        DistanceEvaluations = distanceEvaluations;
        _centres = centres;
        _labels = labels;
        K = k;
        Dimensions = dimensions;
        Inertia = inertia;
        Iterations = iterations;
        Converged = converged;
        StrictConvergence = strictConvergence;
        BestRestart = bestRestart;
        RestartInertias = Array.AsReadOnly(restartInertias);
        Algorithm = algorithm;
        AbsoluteTolerance = toleranceUsed;
        var sizes = new int[k];
        foreach (int label in labels)
        {
            sizes[label]++;
        }

        ClusterSizes = Array.AsReadOnly(sizes);
    }

    /// <summary>Number of clusters.</summary>
    public int K { get; }

    /// <summary>Number of features.</summary>
    public int Dimensions { get; }

    /// <summary>Cluster index (0..K−1) of each training row.</summary>
    public IReadOnlyList<int> Labels => Array.AsReadOnly(_labels);

    /// <summary>Points per cluster.</summary>
    public IReadOnlyList<int> ClusterSizes { get; }

    /// <summary>Within-cluster (weighted) sum of squared distances to the centres.</summary>
    public double Inertia { get; }

    /// <summary>Lloyd iterations of the kept run (scikit-learn's <c>n_iter_</c>).</summary>
    public int Iterations { get; }

    /// <summary>True when the kept run stopped before <see cref="KMeansOptions.MaxIterations"/>.</summary>
    public bool Converged { get; }

    /// <summary>True when it stopped because no label changed (rather than by the centre-shift tolerance).</summary>
    public bool StrictConvergence { get; }

    /// <summary>0-based index of the kept restart.</summary>
    public int BestRestart { get; }

    /// <summary>Final inertia of every restart, in order.</summary>
    public IReadOnlyList<double> RestartInertias { get; }

    /// <summary>
    /// Point-to-centre distances computed by the E-steps of the kept run (seeding excluded): n·K per pass for Lloyd;
    /// for Hamerly n·K in the first pass, then K for each point whose bounds do not settle it. Shows what the bounds
    /// save; the same on every processor (the vector width changes only the speed).
    /// </summary>
    public long DistanceEvaluations { get; }

    /// <summary>The iteration algorithm used.</summary>
    public KMeansAlgorithm Algorithm { get; }

    /// <summary>The tolerance on Σ squared centre shift actually used: Tolerance × mean feature variance.</summary>
    public double AbsoluteTolerance { get; }

    /// <summary>Centre <paramref name="cluster"/>'s coordinate <paramref name="feature"/>.</summary>
    public double Centre(int cluster, int feature) => _centres[(cluster * Dimensions) + feature];

    /// <summary>A copy of the centres as a K × d array.</summary>
    public double[,] GetCentres()
    {
        var result = new double[K, Dimensions];
        for (int j = 0; j < K; j++)
        {
            for (int f = 0; f < Dimensions; f++)
            {
                result[j, f] = Centre(j, f);
            }
        }

        return result;
    }

    /// <summary>Nearest centre (lowest index on ties) of each row.</summary>
    public int[] Predict(double[,] points) => Predict(new FeatureMatrix(points));

    /// <summary>Nearest centre (lowest index on ties) of each row.</summary>
    public int[] Predict(FeatureMatrix points)
    {
        Check(points);
        var result = new int[points.Rows];
        int kp = Distances.Padded(K);
        var centresT = new double[Dimensions * kp];
        Distances.Transpose(_centres, K, Dimensions, kp, centresT);
        var dist = new double[kp];
        for (int i = 0; i < points.Rows; i++)
        {
            Distances.ToAll(points.Row(i), centresT, kp, dist);
            result[i] = Distances.ArgMin(dist, K, out _, out _);
        }

        return result;
    }

    /// <summary>Euclidean distance of each row to each centre (n × K), as scikit-learn's <c>transform</c>.</summary>
    public double[,] Transform(double[,] points) => Transform(new FeatureMatrix(points));

    /// <summary>Euclidean distance of each row to each centre (n × K).</summary>
    public double[,] Transform(FeatureMatrix points)
    {
        Check(points);
        var result = new double[points.Rows, K];
        for (int i = 0; i < points.Rows; i++)
        {
            for (int j = 0; j < K; j++)
            {
                result[i, j] = Math.Sqrt(Distances.Squared(points.Row(i), _centres.AsSpan(j * Dimensions, Dimensions)));
            }
        }

        return result;
    }

    /// <summary>One row per cluster: cluster, size, then the centre's coordinates (feature_1 … feature_d).</summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("cluster", Enumerable.Range(0, K)),
            new Int32DataFrameColumn("size", ClusterSizes),
        };
        for (int f = 0; f < Dimensions; f++)
        {
            int feature = f;
            columns.Add(new DoubleDataFrameColumn($"feature_{(f + 1).ToString(CultureInfo.InvariantCulture)}",
                Enumerable.Range(0, K).Select(j => Centre(j, feature))));
        }

        return new DataFrame(columns);
    }

    private void Check(FeatureMatrix points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Columns != Dimensions)
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                $"The points have {points.Columns} columns but the model was fitted on {Dimensions}; give the same features in the same order.");
        }

        points.RequireFinite("points");
    }
}

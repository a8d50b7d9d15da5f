using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Charts.Projection;

/// <summary>
/// A two-component principal component analysis, fitted once and used to project points (customers and
/// cluster centres) into the same plane.
/// </summary>
/// <remarks>
/// <para>With the column means μ and the centred data X<sub>c</sub> = X − 1μᵀ (n × p), the thin SVD
/// X<sub>c</sub> = U S Vᵀ gives the components as the first two rows of Vᵀ; a point x projects to
/// (x − μ)·v₁, (x − μ)·v₂. The explained variance ratio of component i is sᵢ² / Σⱼ sⱼ² (the share of the total
/// variance, as scikit-learn's <c>explained_variance_ratio_</c>).</para>
/// <para>Signs are fixed so that each component's largest-magnitude loading is positive, making the picture
/// the same on every run. With a single feature the second component is zero and explains 0%.</para>
/// </remarks>
public sealed class PrincipalComponents2D
{
    private readonly double[] _mean;
    private readonly double[,] _components; // 2 × p

    private PrincipalComponents2D(double[] mean, double[,] components, double ratio1, double ratio2)
    {
        _mean = mean;
        _components = components;
        ExplainedVarianceRatio = [ratio1, ratio2];
    }

    /// <summary>Number of features the projection expects.</summary>
    public int Features => _mean.Length;

    /// <summary>Share of the total variance explained by component 1 and component 2 (each in [0, 1]).</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; }

    /// <summary>Column means subtracted before projecting.</summary>
    public IReadOnlyList<double> Mean => Array.AsReadOnly(_mean);

    /// <summary>Loading of <paramref name="feature"/> on component <paramref name="component"/> (0 or 1); each component has unit length.</summary>
    /// <param name="component">0 for PC1, 1 for PC2.</param>
    /// <param name="feature">Feature index.</param>
    /// <returns>The loading.</returns>
    public double Loading(int component, int feature) => _components[component, feature];

    /// <summary>Fits the two leading principal components of <paramref name="data"/> (rows are points).</summary>
    /// <param name="data">n × p finite values, n ≥ 2, p ≥ 1, not all rows identical. Not modified.</param>
    /// <returns>The fitted projection.</returns>
    /// <exception cref="ArgumentException">Too few rows, no columns, a non-finite value, or zero total variance.</exception>
    public static PrincipalComponents2D Fit(double[,] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int n = data.GetLength(0), p = data.GetLength(1);
        if (n < 2 || p < 1)
        {
            throw new ArgumentException($"PCA needs at least 2 points and 1 feature; got {n} × {p}.", nameof(data));
        }

        var mean = new double[p];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < p; j++)
            {
                double v = data[i, j];
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"PCA input row {i + 1}, feature {j + 1} is {v}: every value must be a finite number.", nameof(data));
                }

                mean[j] += v;
            }
        }

        for (int j = 0; j < p; j++)
        {
            mean[j] /= n;
        }

        var centred = Matrix<double>.Build.Dense(n, p, (i, j) => data[i, j] - mean[j]);
        var svd = centred.Svd(computeVectors: true);
        var s = svd.S;
        double total = s.Sum(x => x * x);
        if (!(total > 0))
        {
            throw new ArgumentException("PCA input has zero variance (all points are identical): there is no direction to show.", nameof(data));
        }

        var components = new double[2, p];
        var ratios = new double[2];
        for (int c = 0; c < Math.Min(2, Math.Min(n, p)); c++)
        {
            var row = svd.VT.Row(c);
            int argMax = 0;
            for (int j = 1; j < p; j++)
            {
                if (Math.Abs(row[j]) > Math.Abs(row[argMax]))
                {
                    argMax = j;
                }
            }

            double sign = row[argMax] < 0 ? -1 : 1;
            for (int j = 0; j < p; j++)
            {
                components[c, j] = sign * row[j];
            }

            ratios[c] = s[c] * s[c] / total;
        }

        return new PrincipalComponents2D(mean, components, ratios[0], ratios[1]);
    }

    /// <summary>Projects rows of <paramref name="points"/> onto the two components.</summary>
    /// <param name="points">m × <see cref="Features"/> values (not modified).</param>
    /// <returns>m × 2 coordinates (PC1, PC2).</returns>
    public double[,] Project(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.GetLength(1) != Features)
        {
            throw new ArgumentException($"Points have {points.GetLength(1)} features; this projection was fitted on {Features}.", nameof(points));
        }

        int m = points.GetLength(0);
        var result = new double[m, 2];
        for (int i = 0; i < m; i++)
        {
            for (int c = 0; c < 2; c++)
            {
                double sum = 0;
                for (int j = 0; j < Features; j++)
                {
                    sum += (points[i, j] - _mean[j]) * _components[c, j];
                }

                result[i, c] = sum;
            }
        }

        return result;
    }
}

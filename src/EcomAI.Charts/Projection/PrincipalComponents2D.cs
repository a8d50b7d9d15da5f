using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Charts.Projection;

/// <summary>
/// A two-component principal component analysis, fitted once and used to project points (customers and
/// cluster centres) into the same plane.
/// </summary>
/// <remarks>
/// <para>With the column means μ and the centred data X<sub>c</sub> = X − 1μᵀ (n × p), the components v₁, v₂ are
/// the eigenvectors of the two largest eigenvalues λ₁ ≥ λ₂ of the p × p scatter matrix X<sub>c</sub>ᵀX<sub>c</sub>
/// (equivalently the leading right singular vectors of X<sub>c</sub>, λᵢ = sᵢ²); a point x projects to
/// (x − μ)·v₁, (x − μ)·v₂. The explained variance ratio of component i is λᵢ / Σⱼ λⱼ (the share of the total
/// variance, as scikit-learn's <c>explained_variance_ratio_</c>). Cost O(n·p²), memory O(p²).</para>
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

        // Scatter matrix Xcᵀ·Xc (p × p): O(n·p²) time and O(p²) memory, where an SVD of Xc would build an n × n U.
        var scatter = Matrix<double>.Build.Dense(p, p);
        var row = new double[p];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < p; j++)
            {
                row[j] = data[i, j] - mean[j];
            }

            for (int a = 0; a < p; a++)
            {
                for (int b = a; b < p; b++)
                {
                    scatter[a, b] += row[a] * row[b];
                }
            }
        }

        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < a; b++)
            {
                scatter[a, b] = scatter[b, a];
            }
        }

        // Eigenvalues of Xcᵀ·Xc are the squared singular values sᵢ² of Xc; eigenvectors are the rows of Vᵀ.
        var evd = scatter.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, p).OrderByDescending(k => evd.EigenValues[k].Real).ToArray();
        double total = order.Sum(k => Math.Max(0, evd.EigenValues[k].Real));
        if (!(total > 0))
        {
            throw new ArgumentException("PCA input has zero variance (all points are identical): there is no direction to show.", nameof(data));
        }

        var components = new double[2, p];
        var ratios = new double[2];
        for (int c = 0; c < Math.Min(2, p); c++)
        {
            var vector = evd.EigenVectors.Column(order[c]);
            int argMax = 0;
            for (int j = 1; j < p; j++)
            {
                if (Math.Abs(vector[j]) > Math.Abs(vector[argMax]) + 1e-12)
                {
                    argMax = j;
                }
            }

            double sign = vector[argMax] < 0 ? -1 : 1;
            double norm = vector.L2Norm();
            for (int j = 0; j < p; j++)
            {
                components[c, j] = sign * vector[j] / norm;
            }

            // Round-off can leave a zero eigenvalue slightly negative: clamp, a variance share is never below 0.
            ratios[c] = Math.Max(0, evd.EigenValues[order[c]].Real) / total;
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

using System.Globalization;
using EcomAI.Core.Data;
using MathNet.Numerics.LinearAlgebra;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// Principal component analysis (scikit-learn's <c>PCA(n_components)</c>): fitted once, then used to project points
/// (for example customers and cluster centres) onto the same leading components.
/// </summary>
/// <remarks>
/// <para>With the column means μ and the centred data X<sub>c</sub> = X − 1μᵀ (n × p), the components v₁ … v<sub>m</sub>
/// are the eigenvectors of the m largest eigenvalues λ₁ ≥ … ≥ λ<sub>m</sub> of the p × p scatter matrix
/// X<sub>c</sub>ᵀX<sub>c</sub> (Math.NET's symmetric eigendecomposition), equivalently the leading right singular
/// vectors of X<sub>c</sub> with λᵢ = sᵢ² (Jolliffe, <i>Principal Component Analysis</i>, 2nd ed., 2002, §1.1 and
/// §3.5). A point x projects to ((x − μ)·v₁, …, (x − μ)·v<sub>m</sub>). Explained variance λᵢ / (n − 1) and its ratio
/// λᵢ / Σⱼ λⱼ are scikit-learn's <c>explained_variance_</c> and <c>explained_variance_ratio_</c>. Cost O(n·p² + p³),
/// memory O(p²): the data is never copied, where an SVD of X<sub>c</sub> would copy it.</para>
/// <para>Signs are fixed so that each component's largest-magnitude loading is positive (scikit-learn fixes them from
/// the scores instead, so a component may come out negated there), making the result the same for any row order.
/// Components beyond the rank of the data, or beyond p, are zero vectors that explain 0.</para>
/// </remarks>
public sealed class PrincipalComponents
{
    private readonly double[] _mean;
    private readonly double[,] _components; // m × p
    private readonly double[] _variance;
    private readonly double[] _ratio;

    private PrincipalComponents(double[] mean, double[,] components, double[] variance, double[] ratio)
    {
        _mean = mean;
        _components = components;
        _variance = variance;
        _ratio = ratio;
    }

    /// <summary>Number of features the projection expects (p).</summary>
    public int Features => _mean.Length;

    /// <summary>Number of components kept (m).</summary>
    public int Components => _ratio.Length;

    /// <summary>Share of the total variance explained by each component, in [0, 1], largest first.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio => Array.AsReadOnly(_ratio);

    /// <summary>Variance of the data along each component, λᵢ / (n − 1) (sample variance, as scikit-learn).</summary>
    public IReadOnlyList<double> ExplainedVariance => Array.AsReadOnly(_variance);

    /// <summary>Column means subtracted before projecting.</summary>
    public IReadOnlyList<double> Mean => Array.AsReadOnly(_mean);

    /// <summary>Loading of <paramref name="feature"/> on <paramref name="component"/>; each component has unit length.</summary>
    /// <param name="component">0-based component index (0 = PC1).</param>
    /// <param name="feature">0-based feature index.</param>
    /// <returns>The loading (scikit-learn's <c>components_[component, feature]</c> up to sign).</returns>
    public double Loading(int component, int feature) => _components[component, feature];

    /// <summary>Fits the <paramref name="components"/> leading principal components of <paramref name="data"/> (rows are points).</summary>
    /// <param name="data">n × p finite values, n ≥ 2, p ≥ 1, not all rows identical. Not modified.</param>
    /// <param name="components">Components to keep, m ≥ 1 (default 2; m may exceed p, the extra components are zero).</param>
    /// <returns>The fitted projection.</returns>
    /// <exception cref="InputDataException">
    /// Fewer than 2 rows or no column (<see cref="ErrorIds.InsufficientData"/>), a NaN or infinity
    /// (<see cref="ErrorIds.NonFiniteNumber"/>, naming row and column), all rows identical
    /// (<see cref="ErrorIds.InsufficientData"/>), or <paramref name="components"/> &lt; 1 (<see cref="ErrorIds.InvalidOption"/>).
    /// </exception>
    public static PrincipalComponents Fit(double[,] data, int components = 2)
    {
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckAtLeast(components, 1, nameof(components));
        int n = data.GetLength(0), p = data.GetLength(1);
        if (n < 2 || p < 1)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                string.Create(CultureInfo.InvariantCulture, $"PCA needs at least 2 rows and 1 column; the data is {n} × {p}."));
        }

        new FeatureMatrix(data).RequireFinite("PCA input");
        var mean = new double[p];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < p; j++)
            {
                mean[j] += data[i, j];
            }
        }

        for (int j = 0; j < p; j++)
        {
            mean[j] /= n;
        }

        var evd = Scatter(data, mean).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, p).OrderByDescending(k => evd.EigenValues[k].Real).ToArray();
        // Round-off can leave a zero eigenvalue slightly negative: clamp, a variance is never below 0.
        double total = order.Sum(k => Math.Max(0, evd.EigenValues[k].Real));
        if (!(total > 0))
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                "The PCA input has zero variance (all rows are identical): there is no direction to project on.");
        }

        var loadings = new double[components, p];
        var variance = new double[components];
        var ratio = new double[components];
        for (int c = 0; c < Math.Min(components, p); c++)
        {
            var vector = evd.EigenVectors.Column(order[c]);
            int argMax = 0;
            for (int j = 1; j < p; j++)
            {
                // The tolerance keeps the choice stable when two loadings have equal magnitude up to round-off.
                if (Math.Abs(vector[j]) > Math.Abs(vector[argMax]) + 1e-12)
                {
                    argMax = j;
                }
            }

            double sign = vector[argMax] < 0 ? -1 : 1;
            double norm = vector.L2Norm();
            for (int j = 0; j < p; j++)
            {
                loadings[c, j] = sign * vector[j] / norm;
            }

            double lambda = Math.Max(0, evd.EigenValues[order[c]].Real);
            variance[c] = lambda / (n - 1);
            ratio[c] = lambda / total;
        }

        return new PrincipalComponents(mean, loadings, variance, ratio);
    }

    /// <summary>Projects the rows of <paramref name="points"/> onto the components.</summary>
    /// <param name="points">r × <see cref="Features"/> finite values (not modified).</param>
    /// <returns>r × <see cref="Components"/> scores (PC1, PC2, …), scikit-learn's <c>transform</c> up to sign.</returns>
    /// <exception cref="InputDataException">
    /// A different number of columns (<see cref="ErrorIds.InvalidOption"/>) or a non-finite value (<see cref="ErrorIds.NonFiniteNumber"/>).
    /// </exception>
    public double[,] Project(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        Preconditions.CheckOption(points.GetLength(1) == Features, nameof(points), string.Create(CultureInfo.InvariantCulture,
            $"{nameof(points)} have {points.GetLength(1)} columns but the PCA was fitted on {Features}; give the same features in the same order."));
        new FeatureMatrix(points).RequireFinite(nameof(points));
        int r = points.GetLength(0), m = Components;
        var result = new double[r, m];
        for (int i = 0; i < r; i++)
        {
            for (int c = 0; c < m; c++)
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

    /// <summary>Xcᵀ·Xc (p × p) accumulated row by row: O(p²) memory, where a centred copy of the data would take n × p.</summary>
    private static Matrix<double> Scatter(double[,] data, double[] mean)
    {
        int n = data.GetLength(0), p = mean.Length;
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

        return scatter;
    }
}

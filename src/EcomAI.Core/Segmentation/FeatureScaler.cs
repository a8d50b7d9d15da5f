using System.Globalization;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// A fitted per-column transform: optional signed log1p, then (x − Centre) / Scale. A column with zero spread gets
/// Scale = 1 (as scikit-learn), so constant columns become constant values, never NaN.
/// </summary>
/// <remarks>
/// The log step is sign(x) · ln(1 + |x|): ln(1 + x) for x ≥ 0 (numpy's <c>log1p</c>), mirrored for x &lt; 0. It is
/// the modulus transformation of John and Draper ("An alternative family of transformations", Applied Statistics
/// 29(2), 1980) with λ = 0: continuous, strictly increasing and defined everywhere, so a customer whose refunds
/// exceed their purchases (negative net monetary value) is transformed, not rejected. Its inverse is
/// sign(y) · (e^|y| − 1).
/// <para>Immutable, with value equality: two scalers are equal when they have the same method and the same
/// per-column log1p flags, centres and scales (so two fits on the same data are equal).</para>
/// </remarks>
public sealed class FeatureScaler : IEquatable<FeatureScaler>
{
    private readonly double[] _centre;
    private readonly double[] _scale;
    private readonly bool[] _log1p;

    private FeatureScaler(FeatureScaling method, double[] centre, double[] scale, bool[] log1p)
    {
        Method = method;
        _centre = centre;
        _scale = scale;
        _log1p = log1p;
    }

    /// <summary>The scaling method.</summary>
    public FeatureScaling Method { get; }

    /// <summary>Per-column value subtracted (after log1p when applied).</summary>
    public IReadOnlyList<double> Centre => Array.AsReadOnly(_centre);

    /// <summary>Per-column divisor (after log1p when applied); 1 for columns with no spread.</summary>
    public IReadOnlyList<double> Scale => Array.AsReadOnly(_scale);

    /// <summary>Per-column: whether the signed log1p, sign(x) · ln(1 + |x|), is applied first.</summary>
    public IReadOnlyList<bool> Log1p => Array.AsReadOnly(_log1p);

    /// <summary>True when <paramref name="other"/> has the same method, log1p flags, centres and scales.</summary>
    public bool Equals(FeatureScaler? other) =>
        other is not null && (ReferenceEquals(this, other) || (Method == other.Method && _log1p.AsSpan().SequenceEqual(other._log1p)
            && _centre.AsSpan().SequenceEqual(other._centre) && _scale.AsSpan().SequenceEqual(other._scale)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FeatureScaler);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Method);
        foreach (double v in _centre)
        {
            hash.Add(v);
        }

        foreach (double v in _scale)
        {
            hash.Add(v);
        }

        return hash.ToHashCode();
    }

    /// <summary>One row per column: column (1-based), log1p, centre, scale.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("column", Enumerable.Range(1, _centre.Length)),
        new BooleanDataFrameColumn("log1p", _log1p),
        new DoubleDataFrameColumn("centre", _centre),
        new DoubleDataFrameColumn("scale", _scale));

    /// <summary>Fits the transform on the columns of <paramref name="data"/> (not modified).</summary>
    /// <param name="data">n × d values.</param>
    /// <param name="method">Scaling method.</param>
    /// <param name="log1p">Per column, apply sign(x) · ln(1 + |x|) first (null = none); any finite value is allowed.</param>
    /// <param name="columnNames">Names for messages (optional).</param>
    public static FeatureScaler Fit(double[,] data, FeatureScaling method = FeatureScaling.ZScore, bool[]? log1p = null, string[]? columnNames = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        Preconditions.CheckDefined(method, nameof(method));

        int n = data.GetLength(0), d = data.GetLength(1);
        if (n == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "The data has no rows: scaling needs at least one.");
        }

        log1p ??= new bool[d];
        Preconditions.CheckOption(log1p.Length == d, nameof(log1p), $"{nameof(log1p)} has {log1p.Length} flags but the data has {d} columns; give one per column.");

        var centre = new double[d];
        var scale = new double[d];
        var column = new double[n];
        for (int f = 0; f < d; f++)
        {
            for (int i = 0; i < n; i++)
            {
                column[i] = Prepare(data[i, f], log1p[f], i, f, columnNames);
            }

            (centre[f], double spread) = method switch
            {
                FeatureScaling.ZScore => MeanAndStd(column),
                FeatureScaling.MinMax => (column.Min(), column.Max() - column.Min()),
                FeatureScaling.Robust => MedianAndIqr(column),
                _ => (0.0, 1.0),
            };
            scale[f] = spread > 0 && double.IsFinite(spread) ? spread : 1.0;
        }

        return new FeatureScaler(method, centre, scale, (bool[])log1p.Clone());
    }

    /// <summary>Returns the transformed copy of <paramref name="data"/>.</summary>
    public double[,] Transform(double[,] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int n = data.GetLength(0), d = data.GetLength(1);
        RequireColumns(d);
        var result = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < d; f++)
            {
                result[i, f] = (Prepare(data[i, f], _log1p[f], i, f, null) - _centre[f]) / _scale[f];
            }
        }

        return result;
    }

    /// <summary>Maps transformed values back to original units (undoing scale, centre and log1p).</summary>
    public double[,] InverseTransform(double[,] scaled)
    {
        ArgumentNullException.ThrowIfNull(scaled);
        int n = scaled.GetLength(0), d = scaled.GetLength(1);
        RequireColumns(d);
        var result = new double[n, d];
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < d; f++)
            {
                double v = (scaled[i, f] * _scale[f]) + _centre[f];
                result[i, f] = _log1p[f] ? Math.CopySign(Math.Exp(Math.Abs(v)) - 1, v) : v;
            }
        }

        return result;
    }

    private void RequireColumns(int d)
    {
        if (d != _centre.Length)
        {
            throw new InputDataException(ErrorIds.InvalidOption, $"The data has {d} columns but the scaler was fitted on {_centre.Length}.");
        }
    }

    private static double Prepare(double value, bool log1p, int row, int column, string[]? names)
    {
        string name = names is not null && column < names.Length ? $"'{names[column]}'" : (column + 1).ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw new InputDataException(ErrorIds.NonFiniteNumber,
                $"Row {row + 1}, column {name}: {value.ToString(CultureInfo.InvariantCulture)} is not a finite number.", row + 1, null, name, null);
        }

        return log1p ? Math.CopySign(LogOnePlus(Math.Abs(value)), value) : value;
    }

    // ln(1 + x) accurate for small x (Math.Log(1 + x) loses digits there).
    private static double LogOnePlus(double x) => Math.Abs(x) < 1e-4 ? x - (x * x / 2) + (x * x * x / 3) : Math.Log(1 + x);

    private static (double Mean, double Std) MeanAndStd(double[] v)
    {
        double mean = v.Average();
        double ss = 0;
        foreach (double x in v)
        {
            ss += (x - mean) * (x - mean);
        }

        return (mean, Math.Sqrt(ss / v.Length));
    }

    private static (double Median, double Iqr) MedianAndIqr(double[] v)
    {
        var sorted = (double[])v.Clone();
        Array.Sort(sorted);
        return (Quantile(sorted, 0.5), Quantile(sorted, 0.75) - Quantile(sorted, 0.25));
    }

    /// <summary>numpy's default (linear) quantile of sorted values.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        double position = q * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}

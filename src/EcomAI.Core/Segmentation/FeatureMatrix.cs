using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// A dense n × d matrix of doubles stored contiguously in row-major order, wrapped without copying so that
/// large inputs are not duplicated. The caller must not change the values while an algorithm reads them.
/// </summary>
public sealed class FeatureMatrix
{
    private readonly double[]? _flat;
    private readonly double[,]? _grid;

    /// <summary>Wraps a row-major array: element (i, j) is <c>values[i * columns + j]</c>.</summary>
    public FeatureMatrix(double[] values, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (rows < 0 || columns < 1 || (long)rows * columns != values.Length)
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                $"A {rows} × {columns} matrix needs {(long)rows * columns} values but the array has {values.Length}.");
        }

        _flat = values;
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Wraps a rectangular array (already row-major in .NET).</summary>
    public FeatureMatrix(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _grid = values;
        Rows = values.GetLength(0);
        Columns = values.GetLength(1);
        if (Columns < 1 && Rows > 0)
        {
            throw new InputDataException(ErrorIds.InvalidOption, "The matrix has rows but no columns; give at least one feature.");
        }
    }

    /// <summary>Number of rows (points).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (features).</summary>
    public int Columns { get; }

    /// <summary>Element (row, column).</summary>
    public double this[int row, int column] => Span[(row * Columns) + column];

    /// <summary>One row.</summary>
    public ReadOnlySpan<double> Row(int row) => Span.Slice(row * Columns, Columns);

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> Span
    {
        get
        {
            if (_flat is not null)
            {
                return _flat;
            }

            if (_grid!.Length == 0)
            {
                return [];
            }

            // A double[,] is one contiguous row-major block; view it without copying.
            ref double first = ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(_grid));
            return MemoryMarshal.CreateReadOnlySpan(ref first, _grid.Length);
        }
    }

    /// <summary>Copies the values into a new rectangular array.</summary>
    public double[,] ToArray()
    {
        var result = new double[Rows, Columns];
        var span = Span;
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                result[i, j] = span[(i * Columns) + j];
            }
        }

        return result;
    }

    /// <summary>Fails with <see cref="ErrorIds.NonFiniteNumber"/> naming the first NaN or infinite element.</summary>
    internal void RequireFinite(string what)
    {
        var span = Span;
        for (int i = 0; i < span.Length; i++)
        {
            if (!double.IsFinite(span[i]))
            {
                int row = i / Columns, column = i % Columns;
                string text = span[i].ToString(CultureInfo.InvariantCulture);
                throw new InputDataException(ErrorIds.NonFiniteNumber,
                    $"{what}, row {row + 1}, column {column + 1}: {text} is not a finite number. Remove the row or impute the value before clustering.",
                    row + 1, null, (column + 1).ToString(CultureInfo.InvariantCulture), text);
            }
        }
    }
}

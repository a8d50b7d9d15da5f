using Microsoft.Data.Analysis;

namespace EcomAI.Core.Data;

/// <summary>A Microsoft.Data.Analysis <see cref="DataFrame"/> seen as a <see cref="ITabularSource"/>.</summary>
public sealed class DataFrameSource : ITabularSource
{
    private readonly DataFrame _frame;
    private readonly string[] _columns;

    /// <summary>Wraps a DataFrame without copying it; the frame is only read.</summary>
    public DataFrameSource(DataFrame frame, string sourceName = "DataFrame")
    {
        ArgumentNullException.ThrowIfNull(frame);
        _frame = frame;
        _columns = frame.Columns.Select(c => c.Name).ToArray();
        SourceName = sourceName;
        if (frame.Rows.Count > int.MaxValue)
        {
            throw new InputDataException(ErrorIds.InsufficientData, $"{sourceName} has more than {int.MaxValue} rows.");
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => _columns;

    /// <inheritdoc />
    public int RowCount => (int)_frame.Rows.Count;

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public object? GetCell(int row, int column) => _frame.Columns[column][row];

    /// <inheritdoc />
    public int? LineNumberOf(int row) => null;
}

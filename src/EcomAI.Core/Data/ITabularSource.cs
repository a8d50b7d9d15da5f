namespace EcomAI.Core.Data;

/// <summary>
/// A rectangular table read cell by cell: the common shape of CSV files, DataFrames and object lists,
/// so that every capability parses its input in one place with the same strict rules.
/// </summary>
public interface ITabularSource
{
    /// <summary>Column names in order.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows.</summary>
    int RowCount { get; }

    /// <summary>Short description of the source for messages, e.g. <c>orders.csv</c> or <c>DataFrame</c>.</summary>
    string SourceName { get; }

    /// <summary>The raw cell: a string for text sources, a typed value (or null) for DataFrames.</summary>
    object? GetCell(int row, int column);

    /// <summary>1-based line number in the file of a 0-based data row, or null when the source is not a file.</summary>
    int? LineNumberOf(int row);
}

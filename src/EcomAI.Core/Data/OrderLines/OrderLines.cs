using Microsoft.Data.Analysis;

namespace EcomAI.Core.Data;

/// <summary>
/// Loads a shop's order-lines export (or a transactions, ratings or sales file, which are order lines with some columns
/// absent) and prepares it once for every job: see <see cref="OrderLineData"/>.
/// </summary>
/// <remarks>
/// The engine is DuckDB, embedded (in-process; nothing to install or start). It reads CSV (also <c>.csv.gz</c>) and
/// Parquet; in-memory rows (objects, a <see cref="DataFrame"/>, PowerShell pipeline input) are staged in the same engine and
/// go through the same typing, rules and SQL. Columns are found by the names and aliases of <see cref="OrderLineSchema"/>.
/// </remarks>
public static class OrderLines
{
    /// <summary>Loads a CSV (<c>.csv</c>, <c>.csv.gz</c>, any separator) or Parquet (<c>.parquet</c>) file. The file is never modified.</summary>
    /// <exception cref="InputDataException">The file is missing (<see cref="ErrorIds.FileError"/>), has no order-lines column
    /// (<see cref="ErrorIds.MissingColumn"/>) or no data (<see cref="ErrorIds.EmptyInput"/>), no value of a date or number
    /// column can be read (with what to do), an option is invalid, or (with <see cref="OrderLineOptions.Strict"/>) a value is bad.</exception>
    public static OrderLineData Load(string path, OrderLineOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options = (options ?? OrderLineOptions.Default).Validate();
        return new OrderLineData(OrderLineLoader.LoadFile(path, options), options);
    }

    /// <summary>Loads any table (name/value rows, a DataFrame, a PowerShell pipeline) with the same rules as a file.</summary>
    public static OrderLineData FromTable(ITabularSource source, OrderLineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options = (options ?? OrderLineOptions.Default).Validate();
        if (source.RowCount == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{source.SourceName} has no rows: the jobs need at least one order line.");
        }

        return new OrderLineData(OrderLineLoader.LoadTable(source, options), options);
    }

    /// <summary>Loads name/value rows (e.g. parsed JSON).</summary>
    public static OrderLineData FromRows(IEnumerable<IReadOnlyDictionary<string, object?>> rows, OrderLineOptions? options = null) =>
        FromTable(new RowsSource(rows), options);

    /// <summary>Loads a DataFrame (only read).</summary>
    public static OrderLineData FromDataFrame(DataFrame frame, OrderLineOptions? options = null) =>
        FromTable(new DataFrameSource(frame), options);

    /// <summary>Loads any objects through their public properties, matched by name like CSV columns.</summary>
    public static OrderLineData FromObjects<T>(IEnumerable<T> items, OrderLineOptions? options = null) =>
        FromTable(RowsSource.FromObjects(items), options);
}

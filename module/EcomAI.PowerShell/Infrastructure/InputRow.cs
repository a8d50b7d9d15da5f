using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// One input row seen through the cmdlet's columns (by their index in <c>InputColumns</c>): each read parses
/// strictly through <see cref="ColumnBinding"/> and throws <see cref="InputDataException"/> naming row, line and column.
/// </summary>
internal readonly struct InputRow(ColumnBinding binding, int row, int[] map)
{
    /// <summary>0-based row index in the source.</summary>
    public int Index => row;

    /// <summary>Whether an optional column is present in the input.</summary>
    public bool Has(int column) => map[column] >= 0;

    /// <summary>A non-empty identifier.</summary>
    public string Id(int column) => binding.ReadId(row, map[column]);

    /// <summary>A finite number.</summary>
    public double Number(int column) => binding.ReadNumber(row, map[column]);

    /// <summary>A finite number or null (empty cell or absent column).</summary>
    public double? OptionalNumber(int column) => binding.ReadOptionalNumber(row, map[column]);

    /// <summary>An ISO 8601 date (or a typed date).</summary>
    public DateTime Date(int column) => binding.ReadDate(row, map[column]);

    /// <summary>Optional text, null when empty or absent.</summary>
    public string? OptionalText(int column) => binding.ReadOptionalText(row, map[column]);

    /// <summary>A true/false flag (true/false, yes/no, 1/0); false when empty or absent.</summary>
    public bool Flag(int column) => binding.ReadFlag(row, map[column]);

    /// <summary>An error about one cell of this row.</summary>
    public InputDataException Error(int column, string errorId, string problem, string advice) =>
        binding.CellError(errorId, row, map[column], problem, advice);
}

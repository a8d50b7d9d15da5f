using Microsoft.Data.Analysis;

namespace EcomAI.Interactive;

/// <summary>
/// Loads CSV into a <see cref="DataFrame"/> with every numeric column as <see cref="double"/>, ready for
/// <c>SalesData.FromDataFrame</c>, <c>TransactionReader.FromDataFrame</c> or <c>InteractionReader.FromDataFrame</c>.
/// </summary>
/// <remarks>
/// <c>DataFrame.LoadCsv</c> left to guess types reads decimals as single-precision <see cref="float"/>
/// (56.35 becomes 56.349998…) and guesses from the first 10 rows only, so a column whose first rows are whole
/// numbers becomes an integer column that rejects a later 2.5. This helper guesses from every row and then widens
/// every numeric column to double, parsing the text again so no digit is lost. Text, date and boolean columns
/// keep the guessed type.
/// </remarks>
public static class CsvFrame
{
    /// <summary>Reads a CSV file with a header row (comma-separated, invariant culture).</summary>
    /// <param name="path">The file; it is only read.</param>
    /// <returns>The table, numeric columns as double.</returns>
    public static DataFrame Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path));
    }

    /// <summary>Reads CSV text with a header row (comma-separated, invariant culture).</summary>
    /// <param name="csvText">The text.</param>
    /// <returns>The table, numeric columns as double.</returns>
    public static DataFrame Parse(string csvText)
    {
        ArgumentNullException.ThrowIfNull(csvText);
        var guessed = DataFrame.LoadCsvFromString(csvText, guessRows: int.MaxValue, cultureInfo: System.Globalization.CultureInfo.InvariantCulture);
        var types = guessed.Columns.Select(c => IsNumeric(c.DataType) ? typeof(double) : c.DataType).ToArray();
        return DataFrame.LoadCsvFromString(csvText, dataTypes: types, cultureInfo: System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(float) || type == typeof(double) || type == typeof(decimal) || type == typeof(int) || type == typeof(long)
        || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);
}

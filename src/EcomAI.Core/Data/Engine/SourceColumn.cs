namespace EcomAI.Core.Data;

/// <summary>A column of the raw input as the engine sees it.</summary>
/// <param name="Reference">How SQL refers to it in the input relation (a quoted identifier).</param>
/// <param name="Header">Its name in the input (the CSV header, the property or DataFrame column name).</param>
/// <param name="Type">The engine's type name: VARCHAR for text input, the stored type for Parquet.</param>
internal sealed record SourceColumn(string Reference, string Header, string Type)
{
    /// <summary>Whether the cells are text to be parsed (as opposed to typed values).</summary>
    public bool IsText => Type is "VARCHAR";

    /// <summary>Whether the cells are typed numbers.</summary>
    public bool IsNumeric => Type is "DOUBLE" or "FLOAT" or "BIGINT" or "INTEGER" or "SMALLINT" or "TINYINT" or "HUGEINT" or "UBIGINT" or "UINTEGER"
        or "USMALLINT" or "UTINYINT" || Type.StartsWith("DECIMAL", StringComparison.Ordinal);

    /// <summary>Whether the cells are typed dates or timestamps.</summary>
    public bool IsTemporal => Type is "DATE" || Type.StartsWith("TIMESTAMP", StringComparison.Ordinal);
}

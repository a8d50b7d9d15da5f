namespace EcomAI.Core.Data;

/// <summary>Quoting for generated SQL: text literals and identifiers, the same in DuckDB and Spark SQL.</summary>
internal static class SqlText
{
    /// <summary>A text literal's content with single quotes doubled.</summary>
    public static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>A text literal.</summary>
    public static string Literal(string text) => $"'{Escape(text)}'";

    /// <summary>A DuckDB-quoted identifier (engine-specific statements only; the portable SQL uses plain names).</summary>
    public static string Quoted(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

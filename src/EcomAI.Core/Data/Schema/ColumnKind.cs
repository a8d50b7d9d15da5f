namespace EcomAI.Core.Data;

/// <summary>How a column's cells are parsed.</summary>
public enum ColumnKind
{
    /// <summary>An identifier or text, trimmed; empty is missing.</summary>
    Text,

    /// <summary>A finite number in invariant culture (dot decimal separator, no thousands separator).</summary>
    Number,

    /// <summary>A date or timestamp: ISO 8601 unless a date format is given.</summary>
    Timestamp,

    /// <summary>A flag: true/false, yes/no, y/n, 1/0; empty is false.</summary>
    Flag,
}

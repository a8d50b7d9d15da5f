namespace EcomAI.Core.Data;

/// <summary>Stable error identifiers carried by <see cref="InputDataException.ErrorId"/>.</summary>
public static class ErrorIds
{
    /// <summary>The input has no data rows.</summary>
    public const string EmptyInput = "EmptyInput";
    /// <summary>A required column is not present.</summary>
    public const string MissingColumn = "MissingColumn";
    /// <summary>A required value is empty.</summary>
    public const string MissingValue = "MissingValue";
    /// <summary>A value is not a number in invariant culture (e.g. "abc" or "2,5").</summary>
    public const string InvalidNumber = "InvalidNumber";
    /// <summary>A number is NaN or infinite.</summary>
    public const string NonFiniteNumber = "NonFiniteNumber";
    /// <summary>A value is not a date in an accepted format.</summary>
    public const string InvalidDate = "InvalidDate";
    /// <summary>A number is outside the allowed range (e.g. a negative amount where returns are not allowed).</summary>
    public const string OutOfRange = "OutOfRange";
    /// <summary>The CSV text is malformed (unterminated quote, wrong number of fields).</summary>
    public const string MalformedCsv = "MalformedCsv";
    /// <summary>An option's value is not allowed.</summary>
    public const string InvalidOption = "InvalidOption";
    /// <summary>The data cannot support the requested analysis (e.g. K larger than the distinct points).</summary>
    public const string InsufficientData = "InsufficientData";
    /// <summary>A file could not be read or written.</summary>
    public const string FileError = "FileError";
}

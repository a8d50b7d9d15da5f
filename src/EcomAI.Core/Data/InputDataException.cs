namespace EcomAI.Core.Data;

/// <summary>
/// Input data could not be used: a bad value, a missing column, empty input or an impossible option.
/// The message always says where (row/line and column), what was wrong and what to do.
/// </summary>
/// <remarks>
/// <see cref="ErrorId"/> is stable and meant for scripts and tests (the PowerShell module uses it as the
/// ErrorRecord id); the message is for people and may improve over time.
/// </remarks>
public sealed class InputDataException : Exception
{
    /// <summary>Creates an error about the input as a whole (no row or column).</summary>
    public InputDataException(string errorId, string message)
        : base(message)
    {
        ErrorId = errorId;
    }

    /// <summary>Creates an error about one cell of the input.</summary>
    public InputDataException(string errorId, string message, int? row, int? lineNumber, string? column, string? value)
        : base(message)
    {
        ErrorId = errorId;
        Row = row;
        LineNumber = lineNumber;
        Column = column;
        Value = value;
    }

    /// <summary>Creates an error wrapping a lower-level cause.</summary>
    public InputDataException(string errorId, string message, Exception inner)
        : base(message, inner)
    {
        ErrorId = errorId;
    }

    /// <summary>Stable identifier of the kind of problem, e.g. <c>InvalidNumber</c> or <c>MissingColumn</c>.</summary>
    public string ErrorId { get; }

    /// <summary>1-based data row (not counting the header), when the problem is in one row.</summary>
    public int? Row { get; }

    /// <summary>1-based line in the source file (header is line 1), when the input was a file.</summary>
    public int? LineNumber { get; }

    /// <summary>The column whose value was wrong, when known.</summary>
    public string? Column { get; }

    /// <summary>The offending value as text, when known.</summary>
    public string? Value { get; }
}

using System.Management.Automation;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Turns exceptions from the core into <see cref="ErrorRecord"/>s with stable ids, so no raw .NET exception reaches
/// the user and scripts can test <c>FullyQualifiedErrorId</c> (PowerShell appends <c>,&lt;cmdlet type&gt;</c>).
/// </summary>
internal static class ErrorMapping
{
    /// <summary>ErrorId for an argument the core refused (options validated at its entry).</summary>
    public const string InvalidArgument = "InvalidArgument";

    /// <summary>ErrorId for an operation the core cannot do on this data.</summary>
    public const string InvalidOperation = "InvalidOperation";

    /// <summary>ErrorId for anything unforeseen; the message names the exception type so it can be reported.</summary>
    public const string Unexpected = "UnexpectedError";

    /// <summary>True for exceptions this module must translate; PowerShell's own exceptions already carry records.</summary>
    public static bool IsForeign(Exception exception) =>
        exception is not (RuntimeException or PipelineStoppedException or OperationCanceledException);

    /// <summary>The ErrorRecord for an exception, with <paramref name="target"/> as the offending object.</summary>
    public static ErrorRecord ToRecord(Exception exception, object? target)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            InputDataException input => new ErrorRecord(input, input.ErrorId, CategoryOf(input.ErrorId), target),
            ArgumentException argument => new ErrorRecord(argument, InvalidArgument, ErrorCategory.InvalidArgument, target),
            InvalidOperationException operation => new ErrorRecord(operation, InvalidOperation, ErrorCategory.InvalidOperation, target),
            IOException or UnauthorizedAccessException => new ErrorRecord(exception, ErrorIds.FileError, ErrorCategory.WriteError, target),
            _ => new ErrorRecord(
                new InvalidOperationException($"Unexpected {exception.GetType().Name}: {exception.Message} Please report this with the input that caused it.", exception),
                Unexpected, ErrorCategory.NotSpecified, target),
        };
    }

    /// <summary>The category for a core <see cref="ErrorIds"/> value.</summary>
    public static ErrorCategory CategoryOf(string errorId) => errorId switch
    {
        ErrorIds.MissingColumn or ErrorIds.InvalidOption => ErrorCategory.InvalidArgument,
        ErrorIds.FileError => ErrorCategory.ReadError,
        _ => ErrorCategory.InvalidData,
    };
}

using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>Completes <c>-Encoding</c> with the names the core accepts (<see cref="OrderLineOptions.Encodings"/>); the core checks the value.</summary>
public sealed class EncodingCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        OrderLineOptions.Encodings
            .Where(n => n.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(n, n, CompletionResultType.ParameterValue, n));
}

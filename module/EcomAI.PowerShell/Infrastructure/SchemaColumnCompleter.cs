using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>Completes a <c>-…Property</c> parameter with the names the core's schema accepts for its role.</summary>
public sealed class SchemaColumnCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var role = RoleOf(commandName, parameterName);
        if (role is null)
        {
            return [];
        }

        var spec = OrderLineSchema.Get(role.Value);
        return spec.AcceptedNames
            .Where(n => n.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
            .Select(n => new CompletionResult(n.Contains(' ', StringComparison.Ordinal) ? $"'{n}'" : n, n, CompletionResultType.ParameterValue, spec.Summary));
    }

    /// <summary>The schema role of a cmdlet's parameter (from its <see cref="SchemaColumnAttribute"/>), or null.</summary>
    internal static ColumnRole? RoleOf(string commandName, string parameterName)
    {
        var type = typeof(SchemaColumnCompleter).Assembly.GetTypes()
            .FirstOrDefault(t => t.GetCustomAttribute<CmdletAttribute>() is { } c && string.Equals($"{c.VerbName}-{c.NounName}", commandName, StringComparison.OrdinalIgnoreCase));
        var property = type?.GetProperty(parameterName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null ? null : RoleOfProperty(property);
    }

    /// <summary>The schema role a parameter property chooses a column for, or null (used by the help generator).</summary>
    public static ColumnRole? RoleOfProperty(PropertyInfo property) => property?.GetCustomAttribute<SchemaColumnAttribute>()?.Role;
}

using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Marks a <c>-…Property</c> parameter as choosing the column of a schema role. The names the parameter completes, its
/// help text and the names accepted when it is not given all come from <see cref="OrderLineSchema"/>, never from the module.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SchemaColumnAttribute(ColumnRole role) : Attribute
{
    /// <summary>The role the parameter chooses a column for.</summary>
    public ColumnRole Role { get; } = role;
}

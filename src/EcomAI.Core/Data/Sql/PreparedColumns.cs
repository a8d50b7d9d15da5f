namespace EcomAI.Core.Data;

/// <summary>Which schema columns an input has, and its other columns (kept under SQL-safe names).</summary>
/// <param name="Roles">The schema roles present.</param>
/// <param name="Extras">Other columns, by their SQL-safe names (lower snake case).</param>
public sealed record PreparedColumns(IReadOnlySet<ColumnRole> Roles, IReadOnlyList<string> Extras)
{
    /// <summary>Whether the input has the column.</summary>
    public bool Has(ColumnRole role) => Roles.Contains(role);
}

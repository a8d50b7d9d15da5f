namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// One column a cmdlet reads from its input: the canonical name, the property/column name the user chose
/// (when they chose one, only that name is tried) and the aliases tried otherwise.
/// </summary>
/// <param name="Name">Canonical name, also the default property name.</param>
/// <param name="Chosen">Name given by the user through a <c>-XxxProperty</c> parameter, or null.</param>
/// <param name="Aliases">Other names accepted when the user did not choose one.</param>
/// <param name="Required">Whether the input must have the column.</param>
internal sealed record InputColumn(string Name, string? Chosen, IReadOnlyList<string> Aliases, bool Required = true)
{
    /// <summary>The names to try, in order.</summary>
    public IEnumerable<string> Candidates => Chosen is not null ? [Chosen] : Aliases.Prepend(Name).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The primary name and the aliases to pass to <see cref="Core.Data.ColumnBinding.Require"/>.</summary>
    public (string Primary, string[] Others) Lookup => Chosen is not null ? (Chosen, []) : (Name, Aliases.ToArray());
}

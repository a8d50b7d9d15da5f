namespace EcomAI.Core.Data;

/// <summary>
/// One column of the order-lines schema: its role, canonical name (the column name in every derived table and in the
/// generated SQL), how it is parsed, the other names it is recognised by, and a one-line description used by help texts.
/// </summary>
/// <param name="Role">What the column means.</param>
/// <param name="Name">Canonical snake_case name.</param>
/// <param name="Kind">How cells are parsed.</param>
/// <param name="Aliases">Other accepted header names. Matching ignores case, spaces, underscores and hyphens, so
/// <c>CustomerID</c>, <c>Customer ID</c> and <c>customer_id</c> are the same name.</param>
/// <param name="Summary">What the column holds, for help texts and messages.</param>
public sealed record ColumnSpec(ColumnRole Role, string Name, ColumnKind Kind, IReadOnlyList<string> Aliases, string Summary)
{
    /// <summary>The canonical name followed by the aliases.</summary>
    public IEnumerable<string> AcceptedNames => Aliases.Prepend(Name);

    /// <summary>Whether a header names this column (canonical name or an alias, compared by <see cref="OrderLineSchema.NormalizeName"/>).</summary>
    public bool Matches(string header)
    {
        string key = OrderLineSchema.NormalizeName(header);
        return AcceptedNames.Any(n => OrderLineSchema.NormalizeName(n) == key);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({string.Join(", ", Aliases)})";
}

namespace EcomAI.Core.Data;

/// <summary>An input staged in the engine as the typed table <c>lines</c> and the view <c>order_lines</c>, with the value
/// problems found while typing it.</summary>
internal sealed class LoadedInput
{
    public required DuckDbSession Session { get; init; }

    public required PreparedColumns Columns { get; init; }

    /// <summary>Input column header per role present.</summary>
    public required IReadOnlyDictionary<ColumnRole, string> Headers { get; init; }

    public required string SourceName { get; init; }

    /// <summary>"line" for CSV files, "row" otherwise.</summary>
    public required string LineUnit { get; init; }

    public required long LinesRead { get; init; }

    public required List<PreparationFinding> ValueFindings { get; init; }

    public required List<string> Notes { get; init; }

    /// <summary>Maps record numbers (the SQL's 1-based <c>line_no</c>) to what messages show (file lines or rows).</summary>
    public required Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>> Locate { get; init; }

    /// <summary>Malformed CSV lines (physical line → its text), all of them.</summary>
    public required IReadOnlyDictionary<long, string> MalformedLines { get; init; }

    /// <summary>What to do about a value problem of a column.</summary>
    public required Func<LineRule, string?, string> Advice { get; init; }

    /// <summary>The engine-specific statements that staged the input (shown with the portable ones by ToSql).</summary>
    public required IReadOnlyList<string> LoadStatements { get; init; }
}

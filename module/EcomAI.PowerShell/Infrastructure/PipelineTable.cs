using System.Collections;
using System.Management.Automation;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Pipeline objects gathered as a table with one column per <see cref="InputColumn"/>, filled by property name
/// (or dictionary key) so the core parses them with the same strict rules as a CSV file.
/// </summary>
/// <remarks>
/// Line numbers assume one header line before the first object (row 1 = line 2), which is where the row sits in
/// the file when the objects come from <c>Import-Csv</c>; messages therefore point at the right CSV line.
/// </remarks>
internal sealed class PipelineTable : ITabularSource
{
    private readonly InputColumn[] _columns;
    private readonly string[] _names;
    private readonly string?[] _resolved;
    private readonly List<object?[]> _rows = [];

    public PipelineTable(IReadOnlyList<InputColumn> columns)
    {
        _columns = [.. columns];
        _names = [.. columns.Select(c => c.Name)];
        _resolved = new string?[_columns.Length];
    }

    public IReadOnlyList<string> Columns => _names;

    public int RowCount => _rows.Count;

    public string SourceName => "pipeline input";

    public object? GetCell(int row, int column) => _rows[row][column];

    public int? LineNumberOf(int row) => row + 2;

    /// <summary>For each column, its own index when the first object had the property, else -1 (an absent optional column).</summary>
    public int[] ColumnMap() => [.. _resolved.Select((name, c) => name is null ? -1 : c)];

    /// <summary>
    /// Adds one object as a row; returns its index. The first object fixes which property name each column uses,
    /// and must have every required column.
    /// </summary>
    /// <exception cref="InputDataException">The first object lacks a required property (<see cref="ErrorIds.MissingColumn"/>).</exception>
    public int Add(PSObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var values = new object?[_columns.Length];
        IDictionary? dictionary = item.BaseObject as IDictionary;
        for (int c = 0; c < _columns.Length; c++)
        {
            if (_rows.Count == 0)
            {
                // Messages then name the property the user has, e.g. 'amount' rather than the canonical 'Amount'.
                _resolved[c] = Resolve(item, dictionary, _columns[c]);
                _names[c] = _resolved[c] ?? _columns[c].Name;
            }

            string? name = _resolved[c];
            values[c] = name is null ? null : Unwrap(dictionary is null ? item.Properties[name]?.Value : Lookup(dictionary, name));
        }

        _rows.Add(values);
        return _rows.Count - 1;
    }

    private static string? Resolve(PSObject item, IDictionary? dictionary, InputColumn column)
    {
        foreach (string candidate in column.Candidates)
        {
            // Return the name as the object spells it, so messages quote the user's own column name.
            if (dictionary is null)
            {
                if (item.Properties[candidate] is { } property)
                {
                    return property.Name;
                }
            }
            else if (KeyOf(dictionary, candidate) is { } key)
            {
                return key;
            }
        }

        if (!column.Required)
        {
            return null;
        }

        IEnumerable<string> present = dictionary is null
            ? item.Properties.Select(p => p.Name)
            : dictionary.Keys.Cast<object>().Select(k => k.ToString() ?? string.Empty);
        string tried = string.Join(", ", column.Candidates.Select(c => $"'{c}'"));
        string advice = column.Chosen is null
            ? $"Name the property with the parameter that sets it (the default is '{column.Name}')."
            : "Check the property name you passed.";
        throw new InputDataException(ErrorIds.MissingColumn,
            $"The pipeline input has no property {tried}. Properties present: {string.Join(", ", present)}. {advice}",
            1, 2, column.Name, null);
    }

    private static object? Lookup(IDictionary dictionary, string name) => KeyOf(dictionary, name) is { } key ? dictionary[key] : null;

    /// <summary>The key matching <paramref name="name"/> case-insensitively (hashtables from @{} already are), or null.</summary>
    private static string? KeyOf(IDictionary dictionary, string name)
    {
        if (dictionary.Contains(name))
        {
            return name;
        }

        foreach (object key in dictionary.Keys)
        {
            if (key is string text && string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return null;
    }

    private static object? Unwrap(object? value) => value is PSObject pso ? pso.BaseObject : value;
}

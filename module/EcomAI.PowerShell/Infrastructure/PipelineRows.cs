using System.Collections;
using System.Management.Automation;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Pipeline objects (Import-Csv records, hashtables, any object) gathered as a table: one column per property name seen
/// (case-insensitive, in first-seen order), so the core stages them with the same typing and rules as a file.
/// </summary>
internal sealed class PipelineRows : ITabularSource
{
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<object?[]> _rows = [];
    private readonly List<PSObject> _items = [];

    public IReadOnlyList<string> Columns => _columns;

    public int RowCount => _rows.Count;

    public string SourceName => "pipeline input";

    public object? GetCell(int row, int column)
    {
        var values = _rows[row];
        return column < values.Length ? values[column] : null;
    }

    public int? LineNumberOf(int row) => null;

    /// <summary>The object of a 1-based row, the target of that row's error record.</summary>
    public PSObject? ItemOf(long row) => row >= 1 && row <= _items.Count ? _items[(int)(row - 1)] : null;

    /// <summary>Adds one object as a row.</summary>
    public void Add(PSObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var pairs = item.BaseObject is IDictionary dictionary
            ? dictionary.Keys.Cast<object>().Select(k => (Name: k.ToString() ?? string.Empty, Value: dictionary[k]))
            : item.Properties.Where(p => p.IsGettable && p.MemberType is PSMemberTypes.NoteProperty or PSMemberTypes.Property or PSMemberTypes.AliasProperty)
                .Select(p => (p.Name, Value: SafeValue(p)));
        var values = new object?[_columns.Count];
        foreach (var (name, value) in pairs)
        {
            if (!_index.TryGetValue(name, out int c))
            {
                c = _columns.Count;
                _index[name] = c;
                _columns.Add(name);
                Array.Resize(ref values, _columns.Count);
            }

            values[c] = value is PSObject pso ? pso.BaseObject : value;
        }

        _rows.Add(values);
        _items.Add(item);
    }

    private static object? SafeValue(PSPropertyInfo property)
    {
        try
        {
            return property.Value;
        }
        catch (GetValueException)
        {
            return null;
        }
    }
}

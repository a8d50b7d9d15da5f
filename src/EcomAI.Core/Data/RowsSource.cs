using System.Reflection;

namespace EcomAI.Core.Data;

/// <summary>
/// Rows given as name/value dictionaries (e.g. PowerShell objects or parsed JSON) seen as a <see cref="ITabularSource"/>.
/// Columns are the union of the names of all rows, in first-seen order; a missing name reads as null.
/// </summary>
public sealed class RowsSource : ITabularSource
{
    private readonly List<string> _columns = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<object?[]> _rows = [];
    private readonly List<int?> _lines = [];

    /// <summary>Builds the table from rows; names are matched case-insensitively.</summary>
    public RowsSource(IEnumerable<IReadOnlyDictionary<string, object?>> rows, string sourceName = "input rows")
    {
        ArgumentNullException.ThrowIfNull(rows);
        SourceName = sourceName;
        var raw = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var row in rows)
        {
            raw.Add(row);
            foreach (string key in row.Keys)
            {
                if (_index.TryAdd(key, _columns.Count))
                {
                    _columns.Add(key);
                }
            }
        }

        foreach (var row in raw)
        {
            var values = new object?[_columns.Count];
            foreach (var (key, value) in row)
            {
                values[_index[key]] = value;
            }

            _rows.Add(values);
            _lines.Add(null);
        }
    }

    /// <summary>
    /// Reads objects of any type through their public readable properties (one column per property, named as the
    /// property), so records and anonymous types go through the same strict parsing as files.
    /// </summary>
    public static RowsSource FromObjects<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        PropertyInfo[] properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray();
        var rows = items.Select(item =>
        {
            var row = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in properties)
            {
                row[p.Name] = item is null ? null : p.GetValue(item);
            }

            return (IReadOnlyDictionary<string, object?>)row;
        });
        return new RowsSource(rows, typeof(T).Name + " items");
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => _columns;

    /// <inheritdoc />
    public int RowCount => _rows.Count;

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public object? GetCell(int row, int column) => _rows[row][column];

    /// <inheritdoc />
    public int? LineNumberOf(int row) => _lines[row];
}

using System.Globalization;

namespace EcomAI.Core.Data;

/// <summary>
/// The typing of an input's columns for the staging table <c>lines</c>: one typed expression per schema column present,
/// the other columns under SQL-safe names, and <c>load_issue</c> / <c>load_issue_text</c>, the first cell of the line that
/// could not be read (<c>Rule|column</c>) and its text.
/// </summary>
internal sealed class TypedColumns
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "and", "as", "between", "by", "case", "cast", "date", "day", "desc", "distinct", "else", "end", "false", "from", "group", "having",
        "in", "interval", "is", "join", "left", "like", "limit", "month", "not", "null", "on", "or", "order", "right", "select", "table", "then",
        "time", "timestamp", "true", "union", "user", "values", "week", "when", "where", "year", "line_no", "load_issue", "load_issue_text",
    };

    private readonly OrderLineOptions _options;
    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);

    public TypedColumns(IReadOnlyDictionary<ColumnRole, int> roles, IReadOnlyList<SourceColumn> columns, OrderLineOptions options)
    {
        _options = options;
        var select = new List<string>();
        var issues = new List<(string Condition, string Issue, string Text)>();
        foreach (var spec in OrderLineSchema.Columns)
        {
            if (!roles.TryGetValue(spec.Role, out int index))
            {
                continue;
            }

            var source = columns[index];
            _headers[spec.Name] = source.Header;
            string typed = Typed(spec, source, options, out var problems);
            select.Add($"{typed} AS {spec.Name}");
            foreach (var (condition, rule) in problems)
            {
                issues.Add((condition, $"{rule}|{spec.Name}", $"CAST({source.Reference} AS VARCHAR)"));
            }

            if (IsRequired(spec.Role, roles))
            {
                issues.Add(($"NULLIF(trim(CAST({source.Reference} AS VARCHAR)), '') IS NULL", $"{LineRule.MissingValue}|{spec.Name}", "''"));
            }
        }

        var used = new HashSet<string>(OrderLineSchema.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
        var extras = new List<string>();
        for (int i = 0; i < columns.Count; i++)
        {
            if (roles.Values.Contains(i))
            {
                continue;
            }

            string name = SafeName(columns[i].Header, used);
            _headers[name] = columns[i].Header;
            extras.Add(name);
            select.Add($"{columns[i].Reference} AS {name}");
        }

        Extras = extras;
        string issue = issues.Count == 0 ? "CAST(NULL AS VARCHAR)" : $"CASE {string.Join(" ", issues.Select(i => $"WHEN {i.Condition} THEN '{i.Issue}'"))} END";
        string text = issues.Count == 0 ? "CAST(NULL AS VARCHAR)" : $"CASE {string.Join(" ", issues.Select(i => $"WHEN {i.Condition} THEN {i.Text}"))} END";
        select.Add($"{issue} AS load_issue");
        select.Add($"{text} AS load_issue_text");
        Select = select;
        Canonical = OrderLineSchema.Columns.Select(c => roles.ContainsKey(c.Role) ? c.Name : $"CAST(NULL AS {SqlType(c.Kind)}) AS {c.Name}")
            .Concat(extras).ToList();
    }

    /// <summary>The select list of the staging table.</summary>
    public IReadOnlyList<string> Select { get; }

    /// <summary>The canonical column list of the <c>order_lines</c> view (absent roles as typed NULLs), then the extras.</summary>
    public IReadOnlyList<string> Canonical { get; }

    /// <summary>The other columns' SQL-safe names.</summary>
    public IReadOnlyList<string> Extras { get; }

    /// <summary>How dates are expected, for messages.</summary>
    public string DateDescription => _options.DateFormat is null ? "an ISO 8601 date (yyyy-MM-dd, optionally with a time)"
        : string.Equals(_options.DateFormat, DatePattern.UnixSeconds, StringComparison.OrdinalIgnoreCase) ? "Unix seconds"
        : $"a date in the format '{_options.DateFormat}'";

    /// <summary>The input's header of a canonical or extra column.</summary>
    public string HeaderOf(string column) => _headers.TryGetValue(column, out string? header) ? header : column;

    /// <summary>What to do about a value problem.</summary>
    public string Advice(LineRule rule, string? column) => rule switch
    {
        LineRule.InvalidNumber => "Use digits with a dot as the decimal separator and no thousands separator, e.g. 1234.5.",
        LineRule.NonFiniteNumber => "Replace the value with a real number or remove the line.",
        LineRule.InvalidDate => _options.DateFormat is null
            ? "Dates are read as ISO 8601 (yyyy-MM-dd[ HH:mm:ss]); for another format set DateFormat (a .NET pattern such as 'M/d/yyyy H:mm')."
            : $"Every date is read with DateFormat '{_options.DateFormat}'; fix the value or the format.",
        LineRule.InvalidFlag => "Use true/false, yes/no or 1/0.",
        LineRule.MissingValue => $"Fill in '{HeaderOf(column ?? string.Empty)}' or remove the line.",
        LineRule.NegativeCost => "A unit cost cannot be negative: fix it or leave the cell empty.",
        _ => "Fix or remove the line.",
    };

    /// <summary>Splits <c>Rule|column</c>.</summary>
    public static (LineRule Rule, string Column) ParseIssue(string issue)
    {
        int bar = issue.IndexOf('|', StringComparison.Ordinal);
        return (Enum.Parse<LineRule>(issue[..bar]), issue[(bar + 1)..]);
    }

    private static bool IsRequired(ColumnRole role, IReadOnlyDictionary<ColumnRole, int> roles) => role switch
    {
        ColumnRole.Quantity or ColumnRole.OrderDate or ColumnRole.Rating => true,
        ColumnRole.UnitPrice => !roles.ContainsKey(ColumnRole.Amount),
        ColumnRole.Amount => !(roles.ContainsKey(ColumnRole.Quantity) && roles.ContainsKey(ColumnRole.UnitPrice)),
        _ => false,
    };

    private static string Typed(ColumnSpec spec, SourceColumn source, OrderLineOptions options, out List<(string Condition, LineRule Rule)> problems)
    {
        string raw = source.Reference;
        string text = $"NULLIF(trim(CAST({raw} AS VARCHAR)), '')";
        problems = [];
        switch (spec.Kind)
        {
            case ColumnKind.Number:
            {
                string value = source.IsNumeric ? $"CAST({raw} AS DOUBLE)" : $"TRY_CAST({text} AS DOUBLE)";
                if (!source.IsNumeric)
                {
                    problems.Add(($"{text} IS NOT NULL AND {value} IS NULL", LineRule.InvalidNumber));
                }

                problems.Add(($"{value} IS NOT NULL AND NOT isfinite({value})", LineRule.NonFiniteNumber));
                if (spec.Role == ColumnRole.UnitCost)
                {
                    problems.Add(($"{value} < 0", LineRule.NegativeCost));
                }

                return value;
            }

            case ColumnKind.Timestamp:
            {
                string value;
                bool unix = string.Equals(options.DateFormat, DatePattern.UnixSeconds, StringComparison.OrdinalIgnoreCase);
                if (source.IsTemporal && !unix)
                {
                    return $"CAST({raw} AS TIMESTAMP)";
                }

                if (unix)
                {
                    string seconds = source.IsNumeric ? $"CAST({raw} AS DOUBLE)" : $"TRY_CAST({text} AS DOUBLE)";
                    value = $"CASE WHEN isfinite({seconds}) THEN make_timestamp(CAST(round({seconds} * 1000000) AS BIGINT)) END";
                }
                else if (options.DateFormat is { } pattern)
                {
                    value = $"try_strptime({text}, '{SqlText.Escape(DatePattern.ToStrptime(pattern))}')";
                }
                else
                {
                    value = $"TRY_CAST({text} AS TIMESTAMP)";
                }

                problems.Add(($"{text} IS NOT NULL AND {value} IS NULL", LineRule.InvalidDate));
                return value;
            }

            case ColumnKind.Flag:
            {
                if (source.Type == "BOOLEAN")
                {
                    return $"COALESCE({raw}, false)";
                }

                string upper = $"upper({text})";
                string value = $"CASE WHEN {text} IS NULL THEN false WHEN {upper} IN ('1', 'TRUE', 'YES', 'Y', 'T') THEN true " +
                               $"WHEN {upper} IN ('0', 'FALSE', 'NO', 'N', 'F') THEN false END";
                problems.Add(($"{value} IS NULL", LineRule.InvalidFlag));
                return value;
            }

            default:
                return text;
        }
    }

    private static string SqlType(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "DOUBLE",
        ColumnKind.Timestamp => "TIMESTAMP",
        ColumnKind.Flag => "BOOLEAN",
        _ => "STRING",
    };

    private static string SafeName(string header, HashSet<string> used)
    {
        var chars = header.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        string name = string.Join('_', new string(chars).Split('_', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            name = "column_" + name;
        }

        if (Reserved.Contains(name) || used.Contains(name))
        {
            name += "_value";
        }

        string unique = name;
        for (int n = 2; !used.Add(unique); n++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}_{n}");
        }

        return unique;
    }
}

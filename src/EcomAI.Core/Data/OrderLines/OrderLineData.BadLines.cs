namespace EcomAI.Core.Data;

public sealed partial class OrderLineData
{
    /// <summary>
    /// Every line with a value that could not be read, in line order, each as the error <see cref="OrderLineOptions.Strict"/>
    /// would raise for it (for front ends that report one error per line when asked). The report counts them once per kind.
    /// </summary>
    public IReadOnlyList<InputDataException> BadLines()
    {
        var issues = WithSession(s =>
        {
            var list = new List<(long Record, string Issue, string? Text)>();
            s.Query("SELECT line_no, load_issue, load_issue_text FROM bad_lines ORDER BY line_no",
                r => list.Add((r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))));
            return list;
        });
        var lines = _input.Locate(issues.Select(i => i.Record).ToList());
        var errors = new List<(long Line, InputDataException Error)>();
        foreach (var (record, issue, text) in issues)
        {
            var (rule, column) = TypedColumns.ParseIssue(issue);
            long line = lines.TryGetValue(record, out long l) ? l : record;
            var finding = new PreparationFinding(rule, column, 1, null, [line], [text ?? string.Empty], string.Empty, null, _input.LineUnit);
            errors.Add((line, OrderLineLoader.LineError(rule, column, line, text, _input.LineUnit, SourceName, finding.Title, _input.Advice(rule, column))));
        }

        foreach (var (line, text) in _input.MalformedLines)
        {
            errors.Add((line, OrderLineLoader.LineError(LineRule.MalformedLine, null, line, text, _input.LineUnit, SourceName, "Malformed CSV line",
                "Fix the quoting or the number of fields on the line.")));
        }

        return errors.OrderBy(e => e.Line).Select(e => e.Error).ToList();
    }
}

using System.Globalization;
using DuckDB.NET.Data;

namespace EcomAI.Core.Data;

/// <summary>
/// Stages an input in DuckDB: finds the schema's columns by name, types every cell strictly (a bad number or date is
/// recorded with its line and column, never silently 0), and exposes the good lines as the view <c>order_lines</c> with
/// the canonical columns the portable preparation SQL starts from.
/// </summary>
internal static class OrderLineLoader
{
    private const int Examples = 5;

    /// <summary>Stages a CSV (plain or gzip) or Parquet file.</summary>
    public static LoadedInput LoadFile(string path, OrderLineOptions options)
    {
        bool folder = Directory.Exists(path);
        if (!folder && !File.Exists(path))
        {
            throw new InputDataException(ErrorIds.FileError, $"The file '{path}' does not exist. Check the path (relative paths start from the current directory).");
        }

        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        // A folder is a dataset written in parts (Spark, Databricks): every Parquet file under it.
        string[] parts = folder ? Directory.GetFiles(path, "*.parquet", SearchOption.AllDirectories) : [];
        if (folder && parts.Length == 0)
        {
            throw new InputDataException(ErrorIds.FileError, $"The folder '{path}' holds no .parquet file. Give a CSV or Parquet file, or a folder of Parquet parts.");
        }

        bool parquet = folder || path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        long size = folder ? parts.Sum(p => new FileInfo(p).Length) : new FileInfo(path).Length;
        var session = new DuckDbSession(options.MaxDegreeOfParallelism, DuckDbSession.UsesFile(size, parquet));
        try
        {
            if (parquet)
            {
                string source = folder ? $"[{string.Join(", ", parts.Order(StringComparer.Ordinal).Select(SqlText.Literal))}]" : SqlText.Literal(path);
                string relation = $"read_parquet({source})";
                var columns = session.Describe(relation).Select(c => new SourceColumn(SqlText.Quoted(c.Name), c.Name, c.Type)).ToList();
                return Stage(session, relation, columns, name, "row", options, [], _ => null);
            }

            return LoadCsv(session, path, name, options);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Stages in-memory rows (objects, a DataFrame, PowerShell pipeline input): the same typing and rules as files.</summary>
    public static LoadedInput LoadTable(ITabularSource source, OrderLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        var session = new DuckDbSession(options.MaxDegreeOfParallelism, fileBacked: false);
        try
        {
            int n = source.Columns.Count;
            if (n == 0)
            {
                throw new InputDataException(ErrorIds.EmptyInput, $"{source.SourceName} has no columns: give rows with named values.");
            }

            var columns = Enumerable.Range(0, n).Select(c => new SourceColumn($"c{c}", source.Columns[c], "VARCHAR")).ToList();
            session.Execute($"CREATE TABLE input_rows ({string.Join(", ", columns.Select(c => c.Reference + " VARCHAR"))})");
            string? dateFormat = options.DateFormat is { } f && !string.Equals(f, DatePattern.UnixSeconds, StringComparison.OrdinalIgnoreCase) ? f : null;
            bool decimalComma = options.DecimalSeparator == ",";
            using (var appender = session.Connection.CreateAppender("input_rows"))
            {
                for (int r = 0; r < source.RowCount; r++)
                {
                    var row = appender.CreateRow();
                    for (int c = 0; c < n; c++)
                    {
                        object? cell = source.GetCell(r, c);
                        string? text = CellText(cell, dateFormat);
                        if (decimalComma && cell is double or float or decimal)
                        {
                            // A typed number is written the way the text cells of this input are read.
                            text = text!.Replace('.', ',');
                        }

                        if (text is null)
                        {
                            row.AppendNullValue();
                        }
                        else
                        {
                            row.AppendValue(text);
                        }
                    }

                    row.EndRow();
                }
            }

            return Stage(session, "input_rows", columns, source.SourceName, "row", options, [], _ => null);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static LoadedInput LoadCsv(DuckDbSession session, string path, string name, OrderLineOptions options)
    {
        var notes = new List<string>();
        string encoding = options.Encoding ?? "utf-8";
        bool strictMode = true;
        while (true)
        {
            var (headers, separator) = CsvDialect.ReadHeader(path, encoding, options.Delimiter);
            var columns = headers.Select((h, i) => new SourceColumn($"c{i}", h, "VARCHAR")).ToList();
            string relation = CsvRelation(path, columns, separator, encoding, strictMode);
            try
            {
                var rejected = new SortedDictionary<long, string>();
                string read = encoding;
                // Decided once, on first use (the file is read to count its lines only when a report names a line).
                var onePerRecord = new Lazy<bool>(() => CsvDialect.OneLinePerRecord(path, read, rejected.Count, session.Scalar<long>("SELECT COUNT(*) FROM lines")));
                return Stage(session, relation, columns, name, "line", options, notes,
                    s => Rejects(s, path, rejected, fallback: options.Encoding is null && encoding == "utf-8"),
                    records => CsvDialect.LinesOfRecords(path, read, separator, records, rejected.Keys.ToHashSet(), onePerRecord),
                    rejected);
            }
            catch (NotUtf8Exception)
            {
                encoding = "latin-1";
                notes.Add($"{name} is not valid UTF-8; it was read as Latin-1 (ISO-8859-1). Set Encoding if that is wrong.");
                ResetStage(session);
            }
            catch (DuckDBException ex) when (strictMode && ex.Message.Contains("state machine reached an invalid state", StringComparison.Ordinal))
            {
                strictMode = false;
                notes.Add($"{name} mixes line endings; it was read leniently (blank lines skipped).");
                ResetStage(session);
            }
        }
    }

    private static void ResetStage(DuckDbSession session)
    {
        session.Execute("DROP TABLE IF EXISTS lines");
        session.Execute("DROP TABLE IF EXISTS bad_lines");
        session.Execute("DROP TABLE IF EXISTS reject_errors");
        session.Execute("DROP TABLE IF EXISTS reject_scans");
    }

    private static string CsvRelation(string path, IReadOnlyList<SourceColumn> columns, char separator, string encoding, bool strictMode)
    {
        string names = string.Join(", ", columns.Select(c => $"'{c.Reference}': 'VARCHAR'"));
        string delimiter = separator == '\t' ? "\\t" : SqlText.Escape(separator.ToString());
        string text = encoding == "utf-8" ? string.Empty : $", encoding = '{encoding}'";
        // A 16 MB read buffer (DuckDB's default is 16 × the 2 MB maximum line) takes ~60 MB less memory at the same speed.
        return $"read_csv({SqlText.Literal(path)}, auto_detect = false, header = true, delim = '{delimiter}', quote = '\"', escape = '\"', " +
               $"columns = {{{names}}}, store_rejects = true, strict_mode = {(strictMode ? "true" : "false")}, buffer_size = {16 << 20}{text})";
    }

    private static LoadedInput Stage(
        DuckDbSession session,
        string relation,
        List<SourceColumn> columns,
        string sourceName,
        string lineUnit,
        OrderLineOptions options,
        List<string> notes,
        Func<DuckDbSession, List<PreparationFinding>?> structural,
        Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>>? locate = null,
        IReadOnlyDictionary<long, string>? malformed = null)
    {
        var roles = OrderLineSchema.Resolve(columns.Select(c => c.Header).ToList(), options.Columns, sourceName);
        if (roles.Count == 0)
        {
            throw new InputDataException(ErrorIds.MissingColumn,
                $"{sourceName} has none of the order-lines columns. Columns present: {string.Join(", ", columns.Select(c => c.Header))}. " +
                $"Expected names such as {OrderLineSchema.Describe(ColumnRole.CustomerId)}, {OrderLineSchema.Describe(ColumnRole.ProductId)}; " +
                "rename the columns or choose them by name.");
        }

        var typed = new TypedColumns(roles, columns, options);
        string create = $"CREATE TABLE lines AS {typed.Query(relation)}";
        session.Execute(create);
        // The line number is the staging row's position (insertion order is preserved), read through rowid rather than
        // stored: an added column costs a rewrite and ~40 MB per million lines. The few bad lines are kept apart with theirs.
        session.Execute($"CREATE TABLE bad_lines AS SELECT rowid + 1 AS line_no, {typed.IssueName} AS load_issue, load_issue_text FROM lines WHERE load_issue IS NOT NULL");
        // The problem's text lives on in bad_lines; the problem's number only while a line has one. Dropping a column
        // keeps the others' storage (rowids, hence line numbers, do not change) and frees 7–11 MB per million lines.
        session.Execute("ALTER TABLE lines DROP COLUMN load_issue_text");
        bool anyBad = session.Scalar<long>("SELECT COUNT(*) FROM bad_lines") > 0;
        if (!anyBad)
        {
            session.Execute("ALTER TABLE lines DROP COLUMN load_issue");
        }

        DuckDbSession.ReleaseFreeMemory();
        // Only the staging needs the input's order (for line numbers); every later read says its order.
        session.Execute("SET preserve_insertion_order = false");
        long read = session.Scalar<long>("SELECT COUNT(*) FROM lines");
        var structuralFindings = structural(session);
        if (read == 0 && (structuralFindings is null || structuralFindings.Count == 0))
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{sourceName} has no data {lineUnit}s: the jobs need at least one order line.");
        }

        locate ??= records => records.ToDictionary(r => r, r => r);
        var findings = new List<PreparationFinding>();
        if (structuralFindings is not null)
        {
            findings.AddRange(structuralFindings);
        }

        findings.AddRange(ValueFindings(session, typed, locate, lineUnit));
        long malformedCount = structuralFindings?.Sum(f => f.Lines) ?? 0;
        RequireUsableColumns(session, typed, findings, sourceName, lineUnit);
        if (options.Strict && findings.Any(f => f.FirstLines.Count > 0))
        {
            var earliest = findings.Where(f => f.FirstLines.Count > 0).MinBy(f => f.FirstLines[0])!;
            throw StrictError(earliest, sourceName);
        }

        string view = $"CREATE OR REPLACE TEMPORARY VIEW order_lines AS\nSELECT rowid + 1 AS line_no, {string.Join(", ", typed.Canonical)}\nFROM lines{(anyBad ? " WHERE load_issue IS NULL" : string.Empty)}";
        session.Execute(view);
        return new LoadedInput
        {
            Session = session,
            Columns = new PreparedColumns(new HashSet<ColumnRole>(roles.Keys), typed.Extras),
            Headers = roles.ToDictionary(p => p.Key, p => columns[p.Value].Header),
            SourceName = sourceName,
            LineUnit = lineUnit,
            LinesRead = read + malformedCount,
            ValueFindings = findings,
            Notes = notes,
            Locate = locate,
            LoadStatements = [create, view],
            MalformedLines = malformed ?? new Dictionary<long, string>(),
            Advice = typed.Advice,
        };
    }

    private static List<PreparationFinding>? Rejects(DuckDbSession session, string path, SortedDictionary<long, string> rejectedLines, bool fallback)
    {
        if (fallback && session.Scalar<long>("SELECT COUNT(*) FROM reject_errors WHERE error_type = 'INVALID ENCODING'") > 0)
        {
            throw new NotUtf8Exception();
        }

        var byOffset = new SortedDictionary<long, string>();
        session.Query("SELECT line_byte_position, error_type, csv_line FROM reject_errors ORDER BY line_byte_position", r =>
            byOffset.TryAdd(r.GetInt64(0), r.IsDBNull(2) ? r.GetString(1) : Shorten(r.GetString(2).Trim())));
        if (byOffset.Count == 0)
        {
            return null;
        }

        // The engine counts records; messages name physical lines, found from each rejected record's byte offset.
        var physical = CsvDialect.LinesAtBytes(path, byOffset.Keys);
        var byLine = rejectedLines;
        foreach (var (offset, text) in byOffset)
        {
            byLine.TryAdd(physical[offset], text);
        }

        var first = byLine.Take(Examples).ToList();
        return
        [
            new PreparationFinding(LineRule.MalformedLine, null, byLine.Count, null, first.Select(p => p.Key).ToList(), first.Select(p => p.Value).ToList(),
                "excluded from every job", "Fix the quoting or the number of fields on those lines.", "line"),
        ];
    }

    private static IEnumerable<PreparationFinding> ValueFindings(DuckDbSession session, TypedColumns typed,
        Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, long>> locate, string lineUnit)
    {
        var counts = new List<(string Issue, long Count)>();
        session.Query("SELECT load_issue, COUNT(*) FROM bad_lines GROUP BY load_issue ORDER BY MIN(line_no)",
            r => counts.Add((r.GetString(0), r.GetInt64(1))));
        if (counts.Count == 0)
        {
            yield break;
        }

        var examples = new List<(string Issue, long Record, string? Text)>();
        session.Query(
            "SELECT load_issue, line_no, load_issue_text FROM (SELECT load_issue, line_no, load_issue_text, " +
            "ROW_NUMBER() OVER (PARTITION BY load_issue ORDER BY line_no) AS n FROM bad_lines) e " +
            $"WHERE n <= {Examples} ORDER BY line_no",
            r => examples.Add((r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2))));
        var lines = locate(examples.Select(e => e.Record).ToList());
        foreach (var (issue, count) in counts.OrderBy(c => IssueOrder(c.Issue)))
        {
            var (rule, column) = TypedColumns.ParseIssue(issue);
            var mine = examples.Where(e => e.Issue == issue).ToList();
            yield return new PreparationFinding(rule, column, count, null,
                mine.Select(e => lines.TryGetValue(e.Record, out long l) ? l : e.Record).ToList(),
                mine.Select(e => Shorten(e.Text ?? string.Empty)).ToList(),
                "excluded from every job", typed.Advice(rule, column), lineUnit);
        }
    }

    private static int IssueOrder(string issue) => (int)TypedColumns.ParseIssue(issue).Rule;

    /// <summary>When no value of a date or number column parses, the input is misread as a whole: stop and say how to read it.</summary>
    private static void RequireUsableColumns(DuckDbSession session, TypedColumns typed, List<PreparationFinding> findings, string sourceName, string lineUnit)
    {
        foreach (var finding in findings.Where(f => f.Rule is LineRule.InvalidDate or LineRule.InvalidNumber).ToList())
        {
            string column = finding.Column!;
            long good = session.Scalar<long>($"SELECT COUNT({column}) FROM lines");
            if (good > 0)
            {
                continue;
            }

            string advice = finding.Rule == LineRule.InvalidDate
                ? DateAdvice(session, column)
                : NumberAdvice(session, column);
            string first = finding.FirstLines.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $" (first at {lineUnit} {finding.FirstLines[0]}: '{finding.FirstValues[0]}')") : string.Empty;
            throw new InputDataException(finding.Rule == LineRule.InvalidDate ? ErrorIds.InvalidDate : ErrorIds.InvalidNumber,
                string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName}, column '{typed.HeaderOf(column)}': none of the {finding.Lines:N0} values can be read as {(finding.Rule == LineRule.InvalidDate ? typed.DateDescription : "a number")}{first}. {advice}"),
                null, finding.FirstLines.Count > 0 ? (int)Math.Min(int.MaxValue, finding.FirstLines[0]) : null, typed.HeaderOf(column), (finding.FirstValues.Count > 0 ? finding.FirstValues[0] : null));
        }
    }

    private static readonly string[] CandidateDates =
    [
        "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss",
        "d.M.yyyy", "d-M-yyyy", "M/d/yy H:mm", "M/d/yy", "d/M/yy", "yyyyMMdd", "MMM d, yyyy", "d MMM yyyy",
    ];

    private static string DateAdvice(DuckDbSession session, string column)
    {
        var fits = new List<string>();
        foreach (string pattern in CandidateDates)
        {
            string format = SqlText.Escape(DatePattern.ToStrptime(pattern));
            long misses = session.Scalar<long>(
                $"SELECT COUNT(*) FROM bad_lines WHERE load_issue = 'InvalidDate|{column}' AND try_strptime(trim(load_issue_text), '{format}') IS NULL");
            if (misses == 0)
            {
                fits.Add(pattern);
            }
        }

        if (fits.Count == 0)
        {
            return "Give the date format (DateFormat, a .NET pattern such as 'M/d/yyyy H:mm').";
        }

        bool monthFirst = fits.Any(f => f.StartsWith('M')), dayFirst = fits.Any(f => f.StartsWith('d'));
        string list = string.Join(" or ", fits.Take(3).Select(f => $"'{f}'"));
        return monthFirst && dayFirst
            ? $"Every value fits {list}: month and day cannot be told apart from the data, so say which it is with DateFormat."
            : $"Every value fits {list}: set DateFormat to it (it is applied strictly to every line, never guessed).";
    }

    private static string NumberAdvice(DuckDbSession session, string column)
    {
        long commas = session.Scalar<long>(
            $"SELECT COUNT(*) FROM bad_lines WHERE load_issue = 'InvalidNumber|{column}' AND TRY_CAST(replace(trim(load_issue_text), ',', '.') AS DOUBLE) IS NOT NULL");
        return commas > 0
            ? "The values use a decimal comma (e.g. 2,55): set DecimalSeparator to ',' (or save the file with a dot as the decimal separator), or choose the right column."
            : "Choose the right column, or fix the values: digits with a dot as the decimal separator and no thousands separator.";
    }

    private static InputDataException StrictError(PreparationFinding finding, string sourceName) =>
        LineError(finding.Rule, finding.Column, finding.FirstLines[0], finding.FirstValues.Count > 0 ? finding.FirstValues[0] : null,
            finding.LineUnit, sourceName, finding.Title, finding.Advice);

    /// <summary>The error for one bad line: source, line (or row), column, what was wrong and what to do.</summary>
    internal static InputDataException LineError(LineRule rule, string? column, long line, string? value, string unit, string sourceName, string title, string? advice)
    {
        string id = rule switch
        {
            LineRule.InvalidDate => ErrorIds.InvalidDate,
            LineRule.NonFiniteNumber => ErrorIds.NonFiniteNumber,
            LineRule.MissingValue => ErrorIds.MissingValue,
            LineRule.MalformedLine => ErrorIds.MalformedCsv,
            LineRule.NegativeCost => ErrorIds.OutOfRange,
            _ => ErrorIds.InvalidNumber,
        };
        string where = column is null ? string.Empty : $", column '{column}'";
        return new InputDataException(id,
            string.Create(CultureInfo.InvariantCulture, $"{sourceName}, {unit} {line}{where}: {title.ToLowerInvariant()} ('{value}'). {advice}"),
            null, (int)Math.Min(int.MaxValue, line), column, value);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static string? CellText(object? cell, string? dateFormat) => cell switch
    {
        null => null,
        string s => s,
        DateTime d => dateFormat is null ? d.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : d.ToString(dateFormat, CultureInfo.InvariantCulture),
        DateTimeOffset o => dateFormat is null ? o.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : o.UtcDateTime.ToString(dateFormat, CultureInfo.InvariantCulture),
        DateOnly d => dateFormat is null ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToDateTime(TimeOnly.MinValue).ToString(dateFormat, CultureInfo.InvariantCulture),
        double x => x.ToString("R", CultureInfo.InvariantCulture),
        float x => x.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>The engine rejected lines that are not UTF-8: the file is read again as Latin-1.</summary>
    private sealed class NotUtf8Exception : Exception
    {
    }
}

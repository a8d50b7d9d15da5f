using System.Globalization;
using System.Text;

namespace EcomAI.Core.Data;

/// <summary>
/// A prepared order-lines input: the preparation report, and each job's input derived from the same lines by the same
/// SQL (<see cref="ToTransactions"/>, <see cref="ToInteractions"/>, <see cref="ToSales"/>). Holds an embedded database;
/// dispose it when done (results already taken stay valid).
/// </summary>
public sealed partial class OrderLineData : IDisposable
{
    private readonly LoadedInput _input;
    private readonly object _gate = new();
    private bool _disposed;

    internal OrderLineData(LoadedInput input, OrderLineOptions options)
    {
        _input = input;
        Options = options;
        try
        {
            // The staging has normalised the ids already (TypedColumns, the same rule as OrderLineSql.IntegralId).
            foreach (var statement in OrderLineSql.Statements(input.Columns, options, OrderLineSql.DefaultSalesPeriod, idsNormalised: true))
            {
                Run(statement);
            }

            Report = BuildReport();
        }
        catch
        {
            input.Session.Dispose();
            throw;
        }
    }

    /// <summary>The input's name (file name or "input rows").</summary>
    public string SourceName => _input.SourceName;

    /// <summary>The temporary database file the lines are staged in (large inputs), or null when they are held in memory.</summary>
    internal string? DatabaseFile => _input.Session.DatabaseFile;

    /// <summary>The options the lines were prepared with.</summary>
    public OrderLineOptions Options { get; }

    /// <summary>The schema columns found, and the other columns kept.</summary>
    public PreparedColumns Columns => _input.Columns;

    /// <summary>The input's header of each schema column found (e.g. CustomerId → CustomerID).</summary>
    public IReadOnlyDictionary<ColumnRole, string> ColumnHeaders => _input.Headers;

    /// <summary>What the preparation did: one finding per rule, lines used.</summary>
    public PreparationReport Report { get; }

    /// <summary>The portable preparation statements (what <see cref="ToSql"/> prints), for a sales period.</summary>
    public IReadOnlyList<SqlStatement> Statements(SalesPeriod period = OrderLineSql.DefaultSalesPeriod) => OrderLineSql.Statements(Columns, Options, period);

    /// <summary>
    /// The whole preparation as SQL: how this input was staged (DuckDB-specific, as comments), then the portable statements,
    /// which run unchanged on Spark SQL over a view <c>order_lines</c> with the canonical columns.
    /// </summary>
    public string ToSql(SalesPeriod period = OrderLineSql.DefaultSalesPeriod)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"-- Preparation of {SourceName} (EcomAI order lines).");
        text.AppendLine("-- 1. Staging (DuckDB-specific: on Spark, load the export and select the canonical columns as the view order_lines):");
        foreach (string statement in _input.LoadStatements)
        {
            foreach (string line in statement.Split('\n'))
            {
                text.Append("--   ").AppendLine(line);
            }
        }

        text.AppendLine("-- 2. Rules and derived tables (portable: DuckDB and Spark SQL). DuckDB's staging has already read ids written");
        text.AppendLine("--    with a trailing .0 as integers, so it runs order_lines_clean without repeating that (idempotent) rule.");
        foreach (var statement in Statements(period))
        {
            text.AppendLine(statement.ToString()).AppendLine();
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Report.Summary;

    /// <summary>Releases the embedded database.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _disposed = true;
                _input.Session.Dispose();
            }
        }
    }

    private void Run(SqlStatement statement)
    {
        // The staging table already holds typed lines with normalised ids, so the cleaned lines stay a view over it (no
        // second copy of every line). Small relations read more than once are computed once, as tables: the duplicate set
        // (every later view joins it), the report's groups, counts and flagged lines, and the product descriptions.
        bool materialize = statement.View is "duplicate_hashes" or "duplicate_lines" or "line_groups" or "line_counts" or "flagged_lines" or "description_counts";
        string text = materialize
            ? statement.Text.Replace("CREATE OR REPLACE TEMPORARY VIEW", "CREATE OR REPLACE TEMPORARY TABLE", StringComparison.Ordinal)
            : statement.Text;
        _input.Session.Execute(text);
        if (statement.View == "duplicate_hashes")
        {
            // Grouping every line's hash is the one pass whose scratch memory (≈ 50 MB per million lines) outgrows the
            // others': it goes back before the next pass starts. Returning the others' few MB would cost more in page faults.
            DuckDbSession.ReleaseFreeMemory();
        }
    }

    private T WithSession<T>(Func<DuckDbSession, T> work)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return work(_input.Session);
            }
            finally
            {
                // A job's input has been read into .NET: the engine's scratch memory goes back before the model runs.
                DuckDbSession.ReleaseFreeMemory();
            }
        }
    }

    private void Require(string job, params ColumnRole[] roles)
    {
        var missing = roles.Where(r => !Columns.Has(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InputDataException(ErrorIds.MissingColumn,
                $"{SourceName} has no {string.Join(" and no ", missing.Select(OrderLineSchema.Describe))} column: {job} needs it. " +
                $"Columns present: {string.Join(", ", ColumnHeaders.Values.Concat(Columns.Extras))}. Rename the column or choose it by name.",
                null, null, OrderLineSchema.Get(missing[0]).Name, null);
        }
    }
}

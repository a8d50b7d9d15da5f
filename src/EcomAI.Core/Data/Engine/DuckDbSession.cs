using System.Globalization;
using DuckDB.NET.Data;

namespace EcomAI.Core.Data;

/// <summary>
/// One embedded DuckDB database (in-process; nothing to install or start) holding a prepared input. Small inputs live in
/// memory; large ones in a temporary database file, compressed by DuckDB, so memory stays bounded whatever the file size.
/// The file is deleted on <see cref="Dispose"/>.
/// </summary>
internal sealed class DuckDbSession : IDisposable
{
    /// <summary>
    /// Whether an input file of <paramref name="bytes"/> is staged in a temporary database file rather than in memory: when
    /// its estimated peak in memory (about 2.5 times a CSV's size, 25 times a compressed Parquet file's; measured in
    /// tests/EcomAI.Benchmarks/README.md) passes a quarter of the memory available to the process. In memory is about 1.6
    /// times faster (9.1 M lines: 26 s against 43 s); the file keeps the peak near 0.75 GB whatever the size.
    /// </summary>
    internal static bool UsesFile(long bytes, bool parquet) =>
        (double)bytes * (parquet ? 25 : 2.5) > (InMemoryBudget ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);

    /// <summary>Tests set a budget (bytes, for the calling flow only) to reach the file-backed path with small inputs.</summary>
    internal static long? InMemoryBudget
    {
        get => Budget.Value;
        set => Budget.Value = value;
    }

    private static readonly AsyncLocal<long?> Budget = new();

    private readonly DuckDBConnection _connection;
    private readonly string? _databaseFile;
    private bool _disposed;

    public DuckDbSession(int? threads, bool fileBacked)
    {
        if (fileBacked)
        {
            _databaseFile = Path.Combine(Path.GetTempPath(), $"ecomai-{Guid.NewGuid():N}.duckdb");
        }

        _connection = new DuckDBConnection(_databaseFile is null ? "DataSource=:memory:" : $"DataSource={_databaseFile}");
        _connection.Open();
        if (threads is int t)
        {
            Execute(string.Create(CultureInfo.InvariantCulture, $"SET threads = {t}"));
        }

        if (_databaseFile is not null)
        {
            // Bound the buffer pool: the data is on disk, compressed; queries spill to the temp directory when needed.
            long limit = Math.Clamp(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8, 512L << 20, 2L << 30);
            Execute(string.Create(CultureInfo.InvariantCulture, $"SET memory_limit = '{limit >> 20}MB'"));
            Execute($"SET temp_directory = '{SqlText.Escape(Path.GetTempPath())}'");
        }

        Execute("SET preserve_insertion_order = true");
    }

    /// <summary>The temporary database file, or null when the data is held in memory.</summary>
    public string? DatabaseFile => _databaseFile;

    /// <summary>The open connection (for appenders).</summary>
    public DuckDBConnection Connection => _connection;

    /// <summary>Runs a statement.</summary>
    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query and hands each row to <paramref name="row"/>.</summary>
    public void Query(string sql, Action<DuckDBDataReader> row)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }

    /// <summary>The first column of the first row, or default.</summary>
    public T? Scalar<T>(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Names and DuckDB types of a relation's columns.</summary>
    public IReadOnlyList<(string Name, string Type)> Describe(string relation)
    {
        var columns = new List<(string, string)>();
        Query($"DESCRIBE SELECT * FROM {relation}", r => columns.Add((r.GetString(0), r.GetString(1))));
        return columns;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _connection.Dispose();
        if (_databaseFile is not null)
        {
            foreach (string file in new[] { _databaseFile, _databaseFile + ".wal" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Best effort: a temp file left behind is harmless.
                }
            }
        }
    }
}

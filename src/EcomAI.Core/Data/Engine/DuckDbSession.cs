using System.Globalization;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// Returns the memory the engine has freed to the operating system now. DuckDB's allocator on Linux (jemalloc) keeps
    /// freed pages for about a second of further allocation, and indefinitely while the engine is idle, so a phase's scratch
    /// memory (the CSV reader's buffers, a hash table over every line) would still count towards the process's resident set
    /// while the next phase adds its own. Purging every arena between phases keeps the peak near what is live: at a million
    /// lines 40–50 MB lower, at 2–6 ms a call (tests/EcomAI.Benchmarks/README.md). Builds without jemalloc (Windows, macOS)
    /// do not export the control and this does nothing.
    /// </summary>
    public static void ReleaseFreeMemory()
    {
        if (Purge.Value is { } mallctl)
        {
            // MALLCTL_ARENAS_ALL (4096) addresses every arena; a failure only leaves the memory cached, as before.
            _ = mallctl("arena.4096.purge", IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UIntPtr.Zero);
        }
    }

    /// <summary>Whether the engine's allocator control was found (Linux builds of DuckDB).</summary>
    internal static bool CanReleaseFreeMemory => Purge.Value is not null;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int Mallctl([MarshalAs(UnmanagedType.LPStr)] string name, IntPtr oldValue, IntPtr oldLength, IntPtr newValue, UIntPtr newLength);

    // jemalloc's control function, under the prefix DuckDB builds it with; looked up in the library DuckDB.NET loaded.
    private static readonly Lazy<Mallctl?> Purge = new(() =>
    {
        var bindings = typeof(DuckDBConnection).Assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "DuckDB.NET.Bindings");
        var assembly = bindings is null ? typeof(DuckDBConnection).Assembly : System.Reflection.Assembly.Load(bindings);
        return NativeLibrary.TryLoad("duckdb", assembly, null, out IntPtr library) && NativeLibrary.TryGetExport(library, "duckdb_je_mallctl", out IntPtr function)
            ? Marshal.GetDelegateForFunctionPointer<Mallctl>(function)
            : null;
    });

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

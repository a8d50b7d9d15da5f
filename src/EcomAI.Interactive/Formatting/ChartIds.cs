using System.Globalization;

namespace EcomAI.Interactive.Formatting;

/// <summary>Element ids for charts, unique within a notebook page.</summary>
/// <remarks>
/// A page can hold outputs from several kernel sessions (outputs survive a kernel restart), so a counter alone would
/// repeat ids; a random per-session prefix keeps them apart.
/// </remarks>
internal sealed class ChartIds
{
    private readonly string _prefix;
    private long _next;

    /// <summary>Creates a sequence of ids starting with <paramref name="prefix"/> (a letter first).</summary>
    public ChartIds(string prefix) => _prefix = prefix;

    /// <summary>The sequence used by the registered formatters for this kernel's process.</summary>
    public static ChartIds Session { get; } = new("ecomai-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The next id: prefix, '-', a counter from 1; thread-safe.</summary>
    public string Next() => string.Create(CultureInfo.InvariantCulture, $"{_prefix}-{Interlocked.Increment(ref _next)}");
}

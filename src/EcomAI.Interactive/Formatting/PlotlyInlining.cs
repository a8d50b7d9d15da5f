namespace EcomAI.Interactive.Formatting;

/// <summary>
/// Remembers whether plotly.js has already been written into this kernel session's output, so the 3.6 MB
/// bundle is inlined once per notebook rather than once per chart.
/// </summary>
/// <remarks>
/// A notebook page keeps the global <c>Plotly</c> that the first chart's output defined, so later charts only
/// need their own div and script. If outputs are cleared, <see cref="Reset"/> makes the next chart carry the
/// bundle again.
/// </remarks>
internal sealed class PlotlyInlining
{
    private int _written;

    /// <summary>The one instance used by the registered formatters for the kernel's process.</summary>
    public static PlotlyInlining Session { get; } = new();

    /// <summary>True exactly once (the first call, or the first after <see cref="Reset"/>); thread-safe.</summary>
    public bool TakeFirst() => Interlocked.Exchange(ref _written, 1) == 0;

    /// <summary>Makes the next chart output carry plotly.js again.</summary>
    public void Reset() => Interlocked.Exchange(ref _written, 0);
}

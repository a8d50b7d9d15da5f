namespace EcomAI.Interactive.Formatting;

/// <summary>Registers the HTML formatter of every EcomAI result type with .NET Interactive.</summary>
internal static class ResultFormatters
{
    /// <summary>Registers the formatters; they share <paramref name="inlining"/> so plotly.js is written once.</summary>
    /// <param name="inlining">Tracks whether plotly.js is already on the page.</param>
    public static void Register(PlotlyInlining inlining)
    {
        ArgumentNullException.ThrowIfNull(inlining);
    }
}

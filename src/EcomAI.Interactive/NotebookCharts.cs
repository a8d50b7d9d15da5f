using EcomAI.Interactive.Formatting;

namespace EcomAI.Interactive;

/// <summary>Control over how charts are written into notebook outputs.</summary>
/// <remarks>
/// plotly.js (about 3.6 MB) is inlined into the first chart output of a kernel session only; later charts use the
/// global <c>Plotly</c> that output defined. A page keeps that global while it is open, but a saved notebook whose
/// first chart cell was re-run (or whose outputs were cleared) no longer carries the bundle, and its charts say
/// "plotly.js is not loaded" when reopened. Call <see cref="IncludePlotlyAgain"/> and re-run a chart cell to fix that.
/// </remarks>
public static class NotebookCharts
{
    /// <summary>Makes the next chart output carry plotly.js again.</summary>
    public static void IncludePlotlyAgain() => PlotlyInlining.Session.Reset();
}

using EcomAI.Interactive.Formatting;
using EcomAI.Interactive.Loading;
using Microsoft.DotNet.Interactive;

namespace EcomAI.Interactive;

/// <summary>
/// The notebook extension. The kernel finds it in the package's <c>interactive-extensions/dotnet</c> folder and
/// calls <see cref="OnLoadAsync"/> when a notebook runs <c>#r "nuget: EcomAI.Interactive, ..."</c>.
/// </summary>
/// <remarks>
/// Registration only (the HTML is built by pure functions in <c>EcomAI.Interactive.Formatting</c>): it makes
/// FSharp.Core requests resolve to the kernel's copy, then registers an HTML formatter for every result type
/// (a table of the result's <c>ToDataFrame()</c> plus its charts, with plotly.js inlined once per session).
/// </remarks>
public sealed class EcomAIKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);

        // Before anything touches Plotly.NET: it asks for a newer FSharp.Core than the kernel carries.
        FSharpCoreResolver.Register();
        ResultFormatters.Register(PlotlyInlining.Session, ChartIds.Session);
        return Task.CompletedTask;
    }
}

using EcomAI.Interactive.Formatting;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EcomAI.Interactive.Tests.Kernel;

/// <summary>An in-process notebook kernel (CompositeKernel + CSharpKernel) with the extension loaded.</summary>
/// <remarks>
/// Formatters are process-wide: each harness resets them and the plotly.js inlining, which is why the test
/// assembly runs its tests one at a time (xunit.runner.json).
/// </remarks>
internal sealed class KernelHarness : IDisposable
{
    private KernelHarness(CompositeKernel kernel) => Kernel = kernel;

    public CompositeKernel Kernel { get; }

    public static async Task<KernelHarness> StartAsync()
    {
        Formatter.ResetToDefault();
        PlotlyInlining.Session.Reset();
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        csharp.AddAssemblyReferences(ReferencedAssemblies());
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        await new EcomAIKernelExtension().OnLoadAsync(kernel);
        return new KernelHarness(kernel);
    }

    /// <summary>Runs <paramref name="code"/> and returns the text/html of every value it returned or displayed.</summary>
    public async Task<IReadOnlyList<string>> HtmlOutputsAsync(string code)
    {
        KernelCommandResult result = await Kernel.SubmitCodeAsync(code);
        var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
        Assert.True(failed is null, $"The submission failed: {failed?.Message}");
        return result.Events
            .OfType<DisplayEvent>()
            .SelectMany(e => e.FormattedValues)
            .Where(v => v.MimeType == HtmlFormatter.MimeType)
            .Select(v => v.Value)
            .ToList();
    }

    /// <summary>The single text/html output of <paramref name="code"/>.</summary>
    public async Task<string> HtmlAsync(string code) => Assert.Single(await HtmlOutputsAsync(code));

    public void Dispose()
    {
        Kernel.Dispose();
        Formatter.ResetToDefault();
        PlotlyInlining.Session.Reset();
    }

    private static IEnumerable<string> ReferencedAssemblies()
    {
        // The notebook user's view: the core, the charts and the extension, plus the DataFrame type.
        yield return typeof(EcomAIKernelExtension).Assembly.Location;
        yield return typeof(Microsoft.Data.Analysis.DataFrame).Assembly.Location;
        foreach (var name in typeof(EcomAIKernelExtension).Assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("EcomAI.", StringComparison.Ordinal)))
        {
            yield return System.Reflection.Assembly.Load(name).Location;
        }
    }
}

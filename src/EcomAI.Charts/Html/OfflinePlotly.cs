using System.Reflection;
using Plotly.NET;

namespace EcomAI.Charts.Html;

/// <summary>
/// The plotly.js bundle that Plotly.NET 6.0.0 carries as an embedded resource (the one it inlines for
/// <c>PlotlyJSReference.Full</c>), so reports and notebooks can draw charts with no network at all.
/// </summary>
/// <remarks>
/// The resource is <c>Plotly.NET.plotly-&lt;version&gt;.min.js</c> inside <c>Plotly.NET.dll</c>; reading it from the
/// assembly (rather than shipping our own copy) keeps the JavaScript and the JSON Plotly.NET writes in step.
/// The bundle is a UMD module: when a page defines an AMD <c>define</c> (Jupyter does, through require.js) it
/// registers itself as an AMD module and sets no global <c>Plotly</c>. <see cref="ScriptElement"/> hides
/// <c>define</c> while the bundle runs so the global is always set.
/// </remarks>
public static class OfflinePlotly
{
    private static readonly Lazy<string> LazyScript = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The plotly.js version embedded in Plotly.NET (for example <c>2.28.0</c>).</summary>
    public static string Version => Globals.PLOTLYJS_VERSION;

    /// <summary>The full, minified plotly.js source text (about 3.6 MB), exactly as Plotly.NET embeds it.</summary>
    public static string Script => LazyScript.Value;

    /// <summary>
    /// A complete <c>&lt;script&gt;</c> element that defines the global <c>Plotly</c> even on pages with an AMD
    /// loader. Put it in a page once, before any <see cref="ChartHtml.Fragment(GenericChart, string)"/>.
    /// </summary>
    /// <returns>HTML text: one script element, no external references.</returns>
    public static string ScriptElement() =>
        "<script type=\"text/javascript\">\n"
        + "(function(){var __ecomaiDefine=window.define;window.define=undefined;try{\n"
        + Script
        + "\n}finally{window.define=__ecomaiDefine;}})();\n</script>";

    private static string Load()
    {
        Assembly assembly = typeof(GenericChart).Assembly;
        string resource = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(
                $"Plotly.NET {assembly.GetName().Version} does not embed '{resource}'. Reference Plotly.NET 6.0.0 as pinned in Directory.Packages.props.");
        using var reader = new StreamReader(stream);
        string text = reader.ReadToEnd();

        // The bundle is inlined into <script> elements: a literal "</script" would end the element early.
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}

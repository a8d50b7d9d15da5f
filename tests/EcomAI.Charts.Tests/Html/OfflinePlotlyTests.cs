using EcomAI.Charts.Html;
using EcomAI.Charts.Tests.Support;

namespace EcomAI.Charts.Tests.Html;

public class OfflinePlotlyTests
{
    [Fact]
    public void Script_EmbeddedResource_IsThePlotlyBundleOfTheReportedVersion()
    {
        string script = OfflinePlotly.Script;

        // plotly.js' minified bundle starts with its licence banner and names its version in the header.
        Assert.True(script.Length > 3_000_000, $"plotly.js is about 3.6 MB; got {script.Length} characters.");
        Assert.Contains("plotly.js v" + OfflinePlotly.Version, script, StringComparison.Ordinal);
        Assert.Equal("2.28.0", OfflinePlotly.Version);
    }

    [Fact]
    public void Script_ComparedWithPlotlyNetFullReference_IsTheSameBundle()
    {
        // Plotly.NET's own page for PlotlyJSReference.Full inlines its bundle: ours must be that very text.
        string page = PlotlyNetFullHtml.Of(TestCharts.Columns());

        Assert.Contains(OfflinePlotly.Script, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_InlinedInHtml_CannotCloseTheScriptElement()
    {
        Assert.DoesNotContain("</script", OfflinePlotly.Script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ScriptElement_AmdLoaderPresent_HidesDefineWhileTheBundleRuns()
    {
        string element = OfflinePlotly.ScriptElement();

        Assert.StartsWith("<script", element, StringComparison.Ordinal);
        Assert.EndsWith("</script>", element, StringComparison.Ordinal);
        int hide = element.IndexOf("window.define=undefined", StringComparison.Ordinal);
        int bundle = element.IndexOf(OfflinePlotly.Script[..200], StringComparison.Ordinal);
        int restore = element.IndexOf("window.define=__ecomaiDefine", StringComparison.Ordinal);
        Assert.True(hide >= 0 && hide < bundle && bundle < restore, "define must be hidden before the bundle and restored after it.");
        Assert.DoesNotContain("cdn", element[..(bundle)], StringComparison.OrdinalIgnoreCase);
    }
}

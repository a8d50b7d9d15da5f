using EcomAI.Interactive.Formatting;

namespace EcomAI.Interactive.Tests.Formatting;

public class ResultHtmlTests
{
    [Fact]
    public void Render_WithScript_PutsScriptBeforeCharts()
    {
        string html = ResultHtml.Render("Title", ["line one"], ["<table></table>"], ["<div id=\"c1\"></div>"], "<script>PLOTLY</script>");

        int script = html.IndexOf("<script>PLOTLY</script>", StringComparison.Ordinal);
        int chart = html.IndexOf("<div id=\"c1\">", StringComparison.Ordinal);
        Assert.True(script >= 0 && chart > script, html);
        Assert.Contains("<h4>Title</h4>", html);
        Assert.Contains("<p>line one</p>", html);
        Assert.StartsWith("<div class=\"ecomai-result\">", html);
    }

    [Fact]
    public void Render_WithoutScript_HasNoScriptElementOfItsOwn()
    {
        string html = ResultHtml.Render("T", [], ["<table></table>"], [], null);

        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Render_TitleAndSummary_AreEncoded()
    {
        string html = ResultHtml.Render("a<b", ["x & <y>"], [], [], null);

        Assert.Contains("<h4>a&lt;b</h4>", html);
        Assert.Contains("<p>x &amp; &lt;y&gt;</p>", html);
    }
}

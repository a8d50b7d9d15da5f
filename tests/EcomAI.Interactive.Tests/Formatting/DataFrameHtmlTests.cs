using EcomAI.Interactive.Formatting;
using Microsoft.Data.Analysis;

namespace EcomAI.Interactive.Tests.Formatting;

public class DataFrameHtmlTests
{
    private static DataFrame Sample(int rows)
    {
        var ids = new StringDataFrameColumn("id", Enumerable.Range(0, rows).Select(i => $"c{i}"));
        var values = new DoubleDataFrameColumn("value", Enumerable.Range(0, rows).Select(i => i / 3.0));
        return new DataFrame(ids, values);
    }

    [Fact]
    public void Render_SmallFrame_WritesHeaderAndEveryRow()
    {
        string html = DataFrameHtml.Render(Sample(3));

        Assert.Contains("<thead><tr><th>id</th><th>value</th></tr></thead>", html);
        // 1/3 and 2/3 to six significant digits, written out by hand.
        Assert.Contains("<tr><td>c0</td><td>0</td></tr><tr><td>c1</td><td>0.333333</td></tr><tr><td>c2</td><td>0.666667</td></tr>", html);
        Assert.Contains("data-rows=\"3\" data-columns=\"2\"", html);
        Assert.DoesNotContain("<caption", html);
    }

    [Fact]
    public void Render_MoreRowsThanLimit_ShowsFirstRowsAndSaysHowMany()
    {
        string html = DataFrameHtml.Render(Sample(30), maxRows: 5);

        Assert.Equal(5, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<td>c4</td>", html);
        Assert.DoesNotContain("<td>c5</td>", html);
        Assert.Contains("first 5 of 30 rows", html);
    }

    [Fact]
    public void Render_MarkupInCells_IsEncoded()
    {
        var frame = new DataFrame(new StringDataFrameColumn("name <b>", ["</script><img src=x>"]));

        string html = DataFrameHtml.Render(frame);

        Assert.Contains("<th>name &lt;b&gt;</th>", html);
        Assert.Contains("&lt;/script&gt;&lt;img src=x&gt;", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Render_NoRows_WritesHeaderOnly()
    {
        string html = DataFrameHtml.Render(Sample(0));

        Assert.Contains("<thead><tr><th>id</th><th>value</th></tr></thead><tbody></tbody>", html);
        Assert.Contains("data-rows=\"0\"", html);
    }

    [Fact]
    public void Render_NonPositiveLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DataFrameHtml.Render(Sample(1), maxRows: 0));
    }

    [Theory]
    [InlineData(20.000000000000004, "20")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1234567.0, "1.23457E+06")]
    public void Cell_Double_SixSignificantDigitsInvariant(double value, string expected)
    {
        Assert.Equal(expected, DataFrameHtml.Cell(value));
    }

    [Fact]
    public void Cell_DatesAndNulls_IsoAndEmpty()
    {
        Assert.Equal("2024-03-01", DataFrameHtml.Cell(new DateTime(2024, 3, 1)));
        Assert.Equal("2024-03-01T13:05:09", DataFrameHtml.Cell(new DateTime(2024, 3, 1, 13, 5, 9)));
        Assert.Equal(string.Empty, DataFrameHtml.Cell(null));
        Assert.Equal("true", DataFrameHtml.Cell(true));
        Assert.Equal("12", DataFrameHtml.Cell(12));
    }
}

public class DataFrameHtmlRecordTests
{
    [Fact]
    public void RenderRecord_OneRow_WritesOneLinePerColumn()
    {
        var frame = new DataFrame(new StringDataFrameColumn("status", ["Optimal"]), new DoubleDataFrameColumn("price", [20.0]));

        string html = DataFrameHtml.RenderRecord(frame);

        Assert.Contains("<tr><td>status</td><td>Optimal</td></tr><tr><td>price</td><td>20</td></tr>", html);
    }

    [Fact]
    public void RenderRecord_TwoRows_Throws()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [1.0, 2.0]));

        var error = Assert.Throws<ArgumentException>(() => DataFrameHtml.RenderRecord(frame));
        Assert.Contains("exactly one row", error.Message);
    }

    [Fact]
    public void RenderAuto_WideSingleRow_UsesRecordLayout()
    {
        var columns = Enumerable.Range(0, 8).Select(i => (DataFrameColumn)new DoubleDataFrameColumn($"c{i}", [i])).ToList();

        Assert.Contains("<th>field</th><th>value</th>", DataFrameHtml.RenderAuto(new DataFrame(columns)));
        Assert.DoesNotContain("<th>field</th>", DataFrameHtml.RenderAuto(new DataFrame(columns.Take(3))));
    }
}

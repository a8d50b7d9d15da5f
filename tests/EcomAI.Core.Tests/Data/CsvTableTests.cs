using System.Text;
using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data;

/// <summary>RFC 4180 cases of the strict CSV reader, each checked against the text by hand.</summary>
public class CsvTableTests
{
    [Fact]
    public void Parse_QuotedDelimiter_StaysInTheField()
    {
        var t = CsvTable.Parse("id,name\n1,\"Smith, J.\"\n");
        Assert.Equal("Smith, J.", t.GetText(0, 1));
    }

    [Fact]
    public void Parse_DoubledQuotes_AreOneQuote()
    {
        var t = CsvTable.Parse("id,name\n1,\"say \"\"hi\"\"\"\n");
        Assert.Equal("say \"hi\"", t.GetText(0, 1));
    }

    [Fact]
    public void Parse_EmbeddedNewline_FieldKeepsItAndLaterLinesCountIt()
    {
        var t = CsvTable.Parse("id,name\n1,\"two\nlines\"\n2,b\n");
        Assert.Equal("two\nlines", t.GetText(0, 1));
        Assert.Equal(2, t.LineNumberOf(0));
        Assert.Equal(4, t.LineNumberOf(1));
    }

    [Fact]
    public void Parse_CrLf_NoCarriageReturnInFields()
    {
        var t = CsvTable.Parse("id,name\r\n1,a\r\n2,b\r\n");
        Assert.Equal(["id", "name"], t.Columns);
        Assert.Equal("a", t.GetText(0, 1));
        Assert.Equal("b", t.GetText(1, 1));
        Assert.Equal(3, t.LineNumberOf(1));
    }

    [Fact]
    public void Load_ByteOrderMark_NotPartOfTheFirstColumnName()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-bom-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id,name\n1,a\n")]);
        try
        {
            var t = CsvTable.Load(path);
            Assert.Equal("id", t.Columns[0]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_UnclosedQuote_MalformedCsvNamingItsLine()
    {
        var ex = Assert.Throws<InputDataException>(() => CsvTable.Parse("id,name\n1,\"open\n2,b\n3,c\n"));
        Assert.Equal(ErrorIds.MalformedCsv, ex.ErrorId);
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void Parse_WrongFieldCount_MalformedCsvNamingTheLine()
    {
        var ex = Assert.Throws<InputDataException>(() => CsvTable.Parse("id,name\n1,a\n2,b,extra\n"));
        Assert.Equal(ErrorIds.MalformedCsv, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
    }
}

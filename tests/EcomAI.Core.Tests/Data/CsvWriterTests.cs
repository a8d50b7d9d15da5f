using System.IO.Compression;
using System.Text;
using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data;

/// <summary>The one CSV writer: RFC 4180 quoting, checked against hand-written text and read back by <see cref="CsvTable"/>.</summary>
public class CsvWriterTests
{
    private static readonly string[] Awkward = ["Smith, J.", "say \"hi\"", "two\nlines", "crlf\r\nend", " padded ", "", "plain"];

    [Fact]
    public void Text_FieldsWithCommaQuoteAndLineBreak_QuotedAsRfc4180()
    {
        // Expected text written out by hand from RFC 4180 §2: fields holding ',', '"' or a line break are quoted,
        // a quote inside is doubled; other fields are written as they are.
        string text = CsvWriter.Text(["id", "name"], [("1", "Smith, J."), ("2", "say \"hi\""), ("3", "two\nlines"), ("4", "plain")],
            r => [r.Item1, r.Item2]);

        Assert.Equal("id,name\n1,\"Smith, J.\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,plain\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Text_AwkwardFields_RoundTripThroughCsvTable()
    {
        string text = CsvWriter.Text(["customer_id", "note"], Awkward.Select((v, i) => (v, i)), r => [r.v, r.i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var table = CsvTable.Parse(text, "written.csv");

        Assert.Equal(["customer_id", "note"], table.Columns);
        Assert.Equal(Awkward.Length, table.RowCount);
        for (int i = 0; i < Awkward.Length; i++)
        {
            Assert.Equal(Awkward[i], table.GetText(i, 0));
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), table.GetText(i, 1));
        }
    }

    [Fact]
    public void ToStream_Gzip_RoundTripsThroughCsvTable()
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.ToStream(stream, gzip: true, "id", "name"))
        {
            writer.Row("17850", "Smith, J.");
            writer.Row("C536379", "say \"hi\"");
        }

        stream.Position = 0;
        using var unzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(unzip, Encoding.UTF8);
        var table = CsvTable.Read(reader, "written.csv.gz");

        Assert.Equal(2, table.RowCount);
        Assert.Equal("Smith, J.", table.GetText(0, 1));
        Assert.Equal("say \"hi\"", table.GetText(1, 1));
    }

    [Fact]
    public void ToStream_Utf8WithoutBom()
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.ToStream(stream, gzip: false, "name"))
        {
            writer.Row("Café");
        }

        byte[] bytes = stream.ToArray();
        Assert.Equal((byte)'n', bytes[0]);
        Assert.Equal("name\nCafé\n", Encoding.UTF8.GetString(bytes).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Text_NoRows_StillWritesTheHeader()
    {
        string text = CsvWriter.Text(["a", "b"], Array.Empty<int>(), _ => []);

        Assert.Equal("a,b", text.TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Row_WrongFieldCount_Throws()
    {
        using var writer = CsvWriter.ToText("a", "b");

        var ex = Assert.Throws<ArgumentException>(() => writer.Row("only one"));
        Assert.Contains("2 columns; a row gave 1 fields", ex.Message);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(-2.5, "-2.5")]
    public void Number_InvariantRoundTrip(double value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Number(value));
        Assert.Equal(value, double.Parse(CsvWriter.Number(value), System.Globalization.CultureInfo.InvariantCulture));
    }
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data;

public class ColumnBindingTests
{
    private static ColumnBinding Bind(string csv) => new(CsvTable.Parse(csv, "t.csv"));

    [Fact]
    public void ReadNumber_CommaDecimal_IsErrorNamingLineAndColumn()
    {
        var b = Bind("id,amount\na,1.5\nb,\"2,5\"\n");
        int col = b.Require("amount");
        Assert.Equal(1.5, b.ReadNumber(0, col));
        var ex = Assert.Throws<InputDataException>(() => b.ReadNumber(1, col));
        Assert.Equal(ErrorIds.InvalidNumber, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal(2, ex.Row);
        Assert.Equal("amount", ex.Column);
        Assert.Contains("t.csv, line 3 (row 2), column 'amount': '2,5' is not a number", ex.Message);
    }

    [Theory]
    [InlineData("abc", ErrorIds.InvalidNumber)]
    [InlineData("NaN", ErrorIds.NonFiniteNumber)]
    [InlineData("Infinity", ErrorIds.NonFiniteNumber)]
    [InlineData("1,000", ErrorIds.InvalidNumber)]
    public void ReadNumber_BadText_FailsWithSpecificId(string text, string id)
    {
        var b = Bind($"x\n\"{text}\"\n");
        var ex = Assert.Throws<InputDataException>(() => b.ReadNumber(0, 0));
        Assert.Equal(id, ex.ErrorId);
    }

    [Fact]
    public void Require_MissingColumn_ListsColumnsPresent()
    {
        var b = Bind("customer,when\nc1,2024-01-01\n");
        var ex = Assert.Throws<InputDataException>(() => b.Require("amount", "total"));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("Columns present: customer, when", ex.Message);
    }

    [Fact]
    public void ReadDate_AmbiguousFormat_IsRefused()
    {
        var b = Bind("d\n03/04/2024\n2024-04-03\n");
        Assert.Equal(ErrorIds.InvalidDate, InputDataException_Id(() => b.ReadDate(0, 0)));
        Assert.Equal(new DateTime(2024, 4, 3), b.ReadDate(1, 0));
    }

    [Fact]
    public void Parse_QuotedDelimiterAndNewline_KeepsFieldsAndLineNumbers()
    {
        var t = CsvTable.Parse("a,b\n\"x,y\",\"line1\nline2\"\nz,w\n");
        Assert.Equal(2, t.RowCount);
        Assert.Equal("x,y", t.GetText(0, 0));
        Assert.Equal("line1\nline2", t.GetText(0, 1));
        Assert.Equal(4, t.LineNumberOf(1));
    }

    [Fact]
    public void Parse_WrongFieldCount_IsMalformed()
    {
        var ex = Assert.Throws<InputDataException>(() => CsvTable.Parse("a,b\n1,2,3\n"));
        Assert.Equal(ErrorIds.MalformedCsv, ex.ErrorId);
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void AtomicFile_Write_ReplacesWholeFileAndLeavesNoTemp()
    {
        string dir = Directory.CreateTempSubdirectory().FullName;
        string path = Path.Combine(dir, "out.txt");
        AtomicFile.WriteAllText(path, "old");
        AtomicFile.WriteAllText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }

    private static string InputDataException_Id(Action a) => Assert.Throws<InputDataException>(a).ErrorId;
}

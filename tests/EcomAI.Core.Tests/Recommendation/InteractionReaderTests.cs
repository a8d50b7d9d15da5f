using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Tests.Recommendation;

public class InteractionReaderTests
{
    [Fact]
    public void FromCsvText_BadRating_NamesLineColumnAndValue()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromCsvText("user,item,rating\nA,x,4\nB,x,abc\n"));
        Assert.Equal(ErrorIds.InvalidNumber, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("rating", ex.Column);
        Assert.Equal("abc", ex.Value);
    }

    [Fact]
    public void FromCsvText_CommaDecimal_IsRefusedNotReadAs25()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromCsvText("user,item,rating\nA,x,\"2,5\"\n"));
        Assert.Equal(ErrorIds.InvalidNumber, ex.ErrorId);
    }

    [Fact]
    public void FromCsvText_RatingOutsideScale_NamesLineAndColumn()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            InteractionReader.FromCsvText("user,item,rating\nA,x,4\nB,x,7\n", new InteractionOptions { Scale = new RatingScale(1, 5) }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("rating", ex.Column);
    }

    [Fact]
    public void FromCsvText_MissingColumn_ListsColumnsPresent()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromCsvText("user,product\nA,x\n"));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("user, product", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsvText_ImplicitWithAliasesAndNoValue_CountsRowsWithSum()
    {
        var m = InteractionReader.FromCsvText("customer_id,product_id\nc1,p1\nc1,p1\nc2,p1\n",
            new InteractionOptions { Kind = FeedbackKind.Implicit, Duplicates = DuplicatePolicy.Sum });
        Assert.Equal(2.0, m.Value("c1", "p1"));
        Assert.Equal(1.0, m.Value("c2", "p1"));
        Assert.Equal(FeedbackKind.Implicit, m.Kind);
    }

    [Fact]
    public void FromCsvText_ImplicitZeroQuantity_NamesTheCell()
    {
        var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromCsvText("user,item,quantity\nA,x,0\n",
            new InteractionOptions { Kind = FeedbackKind.Implicit }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal("quantity", ex.Column);
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void FromDataFrame_ReadsTypedColumnsWithoutChangingTheFrame()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("user", ["A", "B"]),
            new StringDataFrameColumn("item", ["x", "x"]),
            new DoubleDataFrameColumn("rating", [4.0, 2.0]));
        var m = InteractionReader.FromDataFrame(frame);
        Assert.Equal(4.0, m.Value("A", "x"));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(4.0, frame["rating"][0]);
    }

    [Fact]
    public void FromDataFrame_MissingRating_NamesTheRow()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("user", ["A", "B"]),
            new StringDataFrameColumn("item", ["x", "x"]),
            new DoubleDataFrameColumn("rating", [4.0, null]));
        var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromDataFrame(frame));
        Assert.Equal(ErrorIds.MissingValue, ex.ErrorId);
        Assert.Equal(2, ex.Row);
    }

    [Fact]
    public void FromRows_AndFromObjects_ReadTheSamePairs()
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["UserId"] = "A", ["ItemId"] = "x", ["Rating"] = 5 },
            new Dictionary<string, object?> { ["UserId"] = "B", ["ItemId"] = "y", ["Rating"] = "3" },
        };
        var m = InteractionReader.FromRows(rows);
        Assert.Equal(5.0, m.Value("A", "x"));
        Assert.Equal(3.0, m.Value("B", "y"));
        var objects = InteractionReader.FromObjects(new[] { ("A", "x", 5.0), ("B", "y", 3.0) }, t => t.Item1, t => t.Item2, t => t.Item3);
        Assert.Equal(m.ToInteractions(), objects.ToInteractions());
    }

    [Fact]
    public void FromMovieLens_ReadsTabSeparatedLinesWithoutHeader()
    {
        string path = Path.Combine(Path.GetTempPath(), $"udata_{Guid.NewGuid():N}.data");
        File.WriteAllText(path, "196\t242\t3\t881250949\n186\t302\t3\t891717742\n196\t377\t1\t878887116\n");
        try
        {
            var m = InteractionReader.FromMovieLens(path);
            Assert.Equal(3, m.Count);
            Assert.Equal(3.0, m.Value("196", "242"));
            Assert.Equal(1.0, m.Value("196", "377"));
            Assert.Equal(new RatingScale(1, 5), m.Scale);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("196\t242\tthree\t1\n", ErrorIds.InvalidNumber)]
    [InlineData("196\t242\n", ErrorIds.MalformedCsv)]
    [InlineData("196\t242\t6\t1\n", ErrorIds.OutOfRange)]
    public void FromMovieLens_BadSecondLine_NamesLineTwo(string secondLine, string errorId)
    {
        string path = Path.Combine(Path.GetTempPath(), $"udata_{Guid.NewGuid():N}.data");
        File.WriteAllText(path, "1\t1\t4\t5\n" + secondLine);
        try
        {
            var ex = Assert.Throws<InputDataException>(() => InteractionReader.FromMovieLens(path));
            Assert.Equal(errorId, ex.ErrorId);
            Assert.Contains("line 2", ex.Message, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using EcomAI.Core.Pricing;
using Microsoft.Data.Analysis;

namespace EcomAI.Interactive.Tests;

public class CsvFrameTests
{
    private const string Sales = "product_id,price,quantity,promotion\nP1,56.35,10,0\nP1,60.10,8,1\nP1,52.00,13,0\n";

    [Fact]
    public void Parse_Decimals_KeepsEveryDigitAsDouble()
    {
        DataFrame frame = CsvFrame.Parse(Sales);

        Assert.Equal(typeof(double), frame.Columns["price"].DataType);
        Assert.Equal(56.35, (double)frame.Columns["price"][0]!);
        Assert.Equal(typeof(string), frame.Columns["product_id"].DataType);
    }

    [Fact]
    public void Parse_PlainLoadCsvWouldLosePrecision_ThisDoesNot()
    {
        // The problem this helper exists for: DataFrame.LoadCsv guesses float, and 56.35f is not 56.35.
        var guessed = DataFrame.LoadCsvFromString(Sales);
        Assert.Equal(typeof(float), guessed.Columns["price"].DataType);
        Assert.NotEqual(56.35, Convert.ToDouble(guessed.Columns["price"][0], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(56.35, (double)CsvFrame.Parse(Sales).Columns["price"][0]!);
    }

    [Fact]
    public void Parse_WholeNumbersFirstDecimalsLater_ReadsAllRows()
    {
        string text = "x\n" + string.Concat(Enumerable.Repeat("1\n", 12)) + "2.5\n";

        DataFrame frame = CsvFrame.Parse(text);

        Assert.Equal(13, frame.Rows.Count);
        Assert.Equal(2.5, (double)frame.Columns["x"][12]!);
    }

    [Fact]
    public void Parse_IntoSalesData_SameEstimateAsTheCsvReader()
    {
        var fromFrame = Elasticity.Fit(SalesData.FromDataFrame(CsvFrame.Parse(Sales)).Observations);
        var fromText = Elasticity.Fit(SalesData.Parse(Sales).Observations);

        Assert.Equal(fromText.B, fromFrame.B);
        Assert.Equal(fromText.A, fromFrame.A);
    }

    [Fact]
    public void Load_File_SameAsParse()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-csvframe-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Sales);
        try
        {
            Assert.Equal(3, CsvFrame.Load(path).Rows.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

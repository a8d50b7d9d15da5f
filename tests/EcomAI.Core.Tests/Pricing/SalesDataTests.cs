using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Tests.Pricing;

public class SalesDataTests
{
    private const string Csv = "product_id,date,price,quantity,unit_cost,promotion\n" +
        "A,2024-01-01,10,100,6,0\n" +
        "A,2024-01-08,12,0,6,0\n" +
        "B,2024-01-01,5.5,40,3,yes\n" +
        "B,2024-01-08,-1,40,3,no\n" +
        "A,2024-01-15,11,90,6.5,1\n";

    [Fact]
    public void Parse_NonPositiveRows_ExcludedAndCounted()
    {
        var s = SalesData.Parse(Csv, sourceName: "sales.csv");
        Assert.Equal(3, s.Observations.Count);
        Assert.Equal(2, s.Exclusions.Total);
        Assert.Equal(1, s.Exclusions.NonPositiveQuantity);
        Assert.Equal(1, s.Exclusions.NonPositivePrice);
        Assert.Equal(2, s.Exclusions.Rows[0].Row);
        Assert.Equal("1 row with quantity <= 0 and 1 row with price <= 0 excluded (a log-log demand model needs positive prices and quantities)",
            s.Exclusions.Summary);
    }

    [Fact]
    public void Parse_TypedColumns_ReadStrictly()
    {
        var s = SalesData.Parse(Csv);
        var b = s.Observations[1];
        Assert.Equal(new SaleObservation("B", 5.5, 40, new DateTime(2024, 1, 1), 3, true), b);
        Assert.True(s.Observations[2].Promotion);
        Assert.Equal(6.5, s.Observations[2].UnitCost);
    }

    [Fact]
    public void Parse_Strict_ZeroQuantityFailsNamingLineAndColumn()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse(Csv, new SalesReadOptions { Strict = true }, "sales.csv"));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("quantity", ex.Column);
        Assert.Contains("sales.csv, line 3 (row 2), column 'quantity'", ex.Message);
    }

    [Fact]
    public void Parse_StrictForLevels_ZeroQuantityAcceptedNegativePriceRefusedNamingTheLevelsFit()
    {
        // Line 3 sells 0 units (data for a fit in levels, so strict lets it pass); line 5 has price -1, which no model takes.
        var ex = Assert.Throws<InputDataException>(() =>
            SalesData.Parse(Csv, new SalesReadOptions { Strict = true, Method = ElasticityMethod.NonlinearLevels }, "sales.csv"));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(5, ex.LineNumber);
        Assert.Equal("price", ex.Column);
        Assert.Contains("A demand fit in levels (NonlinearLevels) needs positive prices and quantities of 0 or more", ex.Message);
        Assert.DoesNotContain("log-log", ex.Message);
    }

    [Fact]
    public void Parse_StrictLogLog_ErrorNamesTheLogLogModel()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse(Csv, new SalesReadOptions { Strict = true }, "sales.csv"));
        Assert.Contains("A log-log demand model needs positive prices and quantities", ex.Message);
    }

    [Fact]
    public void FromObservations_StrictForLevels_ZeroKeptAsideNegativeQuantityRefusedNamingTheLevelsFit()
    {
        var sales = SalesData.FromObservations([new SaleObservation("A", 10, 5), new SaleObservation("A", 11, 0)], strict: true, ElasticityMethod.NonlinearLevels);
        Assert.Single(sales.Observations);
        Assert.Equal(1, sales.Exclusions.NonPositiveQuantity);

        var ex = Assert.Throws<InputDataException>(() => SalesData.FromObservations(
            [new SaleObservation("A", 10, 5), new SaleObservation("A", 11, 0), new SaleObservation("A", 12, -2)], strict: true, ElasticityMethod.NonlinearLevels));
        Assert.Equal(3, ex.Row);
        Assert.Equal("Quantity", ex.Column);
        Assert.Contains("fit in levels", ex.Message);
        Assert.DoesNotContain("log-log", ex.Message);
    }

    [Theory]
    [InlineData("2,5", ErrorIds.InvalidNumber)]
    [InlineData("abc", ErrorIds.InvalidNumber)]
    [InlineData("NaN", ErrorIds.NonFiniteNumber)]
    public void Parse_BadPrice_ErrorNamesRowAndColumn(string price, string id)
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse($"product_id,price,quantity\nA,10,5\nA,\"{price}\",5\n", sourceName: "s.csv"));
        Assert.Equal(id, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("price", ex.Column);
    }

    [Fact]
    public void Parse_Aliases_SkuAndQty()
    {
        var s = SalesData.Parse("sku,unit_price,qty\nX,3,7\n");
        Assert.Equal(new SaleObservation("X", 3, 7), s.Observations[0]);
    }

    [Fact]
    public void Parse_MissingQuantityColumn_ListsColumns()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse("product_id,price\nA,1\n"));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("Columns present: product_id, price", ex.Message);
    }

    [Fact]
    public void Parse_NegativeCost_OutOfRange()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse("product_id,price,quantity,unit_cost\nA,1,2,-3\n"));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal("unit_cost", ex.Column);
    }

    [Fact]
    public void Parse_HeaderOnly_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.Parse("product_id,price,quantity\n"));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
    }

    [Fact]
    public void FromDataFrame_TypedColumns_SameAsCsv()
    {
        var df = new DataFrame(
            new StringDataFrameColumn("product_id", ["A", "A"]),
            new DoubleDataFrameColumn("price", [10.0, 12.0]),
            new Int32DataFrameColumn("quantity", [100, 0]),
            new BooleanDataFrameColumn("promotion", [true, false]));
        var s = SalesData.FromDataFrame(df);
        Assert.Equal(new SaleObservation("A", 10, 100, Promotion: true), s.Observations.Single());
        Assert.Equal(1, s.Exclusions.NonPositiveQuantity);
        Assert.Equal(2, df.Rows.Count); // input untouched
    }

    [Fact]
    public void FromRows_Dictionaries_ReadLikePowerShellObjects()
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["Product_Id"] = "A", ["Price"] = "9.5", ["Quantity"] = 3 },
            new Dictionary<string, object?> { ["Product_Id"] = "A", ["Price"] = 11m, ["Quantity"] = "2" },
        };
        var s = SalesData.FromRows(rows);
        Assert.Equal([9.5, 11.0], s.Observations.Select(o => o.Price));
    }

    [Fact]
    public void FromObservations_EmptyId_MissingValue()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.FromObservations([new SaleObservation("A", 1, 1), new SaleObservation(" ", 1, 1)]));
        Assert.Equal(ErrorIds.MissingValue, ex.ErrorId);
        Assert.Equal(2, ex.Row);
    }

    [Fact]
    public void FromObservations_StrictNegativePrice_Fails()
    {
        var ex = Assert.Throws<InputDataException>(() => SalesData.FromObservations([new SaleObservation("A", -1, 1)], strict: true));
        Assert.Equal("Price", ex.Column);
    }

    [Fact]
    public void ToDataFrame_RoundTripsThroughFromDataFrame()
    {
        var s = SalesData.Parse(Csv);
        var again = SalesData.FromDataFrame(s.ToDataFrame());
        Assert.Equal(s.Observations, again.Observations);
    }

    [Fact]
    public void ExclusionReport_ToDataFrame_OneRowPerExcludedSale()
    {
        var df = SalesData.Parse(Csv).Exclusions.ToDataFrame();
        Assert.Equal(2, df.Rows.Count);
        Assert.Equal("quantity 0 is not positive", df["reason"][0]);
    }

    private sealed record WeeklySale(string Sku, decimal Price, int Qty, DateTime Week, bool Promo);

    [Fact]
    public void FromObjects_AnyRecordType_ReadThroughProperties()
    {
        var s = SalesData.FromObjects(
            [new WeeklySale("A", 9.5m, 10, new DateTime(2024, 1, 1), true), new WeeklySale("A", 10m, 0, new DateTime(2024, 1, 8), false)],
            new SalesReadOptions { PromotionColumn = "Promo" });
        Assert.Equal(new SaleObservation("A", 9.5, 10, new DateTime(2024, 1, 1), null, true), s.Observations.Single());
        Assert.Equal(1, s.Exclusions.NonPositiveQuantity);
    }

    [Fact]
    public void FromObjects_SaleObservations_SameAsFromObservations()
    {
        SaleObservation[] rows = [new("A", 1, 2, UnitCost: 0.5), new("B", 2, 0)];
        var s = SalesData.FromObjects(rows);
        Assert.Equal(SalesData.FromObservations(rows).Observations, s.Observations);
        Assert.Equal(1, s.Exclusions.Total);
    }
}

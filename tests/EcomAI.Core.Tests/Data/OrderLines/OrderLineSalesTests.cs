using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary><see cref="OrderLineData.ToSales"/> on a hand-made export: one product sold at several prices within a period.</summary>
public class OrderLineSalesTests
{
    private const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    // 2024-01-01 is a Monday. Apple (A) sells at three prices in the week of 01-01 and at one price the next week; Bread (B)
    // sells on Tuesday and Sunday of the first week. Lines are out of date order on purpose.
    private const string Body =
        "4,A,Apple,4,2024-01-08 10:00:00,9.00,c3,UK\n" +
        "1,A,Apple,2,2024-01-01 09:00:00,10.00,c1,UK\n" +
        "5,B,Bread,5,2024-01-02 10:00:00,2.00,c1,UK\n" +
        "2,A,Apple,1,2024-01-01 17:00:00,7.00,c2,UK\n" +
        "6,B,Bread,5,2024-01-07 10:00:00,3.00,c2,UK\n" +
        "3,A,Apple,3,2024-01-03 12:00:00,8.00,c1,UK\n";

    private static OrderLineData Load()
    {
        using var file = new TempCsv(Header + Body);
        return EcomAI.Core.Data.OrderLines.Load(file.Path);
    }

    [Fact]
    public void ToSales_TwoPricesInOneWeek_QuantitySummedPriceQuantityWeighted()
    {
        // By hand, week of Mon 01-01: A sells 2 + 1 + 3 = 6 units for 2·10 + 1·7 + 3·8 = 51, so 51/6 = 8.5 a unit
        // (the plain mean of the three prices, 25/3 = 8.33, would be wrong); week of 01-08: 4 at 9.
        // B: 5 + 5 = 10 units for 10 + 15 = 25, so 2.5 (Tuesday and Sunday are one ISO week).
        using var data = Load();
        var sales = data.ToSales(SalesPeriod.Week);

        Assert.Equal(SalesPeriod.Week, sales.Period);
        Assert.Equal(
            [("A", new DateTime(2024, 1, 1), 6.0, 8.5), ("A", new DateTime(2024, 1, 8), 4.0, 9.0), ("B", new DateTime(2024, 1, 1), 10.0, 2.5)],
            sales.Observations.Select(o => (o.ProductId, o.Date!.Value, o.Quantity, Math.Round(o.Price, 12))));
    }

    [Fact]
    public void ToSales_Days_OneObservationPerProductAndDay()
    {
        // By hand, per calendar day: A on 01-01 sells 2 at 10 and 1 at 7, so 3 units at 27/3 = 9; 01-03: 3 at 8; 01-08: 4 at 9.
        // B: 01-02: 5 at 2; 01-07: 5 at 3.
        using var data = Load();
        var sales = data.ToSales(SalesPeriod.Day);

        Assert.Equal(SalesPeriod.Day, sales.Period);
        Assert.Equal(
            [
                ("A", new DateTime(2024, 1, 1), 3.0, 9.0), ("A", new DateTime(2024, 1, 3), 3.0, 8.0), ("A", new DateTime(2024, 1, 8), 4.0, 9.0),
                ("B", new DateTime(2024, 1, 2), 5.0, 2.0), ("B", new DateTime(2024, 1, 7), 5.0, 3.0),
            ],
            sales.Observations.Select(o => (o.ProductId, o.Date!.Value, o.Quantity, Math.Round(o.Price, 12))));
        Assert.Equal(0, sales.Exclusions.Total);
    }
}

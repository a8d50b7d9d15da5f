using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>One small hand-made export per quirk of real exports; every expected figure is worked out from the fixture by hand.</summary>
public class OrderLinesQuirkTests
{
    private const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    private static OrderLineData Load(string body, OrderLineOptions? options = null, string header = Header)
    {
        using var file = new TempCsv(header + body);
        return EcomAI.Core.Data.OrderLines.Load(file.Path, options);
    }

    [Fact]
    public void Load_DecimalComma_ReadWithDecimalSeparatorAndADottedValueIsReported()
    {
        const string header = "InvoiceNo;StockCode;Description;Quantity;InvoiceDate;UnitPrice;CustomerID;Country\n";
        const string body =
            "1;A;Apple;2;2011-01-03 10:00:00;2,55;17850.0;FR\n" +
            "1;B;Bread;1;2011-01-03 10:00:00;4;17850.0;FR\n" +
            "2;A;Apple;3;2011-01-04 10:00:00;1.000,50;17851;FR\n";

        // Without the option the comma values are not numbers, and the advice names the option.
        var ex = Assert.Throws<InputDataException>(() => Load(body.Replace("4;", "4,5;", StringComparison.Ordinal).Replace("1.000,50", "1,5", StringComparison.Ordinal), header: header));
        Assert.Contains("set DecimalSeparator to ','", ex.Message, StringComparison.Ordinal);

        using var data = Load(body, new OrderLineOptions { DecimalSeparator = "," }, header);
        // 2 × 2.55 + 1 × 4 = 9.10 for order 1; "1.000,50" holds a dot: reported on line 4, not read as 1000.5 or 1.0005.
        var t = Assert.Single(data.ToTransactions().Transactions);
        Assert.Equal(9.1, t.Amount, 10);
        var invalid = data.Report[LineRule.InvalidNumber]!;
        Assert.Equal(1, invalid.Lines);
        Assert.Equal([4L], invalid.FirstLines);
    }

    [Fact]
    public void Options_DecimalSeparatorOtherThanDotOrComma_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => new OrderLineOptions { DecimalSeparator = ";" }.Validate());
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("DecimalSeparator", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExportWithoutAmountColumn_AmountIsQuantityTimesUnitPrice()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,B,Bread,1,2011-01-03 10:00:00,4.25,17850,UK\n");
        var t = Assert.Single(data.ToTransactions().Transactions);
        Assert.Equal(2 * 1.5 + 4.25, t.Amount, 12);
        Assert.Equal("1", t.OrderId);
        Assert.Equal(new DateTime(2011, 1, 3, 10, 0, 0), t.Timestamp);
    }

    [Fact]
    public void Load_CancellationMarker_ExcludedAndCountedWithMoneyAndLine()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "C1,A,Apple,-1,2011-01-04 10:00:00,1.5,17850,UK\n" +
            "2,A,Apple,4,2011-01-05 10:00:00,1.5,17850,UK\n");
        var finding = data.Report[LineRule.Cancellation]!;
        Assert.Equal(1, finding.Lines);
        Assert.Equal(-1.5, finding.Amount!.Value, 12);
        Assert.Equal([3L], finding.FirstLines);
        var orders = data.ToTransactions().Transactions;
        Assert.Equal(["1", "2"], orders.Select(o => o.OrderId));
        Assert.Equal(3.0 + 6.0, orders.Sum(o => o.Amount), 12);
    }

    [Fact]
    public void ToTransactions_CustomerWithOnlyCancellations_NamedAsLeavingWithThem()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "C9,A,Apple,-2,2011-01-04 10:00:00,1.5,12000,UK\n" +
            "C8,A,Apple,-1,2011-01-04 10:00:00,1.5,12000.0,UK\n");
        var transactions = data.ToTransactions();
        Assert.Equal(["17850"], transactions.Transactions.Select(t => t.CustomerId).Distinct());
        Assert.Equal(["12000"], transactions.ReturnOnlyCustomersExcluded);
    }

    [Fact]
    public void Load_CustomCancellationPrefix_IsTheMarker()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "X9,A,Apple,2,2011-01-04 10:00:00,1.5,17850,UK\n" +
            "C7,A,Apple,2,2011-01-04 10:00:00,1.5,17850,UK\n",
            new OrderLineOptions { CancellationPrefix = "X" });
        Assert.Equal(1, data.Report.Count(LineRule.Cancellation));
        Assert.Equal(["1", "C7"], data.ToTransactions().Transactions.Select(t => t.OrderId).Order());
    }

    [Fact]
    public void Load_CancellationPrefixWithWildcardCharacters_MatchedLiterally()
    {
        using var data = Load(
            "R_1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "RX1,A,Apple,2,2011-01-04 10:00:00,1.5,17850,UK\n" +
            "R%2,A,Apple,2,2011-01-04 10:00:00,1.5,17850,UK\n" +
            "r_3,A,Apple,2,2011-01-04 10:00:00,1.5,17850,UK\n",
            new OrderLineOptions { CancellationPrefix = "R_" });
        Assert.Equal(1, data.Report.Count(LineRule.Cancellation));
        Assert.Equal(["R%2", "RX1", "r_3"], data.ToTransactions().Transactions.Select(t => t.OrderId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_ReturnsNet_CancellationSubtractedAsNegativeOrder()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "C1,A,Apple,-1,2011-01-04 10:00:00,1.5,17850,UK\n",
            new OrderLineOptions { Returns = ReturnHandling.Net });
        var orders = data.ToTransactions().Transactions.OrderBy(t => t.Timestamp).ToList();
        Assert.Equal([3.0, -1.5], orders.Select(o => o.Amount));
        Assert.Contains("netted", data.Report[LineRule.Cancellation]!.Message, StringComparison.Ordinal);
        // Interactions net the quantity: 2 bought, 1 cancelled.
        var matrix = data.ToInteractions(InteractionValue.Quantity);
        Assert.Equal(1.0, matrix.Value("17850", "A"));
    }

    [Fact]
    public void Load_ReturnsNet_CustomerWithNegativeNetSpendKeepsNamedTransactions()
    {
        using var data = Load(
            "1,A,Apple,1,2011-01-03 10:00:00,2,17850,UK\n" +
            "C5,B,Bread,-3,2011-01-04 10:00:00,4,17850,UK\n" +
            "2,A,Apple,1,2011-01-03 10:00:00,2,12000,UK\n",
            new OrderLineOptions { Returns = ReturnHandling.Net });
        var byCustomer = data.ToTransactions().Transactions.GroupBy(t => t.CustomerId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        Assert.Equal(2.0 - 12.0, byCustomer["17850"], 12);
        Assert.Equal(2.0, byCustomer["12000"], 12);
    }

    [Fact]
    public void Load_ReturnsReject_FirstReturnIsErrorNamingLine()
    {
        var ex = Assert.Throws<InputDataException>(() => Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "2,A,Apple,-1,2011-01-04 10:00:00,1.5,17850,UK\n",
            new OrderLineOptions { Returns = ReturnHandling.Reject }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingCustomer_LeftOutOfCustomerJobsKeptForPricing()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "2,A,Apple,5,2011-01-03 11:00:00,1.5,,UK\n" +
            "3,A,Apple,1,2011-01-04 11:00:00,1.5, ,UK\n");
        var finding = data.Report[LineRule.MissingCustomer]!;
        Assert.Equal(2, finding.Lines);
        Assert.Equal([3L, 4L], finding.FirstLines);
        Assert.Equal(9.0, finding.Amount!.Value, 12);
        Assert.Single(data.ToTransactions().Transactions);
        // Pricing keeps them: one weekly observation of 2 + 5 + 1 units (2011-01-03 and -04 are the same ISO week).
        var sale = Assert.Single(data.ToSales(SalesPeriod.Week).Observations);
        Assert.Equal(8.0, sale.Quantity, 12);
    }

    [Fact]
    public void Load_ExactDuplicates_DroppedAndCountedUnlessKept()
    {
        const string body =
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,FR\n";
        using (var data = Load(body))
        {
            var finding = data.Report[LineRule.Duplicate]!;
            Assert.Equal(2, finding.Lines);
            Assert.Equal([3L, 4L], finding.FirstLines);
            Assert.Equal(6.0, finding.Amount!.Value, 12);
            Assert.Equal(6.0, Assert.Single(data.ToTransactions().Transactions).Amount, 12);
        }

        using (var kept = Load(body, new OrderLineOptions { KeepDuplicates = true }))
        {
            Assert.Null(kept.Report[LineRule.Duplicate]);
            Assert.Equal(12.0, Assert.Single(kept.ToTransactions().Transactions).Amount, 12);
        }
    }

    [Fact]
    public void Load_IdenticalLinesWithoutOrderId_AreSeparatePurchases()
    {
        using var data = Load("c1,2024-01-02,1.5\nc1,2024-01-02,1.5\nc1,2024-01-03,2\n", header: "customer_id,date,amount\n");
        Assert.Null(data.Report[LineRule.Duplicate]);
        Assert.Equal([1.5, 1.5, 2.0], data.ToTransactions().Transactions.Select(t => t.Amount));
    }

    [Fact]
    public void Load_SpreadsheetIds_TrailingPointZeroMatchesIntegerId()
    {
        using var data = Load(
            "536365,85123A,Heart,1,2011-01-03 10:00:00,2,17850.0,UK\n" +
            "536366,85123A,Heart,1,2011-01-04 10:00:00,2,17850,UK\n" +
            "536367,85123A,Heart,1,2011-01-05 10:00:00,2,17850.5,UK\n" +
            "536368,22,Heart,1,2011-01-05 10:00:00,2,A17.0,UK\n" +
            "536369,22,Heart,1,2011-01-05 10:00:00,2, 17850.0 ,UK\n" +
            "536370,22,Heart,1,2011-01-05 10:00:00,2,17850.00,UK\n" +
            "536371,22,Heart,1,2011-01-05 10:00:00,2,.0,UK\n" +
            "536372,22,Heart,1,2011-01-05 10:00:00,2,\u0661\u0667.0,UK\n" +
            "536373,22,Heart,1,2011-01-05 10:00:00,2,0017.0,UK\n");
        var customers = data.ToTransactions().Transactions.Select(t => t.CustomerId).Distinct().Order(StringComparer.Ordinal).ToList();
        // Digits 0-9 only before ".0" (the staging and the portable view must agree: see SparkRouteTests).
        Assert.Equal([".0", "0017", "17850", "17850.00", "17850.5", "A17.0", "\u0661\u0667.0"], customers);
    }

    [Fact]
    public void Load_UsDatesWithoutFormat_StopsAndSuggestsTheFormat()
    {
        var ex = Assert.Throws<InputDataException>(() => Load(
            "1,A,Apple,2,12/1/2010 8:26,1.5,17850,UK\n" +
            "2,A,Apple,2,12/13/2010 18:26,1.5,17850,UK\n"));
        Assert.Equal(ErrorIds.InvalidDate, ex.ErrorId);
        Assert.Equal("InvoiceDate", ex.Column);
        Assert.Contains("'M/d/yyyy H:mm'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DayMonthAmbiguousDates_SaysBothReadingsFit()
    {
        var ex = Assert.Throws<InputDataException>(() => Load(
            "1,A,Apple,2,1/2/2010,1.5,17850,UK\n" +
            "2,A,Apple,2,3/4/2010,1.5,17850,UK\n"));
        Assert.Contains("cannot be told apart", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UsDatesWithDateFormat_AppliedStrictlyToEveryLine()
    {
        using var data = Load(
            "1,A,Apple,2,12/1/2010 8:26,1.5,17850,UK\n" +
            "2,A,Apple,2,2010-12-13 18:26:00,1.5,17850,UK\n" +
            "3,A,Apple,2,12/13/2010 18:26,1.5,17850,UK\n",
            new OrderLineOptions { DateFormat = "M/d/yyyy H:mm" });
        var finding = data.Report[LineRule.InvalidDate]!;
        Assert.Equal(1, finding.Lines);
        Assert.Equal([3L], finding.FirstLines);
        Assert.Equal(["2010-12-13 18:26:00"], finding.FirstValues);
        Assert.Equal([new DateTime(2010, 12, 1, 8, 26, 0), new DateTime(2010, 12, 13, 18, 26, 0)],
            data.ToTransactions().Transactions.Select(t => t.Timestamp).Order());
    }

    [Fact]
    public void Load_ExcludeProductWildcards_NonProductLinesCounted()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,POST,POSTAGE,1,2011-01-03 10:00:00,18,17850,UK\n" +
            "1,gift_0001_20,Voucher,1,2011-01-03 10:00:00,20,17850,UK\n" +
            "1,BANK CHARGES,Bank Charges,1,2011-01-03 10:00:00,15,17850,UK\n" +
            "1,POSTER,Poster,1,2011-01-03 10:00:00,5,17850,UK\n",
            new OrderLineOptions { ExcludeProducts = ["post", "GIFT_*", "bank charges"] });
        var finding = data.Report[LineRule.NonProduct]!;
        Assert.Equal(3, finding.Lines);
        Assert.Equal(18.0 + 20 + 15, finding.Amount!.Value, 12);
        Assert.Equal(3.0 + 5.0, Assert.Single(data.ToTransactions().Transactions).Amount, 12);
    }

    [Fact]
    public void Load_NoExcludeProducts_PostageKeptButNamedInANote()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,POST,POSTAGE,1,2011-01-03 10:00:00,18,17850,UK\n");
        Assert.Null(data.Report[LineRule.NonProduct]);
        Assert.Contains(data.Report.Notes, n => n.Contains("POST (POSTAGE, 1 lines)", StringComparison.Ordinal) && n.Contains("ExcludeProducts = POST", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NonPositiveAndZeroLines_ReportedAndExcluded()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,B,Gift,1,2011-01-03 10:00:00,0,17850,UK\n" +
            "1,B,Bad debt,1,2011-01-03 10:00:00,-11062.06,17850,UK\n" +
            "1,C,Nothing,0,2011-01-03 10:00:00,3,17850,UK\n");
        Assert.Equal(2, data.Report.Count(LineRule.NonPositivePrice));
        Assert.Equal(1, data.Report.Count(LineRule.ZeroQuantity));
        Assert.Equal(3.0, Assert.Single(data.ToTransactions().Transactions).Amount, 12);
    }

    [Fact]
    public void Load_BadNumbers_GoodLinesUsedBadOnesReportedWithPhysicalLine()
    {
        // The second record spans two physical lines (a quoted newline), so the bad record after it starts on line 5.
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,B,\"Two\nlines\",1,2011-01-03 10:00:00,2,17850,UK\n" +
            "1,C,Cheese,abc,2011-01-03 10:00:00,3,17850,UK\n" +
            "1,D,Dates,\"2,5\",2011-01-03 10:00:00,3,17850,UK\n" +
            "1,E,Eggs,1,2011-01-03 10:00:00,NaN,17850,UK\n");
        var invalid = data.Report[LineRule.InvalidNumber]!;
        Assert.Equal("quantity", invalid.Column);
        Assert.Equal([5L, 6L], invalid.FirstLines);
        Assert.Equal(["abc", "2,5"], invalid.FirstValues);
        var nonFinite = data.Report[LineRule.NonFiniteNumber]!;
        Assert.Equal("unit_price", nonFinite.Column);
        Assert.Equal([7L], nonFinite.FirstLines);
        Assert.Equal(3.0 + 2.0, Assert.Single(data.ToTransactions().Transactions).Amount, 12);
        Assert.Equal(5, data.Report.LinesRead);
    }

    [Fact]
    public void Load_NumbersWithSurroundingSpaces_ReadAndBlankCellsAreMissing()
    {
        // Spaces around a number are not part of it; a cell of spaces is empty (missing), and a bad value is named trimmed.
        using var data = Load(
            "1,A,Apple, 2 ,2011-01-03 10:00:00,1.5 ,17850,UK\n" +
            "2,B,Bread,\"  3\",2011-01-03 10:00:00,\" 0.5\",17850,UK\n" +
            "3,C,Cheese,\"   \",2011-01-03 10:00:00,3,17850,UK\n" +
            "4,D,Dates, abc ,2011-01-03 10:00:00,3,17850,UK\n" +
            "5,E,Eggs,1,2011-01-03 10:00:00, inf ,17850,UK\n");
        Assert.Equal([2 * 1.5, 3 * 0.5], data.ToTransactions().Transactions.Select(t => t.Amount).Order().Reverse());
        var missing = data.Report[LineRule.MissingValue]!;
        Assert.Equal(("quantity", 1L, 4L), (missing.Column, missing.Lines, missing.FirstLines[0]));
        var invalid = data.Report[LineRule.InvalidNumber]!;
        Assert.Equal(("quantity", 5L, "abc"), (invalid.Column, invalid.FirstLines[0], invalid.FirstValues[0]));
        var nonFinite = data.Report[LineRule.NonFiniteNumber]!;
        Assert.Equal(("unit_price", 6L, "inf"), (nonFinite.Column, nonFinite.FirstLines[0], nonFinite.FirstValues[0]));
    }

    [Fact]
    public void Load_Strict_FirstBadLineIsAnError()
    {
        var ex = Assert.Throws<InputDataException>(() => Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,C,Cheese,abc,2011-01-03 10:00:00,3,17850,UK\n",
            new OrderLineOptions { Strict = true }));
        Assert.Equal(ErrorIds.InvalidNumber, ex.ErrorId);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("abc", ex.Value);
        Assert.Contains("line 3, column 'quantity'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedLine_ReportedWithPhysicalLineAndOthersUsed()
    {
        using var data = Load(
            "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n" +
            "1,B,\"Two\nlines\",1,2011-01-03 10:00:00,2,17850,UK\n" +
            "1,C,Cheese,1,2011-01-03 10:00:00,3,17850,UK,extra\n" +
            "2,D,Dates,1,2011-01-04 10:00:00,4,17850,UK\n");
        var finding = data.Report[LineRule.MalformedLine]!;
        Assert.Equal([5L], finding.FirstLines);
        Assert.Equal(1, finding.Lines);
        Assert.Equal(2, data.ToTransactions().Transactions.Count);
    }

    [Fact]
    public void Load_SemicolonSeparatedWithBomAndCrLf_Read()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        string text = "order_id;customer_id;product_id;quantity;unit_price;order_date\r\n" +
                      "1;c1;A;2;1.5;2011-01-03\r\n" +
                      "2;c1;B;1;4;2011-01-04\r\n";
        using var file = new TempCsv([.. bom, .. System.Text.Encoding.UTF8.GetBytes(text)], ".csv");
        using var data = EcomAI.Core.Data.OrderLines.Load(file.Path);
        Assert.Equal(7.0, data.ToTransactions().Transactions.Sum(t => t.Amount), 12);
    }

    [Fact]
    public void Load_Latin1File_ReadWithANote()
    {
        byte[] text = System.Text.Encoding.Latin1.GetBytes("order_id,customer_id,product_id,description,quantity,unit_price,order_date\n1,c1,A,Crème brûlée,1,2,2011-01-03\n");
        using var file = new TempCsv(text, ".csv");
        using var data = EcomAI.Core.Data.OrderLines.Load(file.Path);
        Assert.Equal("Crème brûlée", data.ProductDescriptions()["A"]);
        Assert.Contains(data.Report.Notes, n => n.Contains("Latin-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TransactionsFile_CustomerDateAmountIsEnough()
    {
        using var data = Load("1,c1,2011-01-03,10.5\n2,c1,2011-02-03,-2\n3,c2,2011-02-04,7\n", header: "order,customer,date,total\n");
        var t = data.ToTransactions();
        Assert.Equal(1, data.Report.Count(LineRule.Return));
        Assert.Equal([10.5, 7.0], t.Transactions.Select(x => x.Amount));
        var ex = Assert.Throws<InputDataException>(() => data.ToInteractions());
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("product_id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoKnownColumn_ListsColumnsAndNames()
    {
        var ex = Assert.Throws<InputDataException>(() => Load("1,2\n", header: "foo,bar\n"));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("foo, bar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChosenColumnMissing_NamesIt()
    {
        var ex = Assert.Throws<InputDataException>(() => Load("1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\n",
            new OrderLineOptions { Columns = new Dictionary<ColumnRole, string> { [ColumnRole.CustomerId] = "Client" } }));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Equal("Client", ex.Column);
    }

    [Fact]
    public void Load_MissingFile_FileError()
    {
        var ex = Assert.Throws<InputDataException>(() => EcomAI.Core.Data.OrderLines.Load("/no/such/orders.csv"));
        Assert.Equal(ErrorIds.FileError, ex.ErrorId);
    }

    [Fact]
    public void Load_HeaderOnly_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => Load(string.Empty));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
    }

    [Fact]
    public void Load_FileIsNeverModified()
    {
        string text = Header + "1,A,Apple,2,2011-01-03 10:00:00,1.5,17850,UK\nC1,A,Apple,-2,2011-01-03 10:00:00,1.5,17850,UK\n";
        using var file = new TempCsv(text);
        var before = File.GetLastWriteTimeUtc(file.Path);
        using (var data = EcomAI.Core.Data.OrderLines.Load(file.Path))
        {
            data.ToTransactions();
            data.ToSales();
        }

        Assert.Equal(text, File.ReadAllText(file.Path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(file.Path));
    }
}

using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Tests.Segmentation;

public class TransactionReaderTests
{
    private const string Header = "customer_id,order_id,date,amount\n";

    [Fact]
    public void FromCsvText_ValidRows_ReadsAllColumns()
    {
        var data = TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,12.5\nc2,o2,2024-01-06T10:30:00,3\n");
        Assert.Equal(2, data.Count);
        Assert.True(data.HasOrderIds);
        Assert.Equal(new Transaction("c1", new DateTime(2024, 1, 5), 12.5, "o1"), data.Transactions[0]);
        Assert.Equal(new DateTime(2024, 1, 6, 10, 30, 0), data.Transactions[1].Timestamp);
    }

    [Fact]
    public void FromCsvText_OnlineRetailStyleNames_FoundByAlias()
    {
        var data = TransactionReader.FromCsvText("InvoiceNo,CustomerID,InvoiceDate,Total,Qty\n536365,17850,2010-12-01,15.3,6\n");
        Assert.Equal(new Transaction("17850", new DateTime(2010, 12, 1), 15.3, "536365", 6), data.Transactions[0]);
    }

    [Fact]
    public void FromCsvText_NoOrderColumn_HasOrderIdsFalse()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\nc1,2024-01-05,1\n");
        Assert.False(data.HasOrderIds);
        Assert.Null(data.Transactions[0].OrderId);
    }

    [Fact]
    public void FromCsvText_MissingAmountColumn_MissingColumnListingColumns()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText("customer_id,date\nc1,2024-01-01\n"));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        Assert.Contains("no column 'amount'", ex.Message);
        Assert.Contains("Columns present: customer_id, date", ex.Message);
    }

    [Fact]
    public void FromCsvText_CustomColumnName_UsedInsteadOfDefault()
    {
        var data = TransactionReader.FromCsvText("who,when,spend\nc1,2024-01-01,4\n",
            new TransactionReadOptions { CustomerColumn = "who", DateColumn = "when", AmountColumn = "spend" });
        Assert.Equal(4, data.Transactions[0].Amount);
    }

    [Fact]
    public void FromCsvText_HeaderOnly_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header, sourceName: "orders.csv"));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("orders.csv has no data rows", ex.Message);
    }

    [Fact]
    public void FromCsvText_EmptyText_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(""));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
    }

    [Theory]
    [InlineData("\"2,5\"", ErrorIds.InvalidNumber, "'2,5' is not a number")]
    [InlineData("abc", ErrorIds.InvalidNumber, "'abc' is not a number")]
    [InlineData("NaN", ErrorIds.NonFiniteNumber, "NaN is not a finite number")]
    [InlineData("-Infinity", ErrorIds.NonFiniteNumber, "-Infinity is not a finite number")]
    [InlineData("", ErrorIds.MissingValue, "the value is empty")]
    public void FromCsvText_BadAmount_ErrorNamingLineAndColumn(string amount, string id, string problem)
    {
        var ex = Assert.Throws<InputDataException>(() =>
            TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,1\nc1,o2,2024-01-06," + amount + "\n", sourceName: "orders.csv"));
        Assert.Equal(id, ex.ErrorId);
        Assert.Contains($"orders.csv, line 3 (row 2), column 'amount': {problem}", ex.Message);
        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void FromCsvText_BadDate_InvalidDate()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header + "c1,o1,05/01/2024,1\n"));
        Assert.Equal(ErrorIds.InvalidDate, ex.ErrorId);
        Assert.Contains("column 'date': '05/01/2024' is not a date", ex.Message);
    }

    [Fact]
    public void FromCsvText_EmptyCustomer_MissingValue()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header + " ,o1,2024-01-05,1\n"));
        Assert.Equal(ErrorIds.MissingValue, ex.ErrorId);
        Assert.Contains("column 'customer_id': the value is empty", ex.Message);
    }

    [Fact]
    public void FromCsvText_NegativeAmountByDefault_OutOfRangeExplainingOptions()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,10\nc1,o1,2024-01-07,-4\n", sourceName: "orders.csv"));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Contains("orders.csv, line 3 (row 2), column 'amount': the amount -4 is negative", ex.Message);
        Assert.Contains("Returns = Net", ex.Message);
        Assert.Contains("Returns = Exclude", ex.Message);
    }

    [Fact]
    public void FromCsvText_NegativeAmountExcluded_CountedAndDropped()
    {
        var data = TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,10\nc1,o1,2024-01-07,-4\nc2,o3,2024-01-07,-1\n",
            new TransactionReadOptions { Returns = ReturnHandling.Exclude });
        Assert.Equal(1, data.Count);
        Assert.Equal(2, data.ExcludedReturnRows);
    }

    [Fact]
    public void FromCsvText_OnlyReturnsExcluded_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,-10\n",
            new TransactionReadOptions { Returns = ReturnHandling.Exclude }));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("all 1 rows had a negative amount", ex.Message);
    }

    [Fact]
    public void FromCsvText_NegativeAmountNetted_Kept()
    {
        var data = TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,10\nc1,o1,2024-01-07,-4\n",
            new TransactionReadOptions { Returns = ReturnHandling.Net });
        Assert.Equal(2, data.Count);
        Assert.Equal(-4, data.Transactions[1].Amount);
    }

    [Fact]
    public void FromDataFrame_TypedColumns_Read()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("customer_id", ["a", "b"]),
            new PrimitiveDataFrameColumn<DateTime>("date", [new DateTime(2024, 2, 1), new DateTime(2024, 2, 2)]),
            new DoubleDataFrameColumn("amount", [5.5, 7]));
        var data = TransactionReader.FromDataFrame(frame);
        Assert.Equal(new Transaction("b", new DateTime(2024, 2, 2), 7), data.Transactions[1]);
    }

    [Fact]
    public void FromDataFrame_NaNAmount_NonFiniteNamingRow()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("customer_id", ["a", "b"]),
            new StringDataFrameColumn("date", ["2024-02-01", "2024-02-02"]),
            new DoubleDataFrameColumn("amount", [5.5, double.NaN]));
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromDataFrame(frame));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains("DataFrame, row 2, column 'amount'", ex.Message);
    }

    private sealed record Purchase(string Customer, DateTime Date, decimal Amount, string Order);

    [Fact]
    public void FromObjects_PropertiesMatchedByName()
    {
        var data = TransactionReader.FromObjects([new Purchase("x", new DateTime(2024, 5, 1), 9.99m, "o9")]);
        Assert.Equal(new Transaction("x", new DateTime(2024, 5, 1), 9.99, "o9"), data.Transactions[0]);
    }

    [Fact]
    public void FromRows_Dictionaries_Read()
    {
        var rows = new[] { new Dictionary<string, object?> { ["customer_id"] = "p", ["date"] = "2024-05-01", ["amount"] = "3.25" } };
        var data = TransactionReader.FromRows(rows);
        Assert.Equal(3.25, data.Transactions[0].Amount);
    }

    [Fact]
    public void FromTransactions_NaNAmount_NonFiniteNamingItem()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromTransactions(
            [new Transaction("a", new DateTime(2024, 3, 1), 1), new Transaction("b", new DateTime(2024, 3, 1), double.PositiveInfinity)]));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Contains("transactions, item 2, column 'Amount': Infinity is not a finite number", ex.Message);
    }

    [Fact]
    public void FromTransactions_EmptyList_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromTransactions([]));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("transactions is empty", ex.Message);
    }

    [Fact]
    public void FromTransactions_BlankCustomer_MissingValue()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromTransactions([new Transaction(" ", new DateTime(2024, 3, 1), 1)]));
        Assert.Equal(ErrorIds.MissingValue, ex.ErrorId);
        Assert.Contains("item 1, column 'CustomerId': the value is empty", ex.Message);
    }

    [Fact]
    public void Read_BlankColumnOption_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => TransactionReader.FromCsvText(Header + "c,o,2024-01-01,1\n", new TransactionReadOptions { AmountColumn = "" }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("AmountColumn must name a column", ex.Message);
    }

    [Fact]
    public void ToDataFrame_RoundTripsThroughReader()
    {
        var data = TransactionReader.FromCsvText(Header + "c1,o1,2024-01-05,12.5\nc2,,2024-01-06,3\n");
        var again = TransactionReader.FromDataFrame(data.ToDataFrame());
        Assert.Equal(data.Transactions, again.Transactions);
    }
}

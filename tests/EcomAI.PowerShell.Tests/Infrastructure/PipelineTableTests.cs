using System.Collections;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Tests.Infrastructure;

public sealed class PipelineTableTests
{
    private static readonly InputColumn[] Columns =
    [
        new("CustomerId", null, ["customer_id"]),
        new("Amount", null, ["total"]),
        new("OrderId", null, ["order_id"], Required: false),
    ];

    private static PSObject Row(params (string Name, object? Value)[] properties)
    {
        var item = new PSObject();
        foreach (var (name, value) in properties)
        {
            item.Properties.Add(new PSNoteProperty(name, value));
        }

        return item;
    }

    [Fact]
    public void Add_AliasNames_ResolvedCaseInsensitively()
    {
        var table = new PipelineTable(Columns);
        table.Add(Row(("CUSTOMER_ID", "c1"), ("Total", "12.5")));
        Assert.Equal("c1", table.GetCell(0, 0));
        Assert.Equal("12.5", table.GetCell(0, 1));
        Assert.Null(table.GetCell(0, 2));
        // Messages name the user's property, not the canonical name.
        Assert.Equal("CUSTOMER_ID", table.Columns[0]);
        Assert.Equal([0, 1, -1], table.ColumnMap());
    }

    [Fact]
    public void Add_Hashtable_ReadsKeys()
    {
        var table = new PipelineTable(Columns);
        table.Add(new PSObject(new Hashtable { ["customerid"] = "c2", ["amount"] = 3, ["order_id"] = "o9" }));
        Assert.Equal("c2", table.GetCell(0, 0));
        Assert.Equal(3, table.GetCell(0, 1));
        Assert.Equal("o9", table.GetCell(0, 2));
    }

    [Fact]
    public void Add_ChosenName_OnlyThatNameIsTried()
    {
        var table = new PipelineTable([new InputColumn("CustomerId", "who", ["customer_id"])]);
        var error = Assert.Throws<InputDataException>(() => table.Add(Row(("customer_id", "c1"))));
        Assert.Equal(ErrorIds.MissingColumn, error.ErrorId);
        Assert.Contains("'who'", error.Message, StringComparison.Ordinal);
        Assert.Contains("customer_id", error.Message, StringComparison.Ordinal); // lists what is present
    }

    [Fact]
    public void Add_LaterObjectMissingProperty_CellIsNull()
    {
        var table = new PipelineTable(Columns);
        table.Add(Row(("CustomerId", "a"), ("Amount", 1)));
        table.Add(Row(("CustomerId", "b")));
        Assert.Null(table.GetCell(1, 1));
    }

    [Fact]
    public void LineNumberOf_CountsAHeaderLine()
    {
        var table = new PipelineTable(Columns);
        table.Add(Row(("CustomerId", "a"), ("Amount", 1)));
        table.Add(Row(("CustomerId", "b"), ("Amount", 2)));
        // Import-Csv: header on line 1, the second object is line 3.
        Assert.Equal(3, table.LineNumberOf(1));
    }

    [Fact]
    public void ColumnBinding_OverPipelineTable_RejectsCommaDecimal()
    {
        var table = new PipelineTable(Columns);
        table.Add(Row(("CustomerId", "a"), ("Amount", "2,5")));
        var binding = new ColumnBinding(table);
        var error = Assert.Throws<InputDataException>(() => binding.ReadNumber(0, 1));
        Assert.Equal(ErrorIds.InvalidNumber, error.ErrorId);
        Assert.Equal(2, error.LineNumber);
    }
}

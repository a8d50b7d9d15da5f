using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.Data.OrderLines;

public class OrderLineSchemaTests
{
    [Fact]
    public void Get_EveryRole_ReturnsItsOwnSpec()
    {
        foreach (var role in Enum.GetValues<ColumnRole>())
        {
            Assert.Equal(role, OrderLineSchema.Get(role).Role);
        }

        Assert.Equal(Enum.GetValues<ColumnRole>().Length, OrderLineSchema.Columns.Count);
    }

    [Theory]
    [InlineData("Customer ID", "customerid")]
    [InlineData("customer_id", "customerid")]
    [InlineData(" CustomerID ", "customerid")]
    [InlineData("unit-price", "unitprice")]
    public void NormalizeName_IgnoresCaseSpacesUnderscoresHyphens(string name, string key) =>
        Assert.Equal(key, OrderLineSchema.NormalizeName(name));

    [Fact]
    public void Resolve_OnlineRetailHeaders_EveryColumnFound()
    {
        string[] headers = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID", "Country"];
        var roles = OrderLineSchema.Resolve(headers, null, "x");
        Assert.Equal(0, roles[ColumnRole.OrderId]);
        Assert.Equal(1, roles[ColumnRole.ProductId]);
        Assert.Equal(2, roles[ColumnRole.Description]);
        Assert.Equal(3, roles[ColumnRole.Quantity]);
        Assert.Equal(4, roles[ColumnRole.OrderDate]);
        Assert.Equal(5, roles[ColumnRole.UnitPrice]);
        Assert.Equal(6, roles[ColumnRole.CustomerId]);
        Assert.Equal(7, roles.Count);
    }

    [Fact]
    public void Resolve_OnlineRetailIIHeaders_SpacesAndShortNames()
    {
        string[] headers = ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"];
        var roles = OrderLineSchema.Resolve(headers, null, "x");
        Assert.Equal(5, roles[ColumnRole.UnitPrice]);
        Assert.Equal(6, roles[ColumnRole.CustomerId]);
        Assert.Equal(0, roles[ColumnRole.OrderId]);
    }

    [Fact]
    public void Resolve_CanonicalNameBeatsAlias_AndAChosenColumnIsTakenFirst()
    {
        string[] headers = ["date", "order_date", "Client"];
        var roles = OrderLineSchema.Resolve(headers, null, "x");
        Assert.Equal(1, roles[ColumnRole.OrderDate]);
        var chosen = OrderLineSchema.Resolve(headers, new Dictionary<ColumnRole, string> { [ColumnRole.OrderDate] = "DATE", [ColumnRole.CustomerId] = "client" }, "x");
        Assert.Equal(0, chosen[ColumnRole.OrderDate]);
        Assert.Equal(2, chosen[ColumnRole.CustomerId]);
    }

    [Fact]
    public void Options_SameColumnForTwoRoles_InvalidOption()
    {
        var options = new OrderLineOptions { Columns = new Dictionary<ColumnRole, string> { [ColumnRole.CustomerId] = "id", [ColumnRole.ProductId] = "ID" } };
        var ex = Assert.Throws<InputDataException>(() => options.Validate());
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("Columns", ex.Column);
    }

    [Fact]
    public void Options_ColumnsAreCopiedOnInit()
    {
        var chosen = new Dictionary<ColumnRole, string> { [ColumnRole.CustomerId] = "Client" };
        var options = new OrderLineOptions { Columns = chosen };
        chosen[ColumnRole.CustomerId] = "Other";
        Assert.Equal("Client", options.Columns[ColumnRole.CustomerId]);
    }

    [Theory]
    [InlineData("17850.0", "17850")]
    [InlineData(" 17850 ", "17850")]
    [InlineData("17850.5", "17850.5")]
    [InlineData("A17.0", "A17.0")]
    [InlineData("17850.00", "17850.00")]
    [InlineData(".0", ".0")]
    public void NormalizeId_TrailingPointZeroOfAnInteger_IsTheInteger(string id, string expected) =>
        Assert.Equal(expected, OrderLineSchema.NormalizeId(id));
}

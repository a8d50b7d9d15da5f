using System.Management.Automation;
using System.Reflection;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;
using EcomAI.PowerShell.Infrastructure;
using EcomAI.PowerShell.Tests.Support;

namespace EcomAI.PowerShell.Tests.Parity;

/// <summary>
/// The front end holds no copy of the core's schema or defaults: the cmdlets accept exactly the column names the core
/// accepts, complete them from the core, and with default parameters give the core's result with default options.
/// </summary>
public sealed class FrontEndParityTests : IDisposable
{
    private readonly ModuleHost _host = new();

    public void Dispose() => _host.Dispose();

    private static IEnumerable<Type> InputCmdlets() => typeof(OrderLineInputCmdlet).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(OrderLineInputCmdlet).IsAssignableFrom(t) && t.GetCustomAttribute<CmdletAttribute>() is not null);

    [Fact]
    public void PropertyParameters_EveryOne_ChoosesASchemaRoleAndCompletesTheCoresNames()
    {
        var roles = new HashSet<ColumnRole>();
        foreach (var type in InputCmdlets())
        {
            var cmdlet = type.GetCustomAttribute<CmdletAttribute>()!;
            string name = $"{cmdlet.VerbName}-{cmdlet.NounName}";
            foreach (var property in type.GetProperties().Where(p => p.Name.EndsWith("Property", StringComparison.Ordinal) && p.GetCustomAttribute<ParameterAttribute>() is not null))
            {
                var column = property.GetCustomAttribute<SchemaColumnAttribute>();
                Assert.True(column is not null, $"{name} -{property.Name} chooses no schema column");
                roles.Add(column.Role);
                var offered = new SchemaColumnCompleter().CompleteArgument(name, property.Name, string.Empty, null!, null!)
                    .Select(c => c.ListItemText).ToList();
                Assert.Equal(OrderLineSchema.Get(column.Role).AcceptedNames, offered);
            }
        }

        Assert.Contains(ColumnRole.CustomerId, roles);
        Assert.Contains(ColumnRole.UnitPrice, roles);
    }

    public static TheoryData<ColumnRole, string> EveryAcceptedName()
    {
        var data = new TheoryData<ColumnRole, string>();
        foreach (var spec in OrderLineSchema.Columns)
        {
            foreach (string name in spec.AcceptedNames)
            {
                data.Add(spec.Role, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAcceptedName))]
    public void ColumnName_AcceptedByTheCore_IsAcceptedByTheCmdletForTheSameRole(ColumnRole role, string name)
    {
        string value = OrderLineSchema.Get(role).Kind == ColumnKind.Timestamp ? "2024-01-01" : "1";
        var row = new Dictionary<string, object?> { [name] = value, ["unrelated_column"] = "x" };
        using var core = OrderLines.FromRows([row]);
        Assert.Equal(name, core.ColumnHeaders[role]);
        var (output, _, _, _) = _host.Run("[pscustomobject]$row | Import-EcomOrderLine -WarningAction SilentlyContinue",
            new Dictionary<string, object?> { ["row"] = new System.Collections.Hashtable { [name] = value, ["unrelated_column"] = "x" } });
        using var cmdlet = (OrderLineData)Assert.Single(output).BaseObject;
        Assert.Equal(core.ColumnHeaders, cmdlet.ColumnHeaders);
    }

    [Theory]
    [InlineData("clientnumber")]
    [InlineData("buyer")]
    [InlineData("stock")]
    public void ColumnName_RefusedByTheCore_IsRefusedByTheCmdlet(string name)
    {
        var ex = Assert.Throws<InputDataException>(() => OrderLines.FromRows([new Dictionary<string, object?> { [name] = "1" }]));
        Assert.Equal(ErrorIds.MissingColumn, ex.ErrorId);
        var (output, errors, _, _) = _host.Run("[pscustomobject]@{ $name = '1' } | Import-EcomOrderLine", new Dictionary<string, object?> { ["name"] = name });
        Assert.Empty(output);
        Assert.Equal("MissingColumn,EcomAI.PowerShell.Commands.ImportEcomOrderLineCommand", Assert.Single(errors).FullyQualifiedErrorId);
    }

    [Fact]
    public void GetCustomerSegment_DefaultsOnTheTransactionsSample_EqualTheCoreWithDefaultOptions()
    {
        var core = CustomerSegmentation.Fit(SampleData.Transactions(), SegmentationOptions.Default, RfmOptions.Default);
        var (output, errors, _, _) = _host.Run("Get-EcomSampleData Transactions | Get-CustomerSegment");
        Assert.Empty(errors);
        var cmdlet = output.Select(o => (SegmentedCustomer)o.BaseObject).ToDictionary(c => c.CustomerId);
        Assert.Equal(core.Customers.Count, cmdlet.Count);
        foreach (var customer in core.Customers)
        {
            Assert.Equal(customer.Segment, cmdlet[customer.CustomerId].Segment);
        }
    }

    [Fact]
    public void GetCustomerSegment_DefaultsOnTheOrderLinesSample_EqualTheCoreWithDefaultOptions()
    {
        using var lines = SampleData.OrderLines();
        var core = CustomerSegmentation.Fit(lines.ToTransactions(), SegmentationOptions.Default, RfmOptions.Default);
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-parity-{Guid.NewGuid():N}.csv");
        SampleData.WriteOrderLinesCsv(path);
        var (output, errors, _, _) = _host.Run($"Get-CustomerSegment -Path '{path}' -WarningAction SilentlyContinue");
        File.Delete(path);
        Assert.Empty(errors);
        var cmdlet = output.Select(o => (SegmentedCustomer)o.BaseObject).ToDictionary(c => c.CustomerId);
        Assert.Equal(core.Customers.Count, cmdlet.Count);
        Assert.All(core.Customers, c => Assert.Equal(c.Segment, cmdlet[c.CustomerId].Segment));
    }

    [Fact]
    public void GetOptimalPrice_DefaultsOnTheSalesSample_EqualPricingAnalysisWithDefaultOptions()
    {
        var core = PricingAnalysis.Run(SampleData.Sales(), PricingAnalysisOptions.Default);
        var (output, errors, _, _) = _host.Run("Get-EcomSampleData Sales | Get-OptimalPrice -WarningAction SilentlyContinue");
        Assert.Empty(errors);
        // The cmdlet reads the piped rows through the order-lines preparation (DuckDB sums price × quantity per week), the
        // core here the sample's observations directly: the same figures up to the last bits.
        AssertSamePrices(core, output, relativeTolerance: 1e-9);
    }

    [Fact]
    public void GetOptimalPrice_DefaultsOnTheOrderLinesSampleWithCostRatio_EqualPricingAnalysisOnWeeklySales()
    {
        // The README's first pricing command: weekly demand from the raw export, cost = 60 % of each product's median price.
        using var lines = SampleData.OrderLines();
        var core = PricingAnalysis.Run(lines.ToSales(SalesPeriod.Week), PricingAnalysisOptions.Default with { CostRatio = 0.6 });
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-parity-{Guid.NewGuid():N}.csv");
        SampleData.WriteOrderLinesCsv(path);
        var (output, errors, _, _) = _host.Run($"Get-OptimalPrice -Path '{path}' -CostRatio 0.6 -WarningAction SilentlyContinue");
        File.Delete(path);
        Assert.Empty(errors);
        Assert.Equal(SalesPeriod.Week, core.Period);
        AssertSamePrices(core, output, relativeTolerance: 0);
        Assert.All(output, o => Assert.Equal(SalesPeriod.Week, ((ProductPrice)o.BaseObject).Period));
        Assert.Contains(core.Products, p => p.Recommendation.Status == PriceStatus.OptimumUncertain);
    }

    /// <summary>Every figure of every product equal (within the tolerance), and the cmdlet's order is the core's order by expected gain.</summary>
    private static void AssertSamePrices(PricingAnalysisResult core, IReadOnlyCollection<PSObject> output, double relativeTolerance)
    {
        var prices = output.Select(o => (ProductPrice)o.BaseObject).ToList();
        Assert.Equal(core.ByExpectedGain.Select(p => p.ProductId), prices.Select(p => p.ProductId));
        var cmdlet = prices.ToDictionary(p => p.ProductId);
        foreach (var product in core.Products)
        {
            var r = product.Recommendation;
            var price = cmdlet[product.ProductId];
            Assert.Equal(r.Status, price.Status);
            Assert.Equal(product.CostSource, price.CostSource);
            Assert.Equal(r.BoundApplied, price.BoundApplied);
            Assert.Equal(r.MinPriceSource, price.MinPriceSource);
            Assert.Equal(r.MaxPriceSource, price.MaxPriceSource);
            Assert.Equal(product.Estimate.N, price.N);
            double[] expected = [r.Price, product.Estimate.B, r.UnitCost, r.CurrentPrice, r.CurrentQuantity, r.CurrentRevenue, r.CurrentProfit,
                r.ExpectedQuantity, r.ExpectedRevenue, r.ExpectedProfit, r.RevenueChange, r.ProfitChange, r.ProfitChangeLower, r.ProfitChangeUpper];
            double[] actual = [price.RecommendedPrice, price.Elasticity, price.UnitCost, price.CurrentPrice, price.CurrentQuantity, price.CurrentRevenue,
                price.CurrentProfit, price.ExpectedQuantity, price.ExpectedRevenue, price.ExpectedProfit, price.RevenueChange, price.ProfitChange,
                price.ProfitChangeLower, price.ProfitChangeUpper];
            if (relativeTolerance == 0)
            {
                Assert.Equal(expected, actual);
                Assert.Equal(r.Message, price.Message);
                Assert.Equal(r.MinPrice, price.MinPrice);
                Assert.Equal(r.MaxPrice, price.MaxPrice);
                continue;
            }

            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(double.IsNaN(expected[i]) ? double.IsNaN(actual[i]) : Math.Abs(expected[i] - actual[i]) <= relativeTolerance * Math.Max(1, Math.Abs(expected[i])),
                    $"{product.ProductId}, figure {i}: core {expected[i]:R}, cmdlet {actual[i]:R}");
            }
        }
    }

    [Fact]
    public void GetRecommendation_DefaultsOnTheRatingsSample_EqualTheCoreWithDefaultOptions()
    {
        var ratings = SampleData.Ratings();
        var model = Recommenders.ForRanking(ratings, Recommenders.Default(ratings));
        var core = model.Recommend("U0001", 10);
        var (output, errors, _, _) = _host.Run("Get-EcomSampleData Ratings | Get-Recommendation -UserId U0001");
        Assert.Empty(errors);
        var cmdlet = output.Select(o => (ItemRecommendation)o.BaseObject).ToList();
        Assert.Equal(core.Items.Select(i => i.ItemId), cmdlet.Select(i => i.ItemId));
        Assert.Equal(core.Items.Select(i => i.Score), cmdlet.Select(i => i.Score));
    }
}

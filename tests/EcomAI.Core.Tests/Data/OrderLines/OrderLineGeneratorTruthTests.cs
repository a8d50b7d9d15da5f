using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>The generator's truth against what the preparation finds in the file it wrote: every rule's count and every customer's figures.</summary>
public class OrderLineGeneratorTruthTests : IClassFixture<OrderLineGeneratorTruthTests.Export>
{
    private readonly Export _export;

    public OrderLineGeneratorTruthTests(Export export) => _export = export;

    [Fact]
    public void Report_EveryRuleCount_EqualsTheGeneratorsTruth()
    {
        var truth = _export.Truth;
        var report = _export.Data.Report;
        Assert.Equal(truth.Lines, report.LinesRead);
        Assert.Equal(truth.DuplicateLines, report.Count(LineRule.Duplicate));
        Assert.Equal(truth.ServiceLines, report.Count(LineRule.NonProduct));
        Assert.Equal(truth.CancellationLines, report.Count(LineRule.Cancellation));
        Assert.Equal(truth.ReturnLines, report.Count(LineRule.Return));
        Assert.Equal(truth.FreeItemLines, report.Count(LineRule.NonPositivePrice));
        Assert.Equal(truth.GuestPurchaseLines, report.Count(LineRule.MissingCustomer));
        Assert.Equal(truth.GuestPurchaseLines + truth.CustomerPurchaseLines, report.PurchaseLines);
        Assert.Equal(0, report.BadLines);
    }

    [Fact]
    public void ToTransactions_EveryCustomer_OrdersAndSpendEqualTruth()
    {
        var byCustomer = _export.Data.ToTransactions().Transactions.GroupBy(t => t.CustomerId)
            .ToDictionary(g => g.Key, g => (Orders: g.Count(), Spend: g.Sum(t => t.Amount), Last: g.Max(t => t.Timestamp).Date));
        Assert.Equal(_export.Truth.Customers.Count, byCustomer.Count);
        foreach (var (id, customer) in _export.Truth.Customers)
        {
            var found = byCustomer[id];
            Assert.Equal(customer.Orders, found.Orders);
            Assert.Equal(customer.ProductSpend, found.Spend, 6);
            Assert.Equal(customer.LastOrder, found.Last);
        }
    }

    [Fact]
    public void ToTransactions_ReturnsNet_SpendIsPurchasesMinusCancellations()
    {
        using var net = EcomAI.Core.Data.OrderLines.Load(_export.Path, _export.Options with { Returns = ReturnHandling.Net });
        var spend = net.ToTransactions().Transactions.GroupBy(t => t.CustomerId).ToDictionary(g => g.Key, g => g.Sum(t => t.Amount));
        foreach (var (id, customer) in _export.Truth.Customers)
        {
            Assert.Equal(customer.ProductSpend + customer.CancelledSpend, spend[id], 6);
        }
    }

    [Fact]
    public void ToInteractions_EveryCustomer_BoughtExactlyTheTrueProducts()
    {
        var matrix = _export.Data.ToInteractions();
        foreach (var (id, customer) in _export.Truth.Customers)
        {
            int user = matrix.UserIndexOf(id);
            var items = new HashSet<string>();
            foreach (int item in matrix.ItemsOfUser(user))
            {
                items.Add(matrix.ItemIds[item]);
            }

            Assert.True(customer.ProductsBought.SetEquals(items), $"customer {id}");
        }
    }

    [Fact]
    public void ToSales_Weekly_OneObservationPerProductAndWeekWithDescriptions()
    {
        var sales = _export.Data.ToSales(SalesPeriod.Week).Observations;
        Assert.Equal(sales.Count, sales.Select(s => (s.ProductId, s.Date)).Distinct().Count());
        Assert.All(sales, s => Assert.Equal(DayOfWeek.Monday, s.Date!.Value.DayOfWeek));
        Assert.DoesNotContain(sales, s => TruthCodes.Contains(s.ProductId));
        var descriptions = _export.Data.ProductDescriptions();
        foreach (var (id, product) in _export.Truth.Products.Where(p => descriptions.ContainsKey(p.Key)))
        {
            Assert.Equal(product.Description, descriptions[id]);
        }
    }

    private static readonly HashSet<string> TruthCodes = [.. OrderLineTruth.ServiceCodes];

    /// <summary>One generated export shared by the tests (seed 7, 400 customers, every quirk on).</summary>
    public sealed class Export : IDisposable
    {
        public Export()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ecomai-truth-{Guid.NewGuid():N}.csv");
            Truth = OrderLineGenerator.WriteCsv(Path, new OrderLineGeneratorOptions { Customers = 400, Products = 150, Seed = 7 });
            Options = new OrderLineOptions { ExcludeProducts = OrderLineTruth.ServiceCodes };
            Data = EcomAI.Core.Data.OrderLines.Load(Path, Options);
        }

        public string Path { get; }

        public OrderLineTruth Truth { get; }

        public OrderLineOptions Options { get; }

        public OrderLineData Data { get; }

        public void Dispose()
        {
            Data.Dispose();
            File.Delete(Path);
        }
    }
}

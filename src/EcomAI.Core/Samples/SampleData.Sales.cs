using EcomAI.Core.Pricing;

namespace EcomAI.Core.Samples;

public static partial class SampleData
{
    /// <summary>
    /// The settings of the embedded weekly sales sample: 12 products × 52 weeks, seed 3, a quarter of the products
    /// inelastic, 2 % stock-out weeks, whole units. Its truth: <c>PricingSampleGenerator.Generate(SalesOptions).Truth</c>.
    /// </summary>
    public static PricingSampleOptions SalesOptions { get; } = new()
    {
        Products = 12,
        Weeks = 52,
        Seed = 3,
        InelasticShare = 0.25,
        StockoutRate = 0.02,
        RoundQuantities = true,
    };

    /// <summary>The embedded weekly sales sample (<see cref="PricingSampleGenerator"/> with <see cref="SalesOptions"/>) read as sales data.</summary>
    public static SalesData Sales() => SalesData.Read(Data.CsvTable.Parse(SalesCsv(), "sales.csv"));

    /// <summary>The embedded weekly sales sample as CSV text (product_id, date, price, quantity, unit_cost, promotion).</summary>
    public static string SalesCsv() => Resource("sales.csv");
}

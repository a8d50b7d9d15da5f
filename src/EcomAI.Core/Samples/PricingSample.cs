using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Samples;

/// <summary>Generated weekly sales with the ground truth that produced them.</summary>
/// <param name="Sales">Weekly observations, product by product, week by week.</param>
/// <param name="Truth">One entry per product, in product order.</param>
/// <param name="Options">The settings used.</param>
public sealed record PricingSample(IReadOnlyList<SaleObservation> Sales, IReadOnlyList<PricingProductTruth> Truth, PricingSampleOptions Options)
{
    /// <summary>The sales as validated <see cref="SalesData"/> (rounded zero quantities are excluded and counted).</summary>
    public SalesData ToSalesData() => SalesData.FromObservations(Sales);

    /// <summary>The sales as a table: product_id, date, price, quantity, unit_cost, promotion.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("product_id", Sales.Select(s => s.ProductId)),
        new PrimitiveDataFrameColumn<DateTime>("date", Sales.Select(s => s.Date)),
        new DoubleDataFrameColumn("price", Sales.Select(s => s.Price)),
        new DoubleDataFrameColumn("quantity", Sales.Select(s => s.Quantity)),
        new DoubleDataFrameColumn("unit_cost", Sales.Select(s => s.UnitCost)),
        new BooleanDataFrameColumn("promotion", Sales.Select(s => s.Promotion)));

    /// <summary>The truth as a table: product_id, a, b, unit_cost, base_price, promotion_lift, optimal_price.</summary>
    public DataFrame TruthToDataFrame() => new(
        new StringDataFrameColumn("product_id", Truth.Select(t => t.ProductId)),
        new DoubleDataFrameColumn("a", Truth.Select(t => t.A)),
        new DoubleDataFrameColumn("b", Truth.Select(t => t.B)),
        new DoubleDataFrameColumn("unit_cost", Truth.Select(t => t.UnitCost)),
        new DoubleDataFrameColumn("base_price", Truth.Select(t => t.BasePrice)),
        new DoubleDataFrameColumn("promotion_lift", Truth.Select(t => t.PromotionLift)),
        new DoubleDataFrameColumn("optimal_price", Truth.Select(t => double.IsNaN(t.OptimalPrice) ? (double?)null : t.OptimalPrice)));

    /// <summary>
    /// The sales as CSV text (RFC 4180, invariant culture; columns product_id, date, price, quantity, unit_cost,
    /// promotion as 0/1).
    /// </summary>
    public string ToCsv() => CsvWriter.Text(["product_id", "date", "price", "quantity", "unit_cost", "promotion"], Sales, s =>
    [
        s.ProductId,
        s.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty,
        CsvWriter.Number(s.Price, "0.00"),
        CsvWriter.Number(s.Quantity),
        s.UnitCost is { } cost ? CsvWriter.Number(cost, "0.00") : string.Empty,
        s.Promotion ? "1" : "0",
    ]);
}

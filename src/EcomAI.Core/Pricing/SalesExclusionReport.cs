using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Rows that could not enter the log-log demand model because ln(price) or ln(quantity) is undefined.
/// </summary>
/// <remarks>
/// A row with a non-positive price is counted under <see cref="NonPositivePrice"/> only, even if its quantity is
/// also non-positive, so <see cref="Total"/> = <see cref="NonPositivePrice"/> + <see cref="NonPositiveQuantity"/>.
/// </remarks>
public sealed record SalesExclusionReport
{
    /// <summary>An empty report: nothing was excluded.</summary>
    public static SalesExclusionReport None { get; } = new([]);

    /// <summary>Builds the report from the excluded rows (kept in input order).</summary>
    public SalesExclusionReport(IReadOnlyList<ExcludedSale> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows;
        NonPositivePrice = rows.Count(r => !(r.Price > 0));
        NonPositiveQuantity = rows.Count - NonPositivePrice;
    }

    /// <summary>The excluded rows, in input order.</summary>
    public IReadOnlyList<ExcludedSale> Rows { get; }

    /// <summary>Rows excluded because the price was zero or negative.</summary>
    public int NonPositivePrice { get; }

    /// <summary>Rows excluded because the quantity was zero or negative (and the price positive).</summary>
    public int NonPositiveQuantity { get; }

    /// <summary>All excluded rows.</summary>
    public int Total => Rows.Count;

    /// <summary>Why the rows could not be used, naming the model actually fitted.</summary>
    public string Model { get; init; } = DemandModelText.Needs(ElasticityMethod.LogLog);

    /// <summary>A sentence for people, e.g. "12 rows with quantity &lt;= 0 excluded".</summary>
    public string Summary
    {
        get
        {
            if (Total == 0)
            {
                return "no rows excluded";
            }

            var parts = new List<string>(2);
            if (NonPositiveQuantity > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{NonPositiveQuantity} {(NonPositiveQuantity == 1 ? "row" : "rows")} with quantity <= 0"));
            }

            if (NonPositivePrice > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{NonPositivePrice} {(NonPositivePrice == 1 ? "row" : "rows")} with price <= 0"));
            }

            return string.Join(" and ", parts) + $" excluded ({Model})";
        }
    }

    /// <summary>One row per excluded sale: row, product_id, price, quantity, reason.</summary>
    public DataFrame ToDataFrame()
    {
        return new DataFrame(
            new Int32DataFrameColumn("row", Rows.Select(r => r.Row)),
            new StringDataFrameColumn("product_id", Rows.Select(r => r.ProductId)),
            new DoubleDataFrameColumn("price", Rows.Select(r => r.Price)),
            new DoubleDataFrameColumn("quantity", Rows.Select(r => r.Quantity)),
            new StringDataFrameColumn("reason", Rows.Select(r => r.Reason)));
    }
}

namespace EcomAI.Core.Pricing;

/// <summary>How to read a sales table: column names and what to do with rows a log model cannot use.</summary>
/// <remarks>
/// Column names are matched case-insensitively; each has built-in aliases (e.g. <c>sku</c> for the product,
/// <c>qty</c> for the quantity) that are tried when the configured name is absent.
/// </remarks>
public sealed record SalesReadOptions
{
    /// <summary>The defaults.</summary>
    public static SalesReadOptions Default { get; } = new();

    /// <summary>Product id column (aliases: ProductId, product, sku, item_id, StockCode). Default <c>product_id</c>.</summary>
    public string ProductColumn { get; init; } = "product_id";

    /// <summary>Price column (aliases: unit_price, UnitPrice). Default <c>price</c>.</summary>
    public string PriceColumn { get; init; } = "price";

    /// <summary>Quantity column (aliases: qty, units, units_sold). Default <c>quantity</c>.</summary>
    public string QuantityColumn { get; init; } = "quantity";

    /// <summary>Optional date column (aliases: week, week_start). Default <c>date</c>.</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>Optional unit cost column (aliases: UnitCost, cost). Default <c>unit_cost</c>.</summary>
    public string UnitCostColumn { get; init; } = "unit_cost";

    /// <summary>Optional promotion flag column (aliases: promo, on_promotion). Default <c>promotion</c>.</summary>
    public string PromotionColumn { get; init; } = "promotion";

    /// <summary>
    /// When false (default) rows with a non-positive price or quantity are excluded and counted in the
    /// <see cref="SalesExclusionReport"/>; when true the first such row is an error naming its row and column.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The demand model the rows are read for; it decides which rows <see cref="Strict"/> refuses and the model its error
    /// names. Default <see cref="ElasticityMethod.LogLog"/> (price and quantity must be positive);
    /// <see cref="ElasticityMethod.NonlinearLevels"/> also takes quantity 0 (a period without sales).
    /// </summary>
    public ElasticityMethod Method { get; init; } = ElasticityMethod.LogLog;

    internal void Validate()
    {
        Preconditions.CheckDefined(Method, nameof(Method));
        Check(ProductColumn, nameof(ProductColumn));
        Check(PriceColumn, nameof(PriceColumn));
        Check(QuantityColumn, nameof(QuantityColumn));
        Check(DateColumn, nameof(DateColumn));
        Check(UnitCostColumn, nameof(UnitCostColumn));
        Check(PromotionColumn, nameof(PromotionColumn));
    }

    private static void Check(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Preconditions.InvalidOption(name, $"{name} must name a column; it was empty.");
        }
    }
}

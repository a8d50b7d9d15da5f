namespace EcomAI.Core.Data;

/// <summary>What a column of a shop's export means. Each role has one canonical name and its aliases in <see cref="OrderLineSchema"/>.</summary>
public enum ColumnRole
{
    /// <summary>The order (invoice) a line belongs to.</summary>
    OrderId,

    /// <summary>The customer who placed the order.</summary>
    CustomerId,

    /// <summary>The product (stock code, SKU) of the line.</summary>
    ProductId,

    /// <summary>The product's description or name.</summary>
    Description,

    /// <summary>Units on the line; negative for a return.</summary>
    Quantity,

    /// <summary>Price of one unit.</summary>
    UnitPrice,

    /// <summary>Money value of the line (quantity × unit price when absent).</summary>
    Amount,

    /// <summary>When the order was placed (date or timestamp), or the start of a sales period.</summary>
    OrderDate,

    /// <summary>Cost of one unit to the shop.</summary>
    UnitCost,

    /// <summary>Whether the line was sold on promotion.</summary>
    Promotion,

    /// <summary>Lowest price allowed for the product (pricing bounds).</summary>
    MinPrice,

    /// <summary>Highest price allowed for the product (pricing bounds).</summary>
    MaxPrice,

    /// <summary>An explicit rating of the product by the customer (ratings files).</summary>
    Rating,

    /// <summary>Number of orders behind an aggregated customer × product row (an interactions table).</summary>
    Orders,
}

namespace EcomAI.Core.Pricing;

/// <summary>One sales observation of one product: the price charged and the quantity sold at it (e.g. in one week).</summary>
/// <param name="ProductId">Product identifier (non-empty).</param>
/// <param name="Price">Price charged; must be positive to enter a log model.</param>
/// <param name="Quantity">Quantity sold at that price; must be positive to enter a log model.</param>
/// <param name="Date">Optional date of the observation (e.g. the week's start).</param>
/// <param name="UnitCost">Optional unit cost at the time; the latest one is used as the product's cost when none is given.</param>
/// <param name="Promotion">True when the product was on promotion (used by the optional promotion covariate).</param>
/// <param name="MinPrice">Optional lowest price allowed for the product (its latest value bounds the recommendation).</param>
/// <param name="MaxPrice">Optional highest price allowed for the product.</param>
public readonly record struct SaleObservation(
    string ProductId,
    double Price,
    double Quantity,
    DateTime? Date = null,
    double? UnitCost = null,
    bool Promotion = false,
    double? MinPrice = null,
    double? MaxPrice = null);

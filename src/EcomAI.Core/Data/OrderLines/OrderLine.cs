namespace EcomAI.Core.Data;

/// <summary>
/// One line of an order-lines export, typed: what a C# caller can pass to <see cref="OrderLines.FromObjects{T}"/> (its
/// property names are the schema's names). Optional columns are null when the export lacks them.
/// </summary>
/// <param name="OrderId">Order (invoice) id; a leading <c>C</c> marks a cancellation by default.</param>
/// <param name="CustomerId">Customer id, or null for a guest order.</param>
/// <param name="ProductId">Product (stock code) id.</param>
/// <param name="Description">Product description.</param>
/// <param name="Quantity">Units; negative for a return.</param>
/// <param name="UnitPrice">Price of one unit.</param>
/// <param name="OrderDate">When the order was placed.</param>
/// <param name="Country">An extra column kept as it is.</param>
/// <param name="UnitCost">Cost of one unit, when known.</param>
public sealed record OrderLine(
    string OrderId,
    string? CustomerId,
    string ProductId,
    string? Description,
    double Quantity,
    double UnitPrice,
    DateTime OrderDate,
    string? Country = null,
    double? UnitCost = null);

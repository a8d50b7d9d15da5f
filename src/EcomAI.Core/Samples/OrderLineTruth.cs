namespace EcomAI.Core.Samples;

/// <summary>
/// What the generator put in a file, for tests to check every preparation rule against: line counts per quirk, and per
/// customer the orders and spend the default rules must find (service lines — POST, M, BANK CHARGES — counted apart).
/// </summary>
public sealed class OrderLineTruth
{
    internal OrderLineTruth(IReadOnlyDictionary<string, CustomerTruth> customers, IReadOnlyDictionary<string, ProductTruth> products)
    {
        Customers = customers;
        Products = products;
    }

    /// <summary>Data lines written (header not counted), duplicates included.</summary>
    public long Lines { get; internal set; }

    /// <summary>Lines of cancellation orders (order id starting with C).</summary>
    public long CancellationLines { get; internal set; }

    /// <summary>Return lines without a cancellation marker (negative quantity).</summary>
    public long ReturnLines { get; internal set; }

    /// <summary>Second copies of lines (exact duplicates).</summary>
    public long DuplicateLines { get; internal set; }

    /// <summary>Lines of the service codes POST, M and BANK CHARGES (first copies only).</summary>
    public long ServiceLines { get; internal set; }

    /// <summary>Free-item lines (unit price 0; first copies only).</summary>
    public long FreeItemLines { get; internal set; }

    /// <summary>Product purchase lines of guest orders (no customer id; first copies; free items and service lines excluded).</summary>
    public long GuestPurchaseLines { get; internal set; }

    /// <summary>Product purchase lines with a customer (first copies; free items and service lines excluded).</summary>
    public long CustomerPurchaseLines { get; internal set; }

    /// <summary>Per customer id as the jobs see it (without the <c>.0</c>): segment, orders and spend.</summary>
    public IReadOnlyDictionary<string, CustomerTruth> Customers { get; }

    /// <summary>Per product id: its description and the true demand model behind its weekly sales.</summary>
    public IReadOnlyDictionary<string, ProductTruth> Products { get; }

    /// <summary>The service codes the generator writes (postage, manual, bank charges).</summary>
    public static IReadOnlyList<string> ServiceCodes { get; } = ["POST", "M", "BANK CHARGES"];
}

/// <summary>The truth about one generated customer.</summary>
/// <param name="Segment">The latent segment type (an RFM-map segment of <see cref="TransactionGenerator.DefaultSegments"/>).</param>
/// <param name="Orders">Purchase orders (cancellation orders not counted).</param>
/// <param name="ProductSpend">Summed amount of the purchase lines of products.</param>
/// <param name="ServiceSpend">Summed amount of the postage, manual and bank-charge lines.</param>
/// <param name="CancelledSpend">Summed (negative) amount of the cancellation lines.</param>
/// <param name="LastOrder">Date of the last purchase order.</param>
/// <param name="ProductsBought">Distinct products bought (service codes not included).</param>
public sealed record CustomerTruth(string Segment, int Orders, double ProductSpend, double ServiceSpend, double CancelledSpend, DateTime LastOrder,
    IReadOnlySet<string> ProductsBought);

/// <summary>The truth about one generated product.</summary>
/// <param name="Description">Its description.</param>
/// <param name="BasePrice">Price before the weekly price changes.</param>
/// <param name="Elasticity">True elasticity b: the share of lines picking the product scales with (price ÷ base)^b.</param>
/// <param name="UnitCost">Unit cost.</param>
public sealed record ProductTruth(string Description, double BasePrice, double Elasticity, double UnitCost);

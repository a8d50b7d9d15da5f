using EcomAI.Core.Data;

namespace EcomAI.Core.Samples;

/// <summary>Options for <see cref="OrderLineGenerator"/>: the size of the shop and the rate of each quirk of real exports.</summary>
public sealed record OrderLineGeneratorOptions
{
    /// <summary>The defaults: 500 customers, 120 products, seed 0, ISO dates, ids written as <c>17850.0</c>, every quirk on.</summary>
    public static OrderLineGeneratorOptions Default { get; } = new();

    /// <summary>Customers with an id (≥ 1); guest orders come on top (<see cref="GuestOrderShare"/>).</summary>
    public int Customers { get; init; } = 500;

    /// <summary>Products in the catalogue (≥ 5), besides the service codes POST, M and BANK CHARGES.</summary>
    public int Products { get; init; } = 120;

    /// <summary>Seed: the same options give the same file.</summary>
    public int Seed { get; init; }

    /// <summary>The day after the last possible order (recency is measured to it).</summary>
    public DateTime AsOf { get; init; } = new(2011, 12, 10);

    /// <summary>Share of all orders placed without a customer id (guest checkouts), 0..0.9.</summary>
    public double GuestOrderShare { get; init; } = 0.25;

    /// <summary>Probability that an order is later cancelled in part (a <c>C</c>-prefixed order with negative quantities).</summary>
    public double CancellationRate { get; init; } = 0.03;

    /// <summary>Probability that a guest order carries a return line (negative quantity, no cancellation marker).</summary>
    public double ReturnRate { get; init; } = 0.02;

    /// <summary>Probability that a line is written twice in a row (an exact duplicate).</summary>
    public double DuplicateRate { get; init; } = 0.01;

    /// <summary>Probability that an order carries a postage line (product POST); manual (M) and bank-charge lines come at a tenth of it.</summary>
    public double PostageRate { get; init; } = 0.15;

    /// <summary>Probability that a line is a free item (unit price 0).</summary>
    public double FreeItemRate { get; init; } = 0.002;

    /// <summary>Write integral customer ids with a trailing <c>.0</c>, as spreadsheets export them (<c>17850.0</c>).</summary>
    public bool DecimalCustomerIds { get; init; } = true;

    /// <summary>The date format of the file: null (default) for ISO <c>yyyy-MM-dd HH:mm:ss</c>, or a .NET pattern such as <c>M/d/yyyy H:mm</c>.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Checks the options.</summary>
    public OrderLineGeneratorOptions Validate()
    {
        Preconditions.CheckAtLeast(Customers, 1, nameof(Customers));
        Preconditions.CheckAtLeast(Products, 5, nameof(Products));
        Preconditions.CheckFinite(GuestOrderShare, nameof(GuestOrderShare), 0, 0.9);
        Preconditions.CheckFinite(CancellationRate, nameof(CancellationRate), 0, 1);
        Preconditions.CheckFinite(ReturnRate, nameof(ReturnRate), 0, 1);
        Preconditions.CheckFinite(DuplicateRate, nameof(DuplicateRate), 0, 1);
        Preconditions.CheckFinite(PostageRate, nameof(PostageRate), 0, 1);
        Preconditions.CheckFinite(FreeItemRate, nameof(FreeItemRate), 0, 1);
        if (DateFormat is not null)
        {
            DatePattern.ToStrptime(DateFormat);
        }

        return this;
    }
}

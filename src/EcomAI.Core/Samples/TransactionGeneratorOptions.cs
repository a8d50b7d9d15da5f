using EcomAI.Core.Data;

namespace EcomAI.Core.Samples;

/// <summary>Options for <see cref="TransactionGenerator.Generate(TransactionGeneratorOptions)"/>.</summary>
public sealed record TransactionGeneratorOptions
{
    /// <summary>The defaults: 500 customers, seed 0, as-of 2025-01-01, no returns.</summary>
    public static TransactionGeneratorOptions Default { get; } = new();

    /// <summary>Number of customers (≥ 1).</summary>
    public int Customers { get; init; } = 500;

    /// <summary>Seed; same options = same transactions.</summary>
    public int Seed { get; init; }

    /// <summary>The day after the last possible transaction (recency is measured to it).</summary>
    public DateTime AsOf { get; init; } = new(2025, 1, 1);

    /// <summary>Probability that an order is followed by a partial return (a negative-amount row), 0..1.</summary>
    public double ReturnRate { get; init; }

    /// <summary>
    /// The latent segments to draw customers from (null = <see cref="TransactionGenerator.DefaultSegments"/>); shares are
    /// normalised. Build them from <see cref="TransactionGenerator.SegmentTypes"/>, e.g.
    /// <c>[Type("Champions"), Type("At risk") with { Share = 2 }]</c>.
    /// </summary>
    public IReadOnlyList<CustomerSegmentType>? Segments { get; init; }

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        if (Segments is not null)
        {
            Preconditions.CheckOption(Segments.Count > 0, nameof(Segments), $"{nameof(Segments)} is empty: give at least one segment type.");
            foreach (var s in Segments)
            {
                Preconditions.CheckOption(s is not null && !string.IsNullOrWhiteSpace(s.Name), nameof(Segments), $"{nameof(Segments)}: every segment type needs a name.");
                Preconditions.CheckFinite(s.Share, $"{nameof(Segments)}[{s.Name}].{nameof(s.Share)}", 0);
                Preconditions.CheckFinite(s.RecencyDays, $"{nameof(Segments)}[{s.Name}].{nameof(s.RecencyDays)}", 1, 364);
                Preconditions.CheckFinite(s.Orders, $"{nameof(Segments)}[{s.Name}].{nameof(s.Orders)}", 1);
                Preconditions.CheckFinite(s.OrderValue, $"{nameof(Segments)}[{s.Name}].{nameof(s.OrderValue)}", 0.01);
            }

            Preconditions.CheckOption(Segments.Sum(s => s.Share) > 0, nameof(Segments), $"{nameof(Segments)}: the shares are all zero; give at least one a positive share.");
        }

        Preconditions.CheckAtLeast(Customers, 1, nameof(Customers));
        Preconditions.CheckFinite(ReturnRate, nameof(ReturnRate), 0, 1);
    }
}

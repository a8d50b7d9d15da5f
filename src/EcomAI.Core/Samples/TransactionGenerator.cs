using System.Globalization;
using EcomAI.Core.Randomness;
using EcomAI.Core.Segmentation;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Samples;

/// <summary>
/// Seeded synthetic store: customers drawn from latent segments, each a type of the standard RFM map with its own
/// typical recency, order count and order value (log-normal around the type's median), produce dated orders of 1–3 rows.
/// </summary>
/// <remarks>
/// Built-in types (<see cref="SegmentTypes"/>; median recency days / orders / order value): Champions 5 / 20 / 100,
/// Loyal 25 / 8 / 50, Potential loyalist 12 / 3 / 45, New 5 / 1 / 40, Promising 25 / 1 / 20, Need attention 60 / 4 / 45,
/// About to sleep 90 / 1 / 30, At risk 220 / 7 / 50, Can't lose them 200 / 24 / 130, Hibernating 120 / 2 / 25,
/// Lost 340 / 1 / 20. The default mix (<see cref="DefaultSegments"/>): Champions 10 %, Loyal 40 %, New 10 %,
/// At risk 20 %, Lost 20 %; other mixes come from <see cref="TransactionGeneratorOptions.Segments"/>. Earlier orders
/// fall uniformly in the year before the last one. Amounts are rounded to cents (a row's amount is its share of the
/// order value). RFM scores are quintiles, so the map cell a type lands in depends on the mix it is drawn with: the
/// types land in their named cell when the mix looks like a shop's population (a fifth or so of the customers lost,
/// recent buyers a minority); the tests check mixes of 3 to 8 types.
/// </remarks>
public static class TransactionGenerator
{
    /// <summary>
    /// One built-in type per segment of the RFM map, in map order (share 1 each; set shares with <c>with</c>):
    /// behaviour that lands in that segment's cell among a mixed population.
    /// </summary>
    public static IReadOnlyList<CustomerSegmentType> SegmentTypes { get; } = Array.AsReadOnly(new CustomerSegmentType[]
    {
        new(RfmSegmentMap.Champions, 1, 5, 20, 100),
        new(RfmSegmentMap.Loyal, 1, 25, 8, 50),
        new(RfmSegmentMap.PotentialLoyalist, 1, 12, 3, 45),
        new(RfmSegmentMap.New, 1, 5, 1, 40),
        new(RfmSegmentMap.Promising, 1, 25, 1, 20),
        new(RfmSegmentMap.NeedAttention, 1, 60, 4, 45),
        new(RfmSegmentMap.AboutToSleep, 1, 90, 1, 30),
        new(RfmSegmentMap.AtRisk, 1, 220, 7, 50),
        new(RfmSegmentMap.CantLoseThem, 1, 200, 24, 130),
        new(RfmSegmentMap.Hibernating, 1, 120, 2, 25),
        new(RfmSegmentMap.Lost, 1, 340, 1, 20),
    });

    /// <summary>The default mix: Champions, Loyal, New, At risk and Lost (10/40/10/20/20 %), well apart in RFM space.</summary>
    public static IReadOnlyList<CustomerSegmentType> DefaultSegments { get; } = Array.AsReadOnly(new CustomerSegmentType[]
    {
        Type(RfmSegmentMap.Champions) with { Share = 0.10 },
        Type(RfmSegmentMap.Loyal) with { Share = 0.40 },
        Type(RfmSegmentMap.New) with { Share = 0.10 },
        Type(RfmSegmentMap.AtRisk) with { Share = 0.20 },
        Type(RfmSegmentMap.Lost) with { Share = 0.20 },
    });

    /// <summary>Names of the default latent segments, by index.</summary>
    public static IReadOnlyList<string> SegmentNames { get; } = Array.AsReadOnly(DefaultSegments.Select(s => s.Name).ToArray());

    /// <summary>The built-in type of a map segment (share 1).</summary>
    /// <exception cref="ArgumentException">Not a segment of <see cref="RfmSegmentMap.Segments"/>.</exception>
    public static CustomerSegmentType Type(string name) =>
        SegmentTypes.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"'{name}' is not a segment of the RFM map; use one of {string.Join(", ", RfmSegmentMap.Segments)}.", nameof(name));

    /// <summary>Generates <paramref name="customers"/> customers with the given seed.</summary>
    public static GeneratedTransactions Generate(int customers = 500, int seed = 0) =>
        Generate(TransactionGeneratorOptions.Default with { Customers = customers, Seed = seed });

    /// <summary>Generates transactions with ground truth.</summary>
    public static GeneratedTransactions Generate(TransactionGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var segments = options.Segments ?? DefaultSegments;
        double totalShare = segments.Sum(x => x.Share);
        var random = SeededRandom.Create(options.Seed);
        var rows = new List<Transaction>();
        var truth = new Dictionary<string, int>(StringComparer.Ordinal);
        int order = 0;
        int width = Math.Max(4, options.Customers.ToString(CultureInfo.InvariantCulture).Length);
        for (int c = 0; c < options.Customers; c++)
        {
            int s = PickSegment(segments, random.NextDouble() * totalShare);
            var seg = segments[s];
            string id = "C" + (c + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            truth[id] = s;
            int recency = Math.Clamp((int)Math.Round(LogNormalWithMedian(random, seg.RecencyDays, 0.3)), 1, 364);
            int orders = seg.Orders < 2
                ? 1 + (random.NextDouble() < seg.Orders - 1 ? 1 : 0)
                : Math.Max(2, (int)Math.Round(LogNormalWithMedian(random, seg.Orders, 0.2)));
            DateTime last = options.AsOf.Date.AddDays(-recency);
            var dates = new List<DateTime> { last };
            for (int o = 1; o < orders; o++)
            {
                dates.Add(last.AddDays(-1 - random.Next(365)));
            }

            dates.Sort();
            foreach (var date in dates)
            {
                order++;
                string orderId = "O" + order.ToString("000000", CultureInfo.InvariantCulture);
                double value = Math.Round(LogNormalWithMedian(random, seg.OrderValue, 0.25), 2);
                int lines = 1 + random.Next(3);
                var shares = new double[lines];
                for (int line = 0; line < lines; line++)
                {
                    shares[line] = 0.5 + random.NextDouble();
                }

                double total = shares.Sum(), left = value;
                for (int line = 0; line < lines; line++)
                {
                    // The last row takes the remainder so the rows add up to the order value to the cent.
                    double amount = line == lines - 1 ? Math.Round(left, 2) : Math.Round(value * shares[line] / total, 2);
                    left -= amount;
                    rows.Add(new Transaction(id, date, amount, orderId, 1 + random.Next(4)));
                }

                if (options.ReturnRate > 0 && random.NextDouble() < options.ReturnRate)
                {
                    DateTime returned = date.AddDays(1 + random.Next(14));
                    rows.Add(new Transaction(id, returned < options.AsOf.Date ? returned : date, -Math.Round(value * 0.3, 2), orderId, -1));
                }
            }
        }

        return new GeneratedTransactions(rows.AsReadOnly(), truth, options.AsOf.Date)
        {
            SegmentNames = Array.AsReadOnly(segments.Select(x => x.Name).ToArray()),
        };
    }

    private static int PickSegment(IReadOnlyList<CustomerSegmentType> segments, double u)
    {
        double running = 0;
        for (int s = 0; s < segments.Count; s++)
        {
            running += segments[s].Share;
            if (u < running)
            {
                return s;
            }
        }

        return segments.Count - 1;
    }

    /// <summary>A log-normal draw with the given median: exp(ln(median) + σ Z), Z standard normal.</summary>
    private static double LogNormalWithMedian(Random random, double median, double sigma) => LogNormal.Sample(random, Math.Log(median), sigma);
}

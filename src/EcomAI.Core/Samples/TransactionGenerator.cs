using System.Globalization;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Samples;

/// <summary>
/// Seeded synthetic store: customers drawn from five latent segments, each with its own typical recency, order
/// count and order value (log-normal around the segment's median), produce dated orders of 1–3 rows.
/// </summary>
/// <remarks>
/// Segment medians (recency days / orders / order value): Champions 5 / 18 / 110, Loyal 30 / 9 / 55,
/// New 6 / 1 / 45 (1–2 orders), At risk 150 / 8 / 70, Hibernating 330 / 1 / 25 (1–2 orders); shares 15/25/15/20/25 %.
/// Earlier orders fall uniformly in the year before the last one. Amounts are rounded to cents
/// (a row's amount is its share of the order value).
/// </remarks>
public static class TransactionGenerator
{
    private static readonly Segment[] Segments =
    [
        new("Champions", 0.15, 5, 18, 110),
        new("Loyal", 0.25, 30, 9, 55),
        new("New", 0.15, 6, 1.4, 45),
        new("At risk", 0.20, 150, 8, 70),
        new("Hibernating", 0.25, 330, 1.4, 25),
    ];

    /// <summary>Names of the latent segments, by index.</summary>
    public static IReadOnlyList<string> SegmentNames { get; } = Array.AsReadOnly(Segments.Select(s => s.Name).ToArray());

    /// <summary>Generates <paramref name="customers"/> customers with the given seed.</summary>
    public static GeneratedTransactions Generate(int customers = 500, int seed = 0) =>
        Generate(TransactionGeneratorOptions.Default with { Customers = customers, Seed = seed });

    /// <summary>Generates transactions with ground truth.</summary>
    public static GeneratedTransactions Generate(TransactionGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = new Random(options.Seed);
        var rows = new List<Transaction>();
        var truth = new Dictionary<string, int>(StringComparer.Ordinal);
        int order = 0;
        int width = Math.Max(4, options.Customers.ToString(CultureInfo.InvariantCulture).Length);
        for (int c = 0; c < options.Customers; c++)
        {
            int s = PickSegment(random.NextDouble());
            var seg = Segments[s];
            string id = "C" + (c + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            truth[id] = s;
            int recency = Math.Clamp((int)Math.Round(LogNormal(random, seg.Recency, 0.3)), 1, 364);
            int orders = seg.Orders < 2
                ? 1 + (random.NextDouble() < seg.Orders - 1 ? 1 : 0)
                : Math.Max(2, (int)Math.Round(LogNormal(random, seg.Orders, 0.2)));
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
                double value = Math.Round(LogNormal(random, seg.OrderValue, 0.25), 2);
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

        return new GeneratedTransactions(rows.AsReadOnly(), truth, options.AsOf.Date);
    }

    private static int PickSegment(double u)
    {
        double running = 0;
        for (int s = 0; s < Segments.Length; s++)
        {
            running += Segments[s].Share;
            if (u < running)
            {
                return s;
            }
        }

        return Segments.Length - 1;
    }

    /// <summary>exp(ln(median) + σ Z) with Z standard normal (Box–Muller).</summary>
    private static double LogNormal(Random random, double median, double sigma)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        double z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return median * Math.Exp(sigma * z);
    }

    private sealed record Segment(string Name, double Share, double Recency, double Orders, double OrderValue);
}

using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Randomness;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Samples;

/// <summary>
/// A seeded synthetic shop writing an order-lines export with the quirks real ones have — guest orders without a
/// customer, cancellation orders (<c>C</c> + order id, negative quantities), return lines, exact duplicate lines, postage,
/// manual and bank-charge lines, free items, customer ids written as <c>17850.0</c>, a chosen date format — and the
/// truth behind it (<see cref="OrderLineTruth"/>), so every preparation rule and every job can be checked.
/// </summary>
/// <remarks>
/// Customers come from the latent segment types of <see cref="TransactionGenerator.DefaultSegments"/> (RFM-map segments,
/// median recency days and orders as there, order value three times theirs). An order adds product lines until it reaches
/// its value. A line picks a product with weight popularity × (price ÷ base price)^elasticity, where the
/// price moves week by week (×0.7 to ×1.5, weeks from Monday), so each product's weekly quantity has the product's true elasticity.
/// </remarks>
public static class OrderLineGenerator
{
    // The customer types of the transactions generator (RFM-map segments), with baskets three times their order value:
    // an order-lines export's invoices hold many lines.
    private static readonly Segment[] Segments = TransactionGenerator.DefaultSegments
        .Select(t => new Segment(t.Name, t.Share, t.RecencyDays, t.Orders, 3 * t.OrderValue)).ToArray();

    private static readonly string[] Colours = ["WHITE", "RED", "PINK", "BLUE", "GREEN", "IVORY", "BLACK", "VINTAGE", "JUMBO", "REGENCY"];
    private static readonly string[] Things = ["HANGING HEART T-LIGHT HOLDER", "METAL LANTERN", "CAKE CASES", "LUNCH BAG", "TEACUP AND SAUCER",
        "BUNTING", "CANDLE", "PHOTO FRAME", "DOORMAT", "ALARM CLOCK", "WATER BOTTLE", "NAPKINS", "SHOPPER BAG", "STORAGE JAR", "PAPER CHAIN KIT"];
    private static readonly string[] Countries = ["United Kingdom", "United Kingdom", "United Kingdom", "United Kingdom", "United Kingdom",
        "United Kingdom", "United Kingdom", "Germany", "France", "EIRE"];
    private static readonly double[] PriceSteps = [0.7, 0.85, 1.0, 1.0, 1.15, 1.3, 1.5];

    /// <summary>Names of the latent customer segments.</summary>
    public static IReadOnlyList<string> SegmentNames { get; } = Array.AsReadOnly(Segments.Select(s => s.Name).ToArray());

    /// <summary>Generates the lines in memory (for tests and samples) with their truth.</summary>
    public static (IReadOnlyList<OrderLine> Lines, OrderLineTruth Truth) Generate(OrderLineGeneratorOptions? options = null)
    {
        var lines = new List<OrderLine>();
        var truth = Run(options ?? OrderLineGeneratorOptions.Default, lines.Add);
        return (lines.AsReadOnly(), truth);
    }

    /// <summary>
    /// Writes a CSV export (InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) line by
    /// line, so files of any size fit in memory; <c>.gz</c> compresses. The file appears atomically.
    /// </summary>
    public static OrderLineTruth WriteCsv(string path, OrderLineGeneratorOptions? options = null)
    {
        OrderLineTruth? truth = null;
        AtomicFile.Write(path, stream => truth = WriteCsv(stream, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), options));
        return truth!;
    }

    /// <summary>Writes the CSV export to <paramref name="stream"/> (left open), gzip-compressed when asked.</summary>
    internal static OrderLineTruth WriteCsv(Stream stream, bool gzip, OrderLineGeneratorOptions? options)
    {
        var o = (options ?? OrderLineGeneratorOptions.Default).Validate();
        using var writer = OrderLineCsv.Writer(stream, gzip);
        return Run(o, line => writer.Write(line, o.DecimalCustomerIds, o.DateFormat));
    }

    private static OrderLineTruth Run(OrderLineGeneratorOptions options, Action<OrderLine> emit)
    {
        var o = options.Validate();
        var random = SeededRandom.Create(o.Seed);
        var catalogue = Catalogue(o, random);
        var customers = new Dictionary<string, CustomerTruth>(StringComparer.Ordinal);
        var truth = new OrderLineTruth(customers, catalogue.ToDictionary(p => p.Id, p => p.Truth));
        // Price weeks start on a Monday, as ISO weeks do, so a weekly sales period holds one price level per product.
        var start = o.AsOf.Date.AddDays(-730);
        start = start.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        var weekly = new WeekPrices(o.Seed, start, catalogue);
        long order = 536364;
        int guestOrders = 0, customerOrders = 0;
        var writer = new LineWriter(emit, truth, random, o);
        for (int c = 0; c < o.Customers; c++)
        {
            var segment = Segments[Pick(random.NextDouble())];
            string id = (12346 + c).ToString(CultureInfo.InvariantCulture);
            int recency = Math.Clamp((int)Math.Round(LogNormal.Sample(random, Math.Log(segment.Recency), 0.3)), 1, 364);
            int orders = segment.Orders < 2
                ? 1 + (random.NextDouble() < segment.Orders - 1 ? 1 : 0)
                : Math.Max(2, (int)Math.Round(LogNormal.Sample(random, Math.Log(segment.Orders), 0.2)));
            DateTime last = o.AsOf.Date.AddDays(-recency);
            var dates = new List<DateTime> { last };
            for (int k = 1; k < orders; k++)
            {
                dates.Add(last.AddDays(-1 - random.Next(365)));
            }

            dates.Sort();
            var spend = new Spend();
            string country = Countries[random.Next(Countries.Length)];
            foreach (var day in dates)
            {
                DateTime when = day.AddHours(8 + random.Next(10)).AddMinutes(random.Next(60));
                double value = LogNormal.Sample(random, Math.Log(segment.OrderValue), 0.3);
                var placed = writer.Order((++order).ToString(CultureInfo.InvariantCulture), id, country, when, value, catalogue, weekly, spend);
                customerOrders++;
                if (random.NextDouble() < o.CancellationRate)
                {
                    writer.Cancel(placed, id, country, o.AsOf, spend);
                }
            }

            customers[id] = new CustomerTruth(segment.Name, dates.Count, Math.Round(spend.Products, 2), Math.Round(spend.Service, 2),
                Math.Round(spend.Cancelled, 2), dates[^1].Date, spend.Bought);
        }

        // Guest orders (no customer id) make up GuestOrderShare of all orders.
        int guests = (int)Math.Round(customerOrders * o.GuestOrderShare / (1 - o.GuestOrderShare));
        var guestSpend = new Spend();
        for (int g = 0; g < guests; g++)
        {
            DateTime when = o.AsOf.Date.AddDays(-1 - random.Next(365)).AddHours(8 + random.Next(10)).AddMinutes(random.Next(60));
            double value = LogNormal.Sample(random, Math.Log(100), 0.4);
            writer.Order((++order).ToString(CultureInfo.InvariantCulture), null, Countries[random.Next(Countries.Length)], when, value, catalogue, weekly, guestSpend);
            guestOrders++;
            if (random.NextDouble() < o.ReturnRate)
            {
                writer.Return((++order).ToString(CultureInfo.InvariantCulture), when, catalogue, weekly);
            }
        }

        return truth;
    }

    private static List<CatalogueProduct> Catalogue(OrderLineGeneratorOptions o, Random random)
    {
        var products = new List<CatalogueProduct>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int p = 0; p < o.Products; p++)
        {
            string id;
            do
            {
                id = (20000 + random.Next(70000)).ToString(CultureInfo.InvariantCulture) + (random.NextDouble() < 0.2 ? "A" : string.Empty);
            }
            while (!used.Add(id));

            string description = $"{Colours[random.Next(Colours.Length)]} {Things[random.Next(Things.Length)]}";
            double basePrice = Math.Round(LogNormal.Sample(random, Math.Log(3.5), 0.6), 2) + 0.05;
            double elasticity = -0.6 - (2.4 * random.NextDouble());
            double cost = Math.Round(basePrice * (0.4 + (0.25 * random.NextDouble())), 2);
            double popularity = 1.0 / Math.Pow(p + 1, 0.8);
            products.Add(new CatalogueProduct(id, popularity, new ProductTruth(description, basePrice, elasticity, cost)));
        }

        return products;
    }

    private static int Pick(double u)
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

    internal static double PriceStep(Random random) => PriceSteps[random.Next(PriceSteps.Length)];

    private sealed record Segment(string Name, double Share, double Recency, double Orders, double OrderValue);
}

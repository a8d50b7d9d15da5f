using EcomAI.Core.Data;
using EcomAI.Core.Pricing;

namespace EcomAI.Core.Samples;

/// <summary>
/// Seeded synthetic weekly sales per product with a known constant-elasticity demand curve, unit cost and
/// promotions (see <see cref="PricingSampleOptions"/> for the model), plus the small fixed sample shipped in the package.
/// </summary>
public static class PricingSampleGenerator
{
    /// <summary>Name of the embedded sample's resource (<c>Samples/Data/sales.csv</c>).</summary>
    public const string EmbeddedResourceName = "EcomAI.Core.Samples.sales.csv";

    /// <summary>The settings the embedded <c>sales.csv</c> was generated with (a test regenerates and compares it).</summary>
    public static PricingSampleOptions EmbeddedOptions { get; } = new()
    {
        Products = 12,
        Weeks = 52,
        Seed = 3,
        InelasticShare = 0.25,
        StockoutRate = 0.02,
        RoundQuantities = true,
    };

    /// <summary>Generates <paramref name="products"/> × <paramref name="weeks"/> observations with default settings.</summary>
    public static PricingSample Generate(int products, int weeks, int seed) =>
        Generate(new PricingSampleOptions { Products = products, Weeks = weeks, Seed = seed });

    /// <summary>Generates a sample. Product i's data depend only on the seed and i, not on the number of products.</summary>
    public static PricingSample Generate(PricingSampleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var o = options;
        var sales = new SaleObservation[checked(o.Products * o.Weeks)];
        var truth = new PricingProductTruth[o.Products];
        int width = Math.Max(4, o.Products.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        for (int i = 0; i < o.Products; i++)
        {
            var rng = new Random(unchecked((o.Seed * 1_000_003) + i));
            string id = "P" + (i + 1).ToString("D" + width, System.Globalization.CultureInfo.InvariantCulture);
            double b = rng.NextDouble() < o.InelasticShare
                ? -0.9 + (0.7 * rng.NextDouble())
                : o.ElasticityMin + ((o.ElasticityMax - o.ElasticityMin) * rng.NextDouble());
            double cost = Math.Round(2 + (48 * rng.NextDouble()), 2);
            double basePrice = Math.Round(cost * (1.3 + (1.2 * rng.NextDouble())), 2);
            double baseQuantity = o.MinBaseQuantity + ((o.MaxBaseQuantity - o.MinBaseQuantity) * rng.NextDouble());
            double a = baseQuantity / Math.Pow(basePrice, b);
            double optimal = b < -1 ? cost * b / (1 + b) : double.NaN;
            truth[i] = new PricingProductTruth(id, a, b, cost, basePrice, o.PromotionLift, optimal);
            for (int t = 0; t < o.Weeks; t++)
            {
                bool promo = rng.NextDouble() < o.PromotionRate;
                double u = o.PriceSpread * ((2 * rng.NextDouble()) - 1);
                double price = Math.Max(0.01, Math.Round(basePrice * Math.Exp(u) * (promo ? 1 - o.PromotionDiscount : 1), 2));
                double logQ = Math.Log(a) + (b * Math.Log(price)) + (promo ? o.PromotionLift : 0) + (o.NoiseSigma * StandardNormal(rng));
                double q = Math.Exp(logQ);
                if (o.StockoutRate > 0 && rng.NextDouble() < o.StockoutRate)
                {
                    q = 0;
                }

                if (o.RoundQuantities)
                {
                    q = Math.Round(q);
                }

                sales[(i * o.Weeks) + t] = new SaleObservation(id, price, q, o.StartDate.AddDays(7 * t), cost, promo);
            }
        }

        return new PricingSample(sales, truth, options);
    }

    /// <summary>The embedded sample as CSV text.</summary>
    public static string EmbeddedCsv()
    {
        using var stream = typeof(PricingSampleGenerator).Assembly.GetManifestResourceStream(EmbeddedResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {EmbeddedResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded sample (12 products × 52 weeks; truth: <c>Generate(EmbeddedOptions).Truth</c>) read as sales data.</summary>
    public static SalesData EmbeddedSales() => SalesData.Read(CsvTable.Parse(EmbeddedCsv(), "sales.csv"));

    // Box–Muller with our own Random so the stream is the same on every platform and .NET version.
    private static double StandardNormal(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

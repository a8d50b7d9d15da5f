using EcomAI.Core.Pricing;
using EcomAI.Core.Randomness;
using MathNet.Numerics.Distributions;

namespace EcomAI.Core.Samples;

/// <summary>
/// Seeded synthetic weekly sales per product with a known constant-elasticity demand curve, unit cost and
/// promotions (see <see cref="PricingSampleOptions"/> for the model), the generator of the embedded sales sample (<see cref="SampleData.Sales"/>).
/// </summary>
public static class PricingSampleGenerator
{
    /// <summary>Same as <see cref="SampleData.SalesOptions"/>.</summary>
    public static PricingSampleOptions EmbeddedOptions => SampleData.SalesOptions;

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
            var rng = SeededRandom.Create(o.Seed, i);
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
                double logQ = Math.Log(a) + (b * Math.Log(price)) + (promo ? o.PromotionLift : 0) + Normal.Sample(rng, 0, o.NoiseSigma);
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

    /// <summary>Same as <see cref="SampleData.SalesCsv"/>.</summary>
    public static string EmbeddedCsv() => SampleData.SalesCsv();

    /// <summary>Same as <see cref="SampleData.Sales"/>.</summary>
    public static SalesData EmbeddedSales() => SampleData.Sales();
}

using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Samples;

// One front door for all three embedded samples: SampleData.Transactions(), SampleData.Ratings(), SampleData.Sales().
public static partial class SampleData
{
    /// <summary>The embedded ratings sample (see <see cref="RecommendationSamples"/>): 120 users × 60 items, ratings 1–5.</summary>
    public static InteractionMatrix Ratings() => RecommendationSamples.Ratings();

    /// <summary>The embedded ratings sample as CSV text (columns user, item, rating).</summary>
    public static string RatingsCsv() => RecommendationSamples.RatingsCsv();

    /// <summary>The embedded weekly sales sample (see <see cref="PricingSampleGenerator.EmbeddedOptions"/>): 12 products × 52 weeks.</summary>
    public static SalesData Sales() => PricingSampleGenerator.EmbeddedSales();

    /// <summary>The embedded weekly sales sample as CSV text.</summary>
    public static string SalesCsv() => PricingSampleGenerator.EmbeddedCsv();
}

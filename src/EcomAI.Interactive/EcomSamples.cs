using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;
using Microsoft.Data.Analysis;

namespace EcomAI.Interactive;

/// <summary>
/// The embedded sample data as DataFrames to explore in a notebook; the typed samples are <see cref="SampleData"/>'s
/// (the one front door, forwarded here).
/// </summary>
/// <remarks>
/// The generators in <c>EcomAI.Core.Samples</c> make data of any size with known ground truth.
/// </remarks>
public static class EcomSamples
{
    /// <summary>A year of transactions (customer_id, order_id, date, amount, quantity) for segmentation.</summary>
    public static TransactionData Transactions() => SampleData.Transactions();

    /// <summary>Explicit 1–5 ratings (user, item, rating) for recommendation.</summary>
    public static InteractionMatrix Ratings() => SampleData.Ratings();

    /// <summary>52 weeks of sales per product (product_id, date, price, quantity, unit_cost, promotion) for pricing.</summary>
    public static SalesData Sales() => SampleData.Sales();

    /// <summary>The transactions sample as a DataFrame (numbers as double).</summary>
    public static DataFrame TransactionsFrame() => CsvFrame.Parse(SampleData.TransactionsCsv());

    /// <summary>The ratings sample as a DataFrame (numbers as double).</summary>
    public static DataFrame RatingsFrame() => CsvFrame.Parse(SampleData.RatingsCsv());

    /// <summary>The sales sample as a DataFrame (numbers as double).</summary>
    public static DataFrame SalesFrame() => CsvFrame.Parse(SampleData.SalesCsv());
}

using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Samples;

public static partial class SampleData
{
    /// <summary>The settings of the embedded transactions sample: 300 customers, seed 2024, as-of 2025-01-01, no returns.</summary>
    public static TransactionGeneratorOptions TransactionsOptions { get; } = new() { Customers = 300, Seed = 2024 };

    /// <summary>
    /// The embedded transactions sample (<see cref="TransactionGenerator"/> with <see cref="TransactionsOptions"/>);
    /// columns customer_id, order_id, date, amount, quantity.
    /// </summary>
    public static TransactionData Transactions() =>
        TransactionReader.FromCsvText(TransactionsCsv(), sourceName: "sample transactions.csv");

    /// <summary>The embedded transactions sample as CSV text.</summary>
    public static string TransactionsCsv() => Resource("transactions.csv");
}

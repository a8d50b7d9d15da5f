using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Samples;

/// <summary>Small fixed datasets embedded in the assembly, so every command and notebook runs with no input.</summary>
public static partial class SampleData
{
    /// <summary>Resource name of the embedded transactions sample.</summary>
    public const string TransactionsResource = "EcomAI.Core.Samples.transactions.csv";

    /// <summary>
    /// The embedded transactions sample: 300 customers from <see cref="TransactionGenerator"/> (seed 2024,
    /// as-of 2025-01-01, no returns); columns customer_id, order_id, date, amount, quantity.
    /// </summary>
    public static TransactionData Transactions() =>
        TransactionReader.FromCsvText(TransactionsCsv(), sourceName: "sample transactions.csv");

    /// <summary>The embedded transactions sample as CSV text.</summary>
    public static string TransactionsCsv()
    {
        using var stream = typeof(SampleData).Assembly.GetManifestResourceStream(TransactionsResource)
            ?? throw new InvalidOperationException($"The resource {TransactionsResource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

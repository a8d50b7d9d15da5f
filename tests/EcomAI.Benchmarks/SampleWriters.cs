using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Benchmarks;

/// <summary>
/// The documented commands that write the embedded samples (src/EcomAI.Core/Samples/Data) from the settings
/// <see cref="SampleData"/> names; tests regenerate each sample and compare it with the file.
/// </summary>
public static partial class Program
{
    static partial void RegisterSamples()
    {
        Add("segmentation-sample", "regenerates src/EcomAI.Core/Samples/Data/transactions.csv from SampleData.TransactionsOptions", WriteTransactionsSample);
        Add("rec-write-sample", "regenerates src/EcomAI.Core/Samples/Data/ratings.csv from SampleData.RatingsOptions", WriteRatingsSample);
        Add("pricing-sample", "regenerates src/EcomAI.Core/Samples/Data/sales.csv from SampleData.SalesOptions", WriteSalesSample);
    }

    private static string SamplePath(string[] args, string file) =>
        Arg(args, "--out", Path.Combine(RepoRoot(), "src", "EcomAI.Core", "Samples", "Data", file));

    private static int WriteTransactionsSample(string[] args)
    {
        string path = SamplePath(args, "transactions.csv");
        var sample = TransactionGenerator.Generate(SampleData.TransactionsOptions);
        sample.WriteCsv(path);
        Console.WriteLine($"wrote {sample.Transactions.Count} rows for {sample.TrueSegment.Count} customers to {path}");
        return 0;
    }

    private static int WriteRatingsSample(string[] args)
    {
        string path = SamplePath(args, "ratings.csv");
        var sample = RecommendationSampleGenerator.Generate(SampleData.RatingsOptions);
        AtomicFile.WriteAllText(path, RecommendationSamples.ToCsv(sample.Ratings));
        Console.WriteLine($"wrote {sample.Ratings.Count} ratings for {sample.UserIds.Count} users to {path}");
        return 0;
    }

    private static int WriteSalesSample(string[] args)
    {
        string path = SamplePath(args, "sales.csv");
        var sample = PricingSampleGenerator.Generate(SampleData.SalesOptions);
        AtomicFile.WriteAllText(path, sample.ToCsv());
        Console.WriteLine($"wrote {sample.Sales.Count} weekly rows for {sample.Truth.Count} products to {path}");
        return 0;
    }
}

using EcomAI.Core.Data;
using EcomAI.Core.Samples;

namespace EcomAI.Benchmarks;

public static partial class Program
{
    static partial void RegisterRecommendation()
    {
        Add("rec-write-sample", "Regenerates src/EcomAI.Core/Samples/Data/ratings.csv from RecommendationSamples.EmbeddedOptions", args =>
        {
            string path = args.Length > 0 ? args[0] : Path.Combine("src", "EcomAI.Core", "Samples", "Data", "ratings.csv");
            var sample = RecommendationSampleGenerator.Generate(RecommendationSamples.EmbeddedOptions);
            AtomicFile.WriteAllText(path, RecommendationSamples.ToCsv(sample.Ratings));
            Console.WriteLine($"wrote {sample.Ratings.Count} ratings to {path}");
            return 0;
        });
        RegisterRecommendationTimings();
        RegisterRecommendationTopN();
    }

    static partial void RegisterRecommendationTimings();

    static partial void RegisterRecommendationTopN();
}

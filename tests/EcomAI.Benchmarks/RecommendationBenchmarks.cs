namespace EcomAI.Benchmarks;

public static partial class Program
{
    static partial void RegisterRecommendation()
    {
        RegisterRecommendationTimings();
        RegisterRecommendationTopN();
    }

    static partial void RegisterRecommendationTimings();

    static partial void RegisterRecommendationTopN();
}

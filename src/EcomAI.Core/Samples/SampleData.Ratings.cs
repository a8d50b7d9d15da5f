using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Samples;

public static partial class SampleData
{
    /// <summary>The settings of the embedded ratings sample: 120 users × 60 items, 3 taste segments, 20 ratings per user, seed 20240501.</summary>
    public static RecommendationSampleOptions RatingsOptions { get; } = new() { Users = 120, Items = 60, Segments = 3, RatingsPerUser = 20, Seed = 20240501 };

    /// <summary>
    /// The embedded ratings sample (<see cref="RecommendationSampleGenerator"/> with <see cref="RatingsOptions"/>) as an
    /// explicit interaction matrix on the 1–5 scale.
    /// </summary>
    public static InteractionMatrix Ratings() =>
        InteractionReader.Read(Data.CsvTable.Parse(RatingsCsv(), "ratings.csv (embedded sample)"),
            new InteractionOptions { Scale = new RatingScale(1, 5) });

    /// <summary>The embedded ratings sample as CSV text (columns user, item, rating).</summary>
    public static string RatingsCsv() => Resource("ratings.csv");
}

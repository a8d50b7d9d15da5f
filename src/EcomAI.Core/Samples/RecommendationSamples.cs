using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Samples;

/// <summary>The embedded rating sample; forwards to <see cref="SampleData"/>, the one front door to the samples.</summary>
public static class RecommendationSamples
{
    /// <summary>Same as <see cref="SampleData.RatingsOptions"/>.</summary>
    public static RecommendationSampleOptions EmbeddedOptions => SampleData.RatingsOptions;

    /// <summary>Same as <see cref="SampleData.RatingsCsv"/>.</summary>
    public static string RatingsCsv() => SampleData.RatingsCsv();

    /// <summary>Same as <see cref="SampleData.Ratings"/>.</summary>
    public static InteractionMatrix Ratings() => SampleData.Ratings();

    /// <summary>
    /// CSV text of a rating list: header <c>user,item,rating</c>, one record per rating, numbers in invariant culture;
    /// ids holding a comma, a quote or a line break are quoted (RFC 4180), so the readers take the text back unchanged.
    /// </summary>
    public static string ToCsv(IEnumerable<Interaction> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return CsvWriter.Text(["user", "item", "rating"], ratings, r => [r.UserId, r.ItemId, CsvWriter.Number(r.Value)]);
    }
}

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

    /// <summary>CSV text of a rating list (header user,item,rating; invariant culture).</summary>
    public static string ToCsv(IEnumerable<Interaction> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var sb = new System.Text.StringBuilder("user,item,rating\n");
        foreach (var r in ratings)
        {
            sb.Append(r.UserId).Append(',').Append(r.ItemId).Append(',')
              .Append(r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }
}

using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Samples;

/// <summary>
/// The small fixed rating sample embedded in the package (<c>ratings.csv</c>: user, item, rating on 1–5), so every command
/// and notebook runs without input. It is <see cref="RecommendationSampleGenerator"/> output with
/// <see cref="EmbeddedOptions"/>.
/// </summary>
public static class RecommendationSamples
{
    /// <summary>The options that produced the embedded file.</summary>
    public static RecommendationSampleOptions EmbeddedOptions { get; } = new() { Users = 120, Items = 60, Segments = 3, RatingsPerUser = 20, Seed = 20240501 };

    /// <summary>The embedded CSV text.</summary>
    public static string RatingsCsv()
    {
        using var stream = typeof(RecommendationSamples).Assembly.GetManifestResourceStream("EcomAI.Core.Samples.ratings.csv")
            ?? throw new InvalidOperationException("The embedded resource EcomAI.Core.Samples.ratings.csv is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded ratings as an explicit interaction matrix on the 1–5 scale.</summary>
    public static InteractionMatrix Ratings() =>
        InteractionReader.Read(Data.CsvTable.Parse(RatingsCsv(), "ratings.csv (embedded sample)"),
            new InteractionOptions { Scale = new RatingScale(1, 5) });

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

namespace EcomAI.Core.Samples;

/// <summary>Size and shape of <see cref="RecommendationSampleGenerator"/> data; validated once by <see cref="Validate"/>.</summary>
public sealed record RecommendationSampleOptions
{
    /// <summary>Number of users. Default 300.</summary>
    public int Users { get; init; } = 300;

    /// <summary>Number of items. Default 200.</summary>
    public int Items { get; init; } = 200;

    /// <summary>Number of latent taste segments (each user belongs to one). Default 4.</summary>
    public int Segments { get; init; } = 4;

    /// <summary>Mean number of ratings per user (each user rates at least 5). Default 30.</summary>
    public int RatingsPerUser { get; init; } = 30;

    /// <summary>Mean number of purchased items per user (at least 2). Default 12.</summary>
    public int PurchasesPerUser { get; init; } = 12;

    /// <summary>Zipf exponent of item popularity (0 = uniform; ~1 is MovieLens-like skew). Default 0.9.</summary>
    public double PopularitySkew { get; init; } = 0.9;

    /// <summary>Standard deviation of the rating noise. Default 0.5.</summary>
    public double Noise { get; init; } = 0.5;

    /// <summary>Random seed. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Checks every option, naming the offending one.</summary>
    public RecommendationSampleOptions Validate()
    {
        Preconditions.CheckAtLeast(Users, 2, nameof(Users));
        Preconditions.CheckAtLeast(Items, 10, nameof(Items));
        Preconditions.CheckOption(Segments >= 1 && Segments <= Users, nameof(Segments), $"{nameof(Segments)} = {Segments}: use 1 to {nameof(Users)} ({Users}).");
        Preconditions.CheckOption(RatingsPerUser >= 5 && RatingsPerUser <= Items, nameof(RatingsPerUser), $"{nameof(RatingsPerUser)} = {RatingsPerUser}: use 5 to {nameof(Items)} ({Items}).");
        Preconditions.CheckOption(PurchasesPerUser >= 2 && PurchasesPerUser <= Items, nameof(PurchasesPerUser), $"{nameof(PurchasesPerUser)} = {PurchasesPerUser}: use 2 to {nameof(Items)} ({Items}).");
        Preconditions.CheckFinite(PopularitySkew, nameof(PopularitySkew), min: 0);
        Preconditions.CheckFinite(Noise, nameof(Noise), min: 0);
        return this;
    }
}

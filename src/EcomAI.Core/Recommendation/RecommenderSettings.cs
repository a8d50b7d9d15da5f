using System.Globalization;

namespace EcomAI.Core.Recommendation;

/// <summary>The options of every model <see cref="Recommenders"/> fits, in one place (each defaults to its model's defaults).</summary>
public sealed record RecommenderSettings
{
    /// <summary>EASE options.</summary>
    public EaseOptions Ease { get; init; } = EaseOptions.Default;

    /// <summary>Implicit ALS options.</summary>
    public AlsOptions Als { get; init; } = AlsOptions.Default;

    /// <summary>kNN options (both orientations).</summary>
    public KnnOptions Knn { get; init; } = KnnOptions.Default;

    /// <summary>Funk SVD options.</summary>
    public SvdOptions Svd { get; init; } = SvdOptions.Default;

    /// <summary>
    /// Ratings data only: the lowest rating the top-N models treat as a signal (null, default: every rating is a signal, as
    /// Microsoft Recommenders' MovieLens benchmarks do). See <see cref="InteractionMatrix.AsImplicit"/>.
    /// </summary>
    public double? MinRating { get; init; }

    /// <summary>Every model with its defaults.</summary>
    public static RecommenderSettings Default { get; } = new();

    /// <summary>Checks every option, naming the offending one.</summary>
    public RecommenderSettings Validate()
    {
        ArgumentNullException.ThrowIfNull(Ease, nameof(Ease));
        ArgumentNullException.ThrowIfNull(Als, nameof(Als));
        ArgumentNullException.ThrowIfNull(Knn, nameof(Knn));
        ArgumentNullException.ThrowIfNull(Svd, nameof(Svd));
        Ease.Validate();
        Als.Validate();
        Knn.Validate();
        Svd.Validate();
        if (MinRating is { } m)
        {
            Preconditions.CheckOption(double.IsFinite(m), "MinRating",
                string.Create(CultureInfo.InvariantCulture, $"MinRating = {m}: use a finite rating, or null for every rating."));
        }

        return this;
    }
}

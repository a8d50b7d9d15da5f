using EcomAI.Core.Data;

namespace EcomAI.Core.Recommendation;

/// <summary>How interaction rows are read and combined; validated once by <see cref="Validate"/>.</summary>
public sealed record InteractionOptions
{
    /// <summary>Explicit ratings (default) or implicit feedback.</summary>
    public FeedbackKind Kind { get; init; } = FeedbackKind.Explicit;

    /// <summary>How repeated (user, item) rows are combined. Default <see cref="DuplicatePolicy.Last"/>.</summary>
    public DuplicatePolicy Duplicates { get; init; } = DuplicatePolicy.Last;

    /// <summary>
    /// The rating scale for explicit data. Null (default): the observed minimum and maximum. When set, a rating outside it
    /// is an error naming the row.
    /// </summary>
    public RatingScale? Scale { get; init; }

    /// <summary>User column name; null tries user, user_id, userid, customer, customer_id, customerid.</summary>
    public string? UserColumn { get; init; }

    /// <summary>Item column name; null tries item, item_id, itemid, product, product_id, productid, sku, movie_id.</summary>
    public string? ItemColumn { get; init; }

    /// <summary>
    /// Value column name; null tries rating, value, score (explicit) or quantity, count, value, rating (implicit).
    /// Implicit data without a value column counts each row as 1.
    /// </summary>
    public string? ValueColumn { get; init; }

    /// <summary>Defaults: explicit ratings, last duplicate wins, scale from data.</summary>
    public static InteractionOptions Default { get; } = new();

    /// <summary>Checks the options, naming the offending property.</summary>
    /// <exception cref="InputDataException">With <see cref="ErrorIds.InvalidOption"/>.</exception>
    public InteractionOptions Validate()
    {
        Preconditions.CheckDefined(Kind, nameof(Kind));
        Preconditions.CheckDefined(Duplicates, nameof(Duplicates));
        Preconditions.CheckOption(Scale is not { } s || (double.IsFinite(s.Min) && double.IsFinite(s.Max) && s.Min < s.Max), nameof(Scale),
            $"{nameof(Scale)} = {Scale} is not a valid rating scale: it needs finite Min < Max, e.g. new RatingScale(1, 5).");

        return this;
    }
}

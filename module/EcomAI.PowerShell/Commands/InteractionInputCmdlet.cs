using System.Management.Automation;
using EcomAI.Core.Recommendation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>Base of the cmdlets that read user-item interactions (user, item, optional rating) and fit a recommender.</summary>
public abstract class InteractionInputCmdlet : RowInputCmdlet<Interaction>
{
    private const int User = 0, Item = 1, Rating = 2;
    private bool _hasRating;

    /// <summary>Property (or CSV column) with the user id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UserProperty { get; set; }

    /// <summary>Property with the item id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ItemProperty { get; set; }

    /// <summary>Property with the rating (explicit feedback) or quantity (implicit); absent: every row counts 1.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RatingProperty { get; set; }

    /// <summary>Explicit ratings or implicit feedback (purchases, clicks); default: Explicit when a rating property exists.</summary>
    [Parameter]
    public FeedbackKind? Feedback { get; set; }

    /// <summary>Number of neighbours (k) in the kNN formula.</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int Neighbors { get; set; } = KnnOptions.Default.Neighbors;

    /// <summary>Similarity between users or items.</summary>
    [Parameter]
    public SimilarityKind Similarity { get; set; } = KnnOptions.Default.Similarity;

    private protected override string RowNoun => "interactions";

    private protected override IReadOnlyList<InputColumn> InputColumns() =>
    [
        new("UserId", UserProperty, ["user_id", "user", "customer_id", "customerid", "customer"]),
        new("ItemId", ItemProperty, ["item_id", "item", "product_id", "productid", "product", "sku"]),
        new("Rating", RatingProperty, ["rating", "score", "stars", "value", "quantity", "qty"],
            Required: Feedback == FeedbackKind.Explicit || RatingProperty is not null),
    ];

    private protected override void OnColumnsResolved(IReadOnlyList<int> map) => _hasRating = map[Rating] >= 0;

    private protected override Interaction ReadRow(in InputRow row) =>
        new(row.Id(User), row.Id(Item), _hasRating ? row.Number(Rating) : 1.0);

    /// <summary>The sparse user-item matrix of the parsed rows.</summary>
    private protected InteractionMatrix BuildMatrix(IReadOnlyList<Interaction> rows)
    {
        var kind = Feedback ?? (_hasRating ? FeedbackKind.Explicit : FeedbackKind.Implicit);
        return Timed($"Built the {kind.ToString().ToLowerInvariant()} interaction matrix",
            () => InteractionMatrix.FromInteractions(rows, new InteractionOptions { Kind = kind }));
    }

    /// <summary>kNN options from the parameters.</summary>
    private protected KnnOptions KnnOptions => KnnOptions.Default with { Neighbors = Neighbors, Similarity = Similarity };

    /// <summary>Fits the chosen recommender.</summary>
    private protected Recommender Fit(InteractionMatrix matrix, RecommenderMethod method) => method switch
    {
        RecommenderMethod.UserBased => UserKnn.Fit(matrix, KnnOptions),
        RecommenderMethod.ItemBased => ItemKnn.Fit(matrix, KnnOptions),
        _ => PopularityRecommender.Fit(matrix),
    };
}

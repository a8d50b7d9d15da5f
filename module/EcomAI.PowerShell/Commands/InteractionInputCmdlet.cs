using System.Management.Automation;
using EcomAI.Core.Recommendation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>Base of the cmdlets that read user-item interactions (user, item, optional rating) and fit a recommender.</summary>
public abstract class InteractionInputCmdlet : RowInputCmdlet<Interaction>
{
    private const int User = 0, Item = 1, Rating = 2, Quantity = 3, Time = 4, Text = 5;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _descriptions = new(StringComparer.Ordinal);
    private bool _hasRating;
    private bool _hasQuantity;

    /// <summary>Property (or CSV column) with the user id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? UserProperty { get; set; }

    /// <summary>Property with the item id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ItemProperty { get; set; }

    /// <summary>Property with the rating (explicit feedback); its presence makes the data ratings unless -Feedback says otherwise.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RatingProperty { get; set; }

    /// <summary>Property with the purchased quantity (implicit feedback); absent, and no rating: every row counts 1.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? QuantityProperty { get; set; }

    /// <summary>Optional property with the interaction's date and time (enables the leave-last-out split).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? TimestampProperty { get; set; }

    /// <summary>Optional property with the item's description (named in the explanations).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DescriptionProperty { get; set; }

    /// <summary>
    /// Explicit ratings or implicit feedback (purchases, clicks); default: Explicit when a rating property exists. Implicit on a
    /// ratings file counts every rating as one interaction.
    /// </summary>
    [Parameter]
    public FeedbackKind? Feedback { get; set; }

    /// <summary>Number of neighbours (k) of the kNN methods; default: the core's (40 for ratings, 20 for purchases).</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int? Neighbors { get; set; }

    /// <summary>Similarity of the kNN methods; default: the core's (MSD for ratings, TF-IDF for purchases).</summary>
    [Parameter]
    public SimilarityKind? Similarity { get; set; }

    private protected override string RowNoun => "interactions";

    private protected override IReadOnlyList<InputColumn> InputColumns() =>
    [
        new("UserId", UserProperty, ["user_id", "user", "customer_id", "customerid", "customer"]),
        new("ItemId", ItemProperty, ["item_id", "item", "product_id", "productid", "product", "sku"]),
        new("Rating", RatingProperty, ["rating", "score", "stars"], Required: Feedback == FeedbackKind.Explicit || RatingProperty is not null),
        new("Quantity", QuantityProperty, ["quantity", "qty", "count", "value", "purchases"], Required: QuantityProperty is not null),
        new("Timestamp", TimestampProperty, ["timestamp", "date", "datetime", "time", "invoice_date", "invoicedate", "order_date"],
            Required: TimestampProperty is not null),
        new("Description", DescriptionProperty, ["description", "product_name", "item_name", "name", "title"], Required: DescriptionProperty is not null),
    ];

    private protected override void OnColumnsResolved(IReadOnlyList<int> map)
    {
        _hasRating = map[Rating] >= 0;
        _hasQuantity = map[Quantity] >= 0;
    }

    private protected override Interaction ReadRow(in InputRow row)
    {
        string item = row.Id(Item);
        if (row.Has(Text) && row.OptionalText(Text) is { Length: > 0 } text)
        {
            // Rows are parsed in parallel: keep the ordinally smallest description, so the choice does not depend on order.
            _descriptions.AddOrUpdate(item, text, (_, old) => string.CompareOrdinal(text, old) < 0 ? text : old);
        }

        double value = 1.0;
        if (_hasRating && Feedback != FeedbackKind.Implicit)
        {
            value = row.Number(Rating);
        }
        else if (_hasQuantity)
        {
            value = row.Number(Quantity);
            if (!(value > 0))
            {
                throw row.Error(Quantity, Core.Data.ErrorIds.OutOfRange,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the quantity {value} is not positive (a return or cancellation?)"),
                    "A purchase needs a quantity > 0: drop returns and cancellations, or prepare the file with the order-lines import.");
            }
        }

        return new(row.Id(User), item, value, row.Has(Time) ? row.Date(Time) : null);
    }

    /// <summary>The sparse user-item matrix of the parsed rows (implicit rows of one pair are summed), with descriptions.</summary>
    private protected InteractionMatrix BuildMatrix(IReadOnlyList<Interaction> rows)
    {
        var kind = Feedback ?? (_hasRating ? FeedbackKind.Explicit : FeedbackKind.Implicit);
        var options = new InteractionOptions { Kind = kind, Duplicates = kind == FeedbackKind.Implicit ? DuplicatePolicy.Sum : DuplicatePolicy.Last };
        var matrix = Timed($"Built the {kind.ToString().ToLowerInvariant()} interaction matrix", () => InteractionMatrix.FromInteractions(rows, options));
        return _descriptions.IsEmpty ? matrix : matrix.WithItemDescriptions(_descriptions);
    }
}

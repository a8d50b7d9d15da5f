namespace EcomAI.Core.Recommendation;

/// <summary>
/// The non-personalised baseline: recommends the items with the most interactions (ties by id) and predicts the global mean
/// rating (explicit) or the item's interaction count (implicit). Used as the cold-start fallback and as the bar every model
/// must beat.
/// </summary>
public sealed class PopularityRecommender : Recommender
{
    private PopularityRecommender(InteractionMatrix data)
        : base(data)
    {
    }

    /// <inheritdoc />
    public override string Name => "Popularity";

    /// <inheritdoc />
    public override bool IsItemBased => true;

    /// <inheritdoc />
    public override bool PredictsRatings => Data.Kind == FeedbackKind.Explicit;

    /// <summary>Fits the baseline (counts interactions per item).</summary>
    public static PopularityRecommender Fit(InteractionMatrix data) => new(data);

    internal override Workspace CreateWorkspace() => new(Data.ItemCount, 1);

    internal override PredictionCore PredictCore(int u, int i, Workspace w)
    {
        if (Data.Kind == FeedbackKind.Implicit)
        {
            return i < 0 ? new PredictionCore(0, 0, PredictionFallback.UnknownItem, false) : new PredictionCore(Data.ItemInteractionCount(i), 0, PredictionFallback.None, false);
        }

        return new PredictionCore(Data.GlobalMean, 0, PredictionFallback.None, false);
    }

    // Everything comes from the popularity fill of the base class.
    internal override int ScoreTopN(int u, int n, Selection selection, Workspace w) => 0;

    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w) => [.. items.Select(_ => (IReadOnlyList<Contributor>)[])];

    private protected override void SimilarItemsCore(int i, TopKHeap heap) => CooccurrenceCosine(i, heap);
}

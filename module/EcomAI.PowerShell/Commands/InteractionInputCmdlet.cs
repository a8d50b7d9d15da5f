using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// Base of the recommendation cmdlets: the order lines become the customer × product matrix (the core's
/// <see cref="OrderLineData.ToInteractions"/>): explicit ratings when there is a rating column, implicit purchases otherwise.
/// </summary>
public abstract class InteractionInputCmdlet : OrderLineInputCmdlet
{
    /// <summary>Explicit ratings or implicit feedback (purchases, clicks); default: explicit when there is a rating column.</summary>
    [Parameter]
    public FeedbackKind? Feedback { get; set; }

    /// <summary>What implicit feedback counts: the number of orders with the product (default) or the summed quantity.</summary>
    [Parameter]
    public InteractionValue InteractionValue { get; set; } = InteractionValue.Orders;

    /// <summary>Number of neighbours (k) in the kNN formula.</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int Neighbors { get; set; } = KnnOptions.Default.Neighbors;

    /// <summary>Similarity between users or items.</summary>
    [Parameter]
    public SimilarityKind Similarity { get; set; } = KnnOptions.Default.Similarity;

    private protected override string RowNoun => "interactions";

    /// <summary>kNN options from the parameters.</summary>
    private protected KnnOptions KnnOptions => KnnOptions.Default with { Neighbors = Neighbors, Similarity = Similarity };

    private protected sealed override void Analyze(OrderLineData data)
    {
        var matrix = Timed("Built the interaction matrix", () => data.ToInteractions(InteractionValue, Feedback));
        Analyze(matrix);
    }

    /// <summary>Runs the job on the matrix.</summary>
    private protected abstract void Analyze(InteractionMatrix matrix);

    /// <summary>Whether the analysis is expected to take long enough to announce with Write-Progress.</summary>
    private protected static bool IsLarge(InteractionMatrix matrix) => matrix.Count >= 50_000;

    /// <summary>Fits the chosen recommender.</summary>
    private protected Recommender Fit(InteractionMatrix matrix, RecommenderMethod method) => method switch
    {
        RecommenderMethod.UserBased => UserKnn.Fit(matrix, KnnOptions),
        RecommenderMethod.ItemBased => ItemKnn.Fit(matrix, KnnOptions),
        _ => PopularityRecommender.Fit(matrix),
    };
}

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

    /// <summary>Number of neighbours of the kNN methods; default: the core's (20 for lists, 40 for predicting ratings).</summary>
    [Parameter]
    public int? Neighbors { get; set; }

    /// <summary>Similarity of the kNN methods; default: the core's (TF-IDF for lists, MSD for predicting ratings).</summary>
    [Parameter]
    public SimilarityKind? Similarity { get; set; }

    private protected override string RowNoun => "interactions";

    private protected sealed override void Analyze(OrderLineData data)
    {
        var matrix = Timed("Built the interaction matrix", () => data.ToInteractions(InteractionValue, Feedback));
        Analyze(matrix);
    }

    /// <summary>Runs the job on the matrix.</summary>
    private protected abstract void Analyze(InteractionMatrix matrix);

    /// <summary>Whether the analysis is expected to take long enough to announce with Write-Progress.</summary>
    private protected static bool IsLarge(InteractionMatrix matrix) => matrix.Count >= 50_000;
}

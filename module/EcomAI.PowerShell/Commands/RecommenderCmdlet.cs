using System.Management.Automation;
using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>Base of <c>Get-Recommendation</c> and <c>Measure-Recommender</c>: the model settings shared by both, read into the core's options.</summary>
public abstract class RecommenderCmdlet : InteractionInputCmdlet
{
    /// <summary>Ratings only: the lowest rating the ranking models treat as a signal (default: every rating).</summary>
    [Parameter]
    public double? MinRating { get; set; }

    /// <summary>The core's settings from the parameters (null parameters keep the core's defaults).</summary>
    private protected RecommenderSettings Settings => RecommenderSettings.Default with
    {
        Knn = KnnOptions.Default with { Neighbors = Neighbors, Similarity = Similarity },
        MinRating = MinRating,
    };
}

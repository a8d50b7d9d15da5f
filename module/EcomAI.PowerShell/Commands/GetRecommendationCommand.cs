using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-Recommendation</c>: top-N items per user from user- or item-based collaborative filtering, in
/// descending score order, excluding what the user already has, each with the reason.
/// </summary>
[Cmdlet(VerbsCommon.Get, "Recommendation", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(ItemRecommendation))]
public sealed class GetRecommendationCommand : InteractionInputCmdlet
{
    /// <summary>Users to recommend to; omitted: every user in the data.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? UserId { get; set; }

    /// <summary>Items per user.</summary>
    [Parameter]
    [ValidateRange(1, 10_000)]
    public int Top { get; set; } = 10;

    /// <summary>The recommender.</summary>
    [Parameter]
    public RecommenderMethod Method { get; set; } = RecommenderMethod.ItemBased;

    /// <summary>Also recommend items the user already has.</summary>
    [Parameter]
    public SwitchParameter IncludeSeen { get; set; }

    private protected override void Analyze(InteractionMatrix matrix)
    {
        Progress("Recommending", $"Fitting {Method}", force: IsLarge(matrix));
        Recommender model = Timed(string.Create(CultureInfo.InvariantCulture,
            $"Fitted {Method} on {matrix.UserCount:N0} users × {matrix.ItemCount:N0} items"), () => Fit(matrix, Method));
        // Ids compare as the data's do: "17850.0" names customer 17850.
        var users = UserId?.Select(OrderLineSchema.NormalizeId).ToArray() ?? [.. matrix.UserIds];
        var batch = Timed(string.Create(CultureInfo.InvariantCulture, $"Recommended {Top} items to {users.Length:N0} users"),
            () => model.RecommendMany(users, Top, IncludeSeen));
        foreach (var list in batch.Lists)
        {
            if (list.IsFallback)
            {
                WriteWarning($"User '{list.UserId}': {list.FallbackReason} (popularity fallback).");
            }

            foreach (var item in list.Items)
            {
                WriteObject(new ItemRecommendation(list, item, model.Name, batch));
            }
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Recommendation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-Recommendation</c>: each user's top-N items from a top-N model (EASE or implicit ALS by default, chosen by the
/// core for the catalogue), best first, without what the user already has, each with the items that explain it.
/// </summary>
[Cmdlet(VerbsCommon.Get, "Recommendation", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(ItemRecommendation))]
public sealed class GetRecommendationCommand : RecommenderCmdlet
{
    /// <summary>Users to recommend to; omitted: every user in the data.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? UserId { get; set; }

    /// <summary>Items per user.</summary>
    [Parameter]
    public int Top { get; set; } = 10;

    /// <summary>The recommender; omitted: the core's default for the data (Recommenders.Default).</summary>
    [Parameter]
    public RecommenderMethod? Method { get; set; }

    /// <summary>Also recommend items the user already has.</summary>
    [Parameter]
    public SwitchParameter IncludeSeen { get; set; }

    /// <summary>Wildcard patterns of item ids or descriptions never to recommend (e.g. POST, *GIFT CARD*).</summary>
    [Parameter]
    public string[]? ExcludeItem { get; set; }

    /// <summary>Only these item ids may be recommended (an integral id written with a trailing .0 names the integer id).</summary>
    [Parameter]
    public string[]? Candidate { get; set; }

    private protected override void Analyze(InteractionMatrix matrix)
    {
        var kind = Method?.ToKind() ?? Recommenders.Default(matrix);
        Progress("Recommending", $"Fitting {kind.ToMethod()}", force: IsLarge(matrix));
        Recommender model = Timed(string.Create(CultureInfo.InvariantCulture,
            $"Fitted {kind.ToMethod()} on {matrix.UserCount:N0} users × {matrix.ItemCount:N0} items"), () => Recommenders.ForRanking(matrix, kind, Settings));
        // Ids compare as the data's do: "17850.0" names customer 17850, "22423.0" product 22423 (-ExcludeItem stays as written:
        // its patterns match descriptions too).
        var filter = new RecommendationFilter
        {
            IncludeSeen = IncludeSeen, ExcludeItems = ExcludeItem ?? [], Candidates = Candidate?.Select(id => id is null ? string.Empty : OrderLineSchema.NormalizeId(id)).ToArray(),
        };
        var users = UserId?.Select(OrderLineSchema.NormalizeId).ToArray() ?? [.. matrix.UserIds];
        var batch = Timed(string.Create(CultureInfo.InvariantCulture, $"Recommended up to {Top} items to {users.Length:N0} users"),
            () => model.RecommendMany(users, Top, filter));
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

        // An empty list is an answer, not a failure, but it must not pass in silence: said once, whatever the number of users.
        var empty = batch.Lists.Where(l => l.Items.Count == 0).Select(l => l.UserId).ToList();
        if (empty.Count > 0)
        {
            string who = empty.Count == 1 ? $"User '{empty[0]}' has" : string.Create(CultureInfo.InvariantCulture, $"{empty.Count:N0} users (first '{empty[0]}') have");
            WriteWarning($"{who} nothing left to recommend: every item that may be recommended is already theirs or filtered out " +
                         "(-IncludeSeen lists items they have, -ExcludeItem and -Candidate narrow the catalogue).");
        }
    }
}

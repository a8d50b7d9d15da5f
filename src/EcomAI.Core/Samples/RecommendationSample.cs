using EcomAI.Core.Recommendation;

namespace EcomAI.Core.Samples;

/// <summary>
/// Generated ratings and purchases together with the truth that produced them: each user's taste segment and latent
/// vector, each item's latent vector and bias. True affinity a(u,i) = b_i + p_u·q_i.
/// </summary>
public sealed class RecommendationSample
{
    private readonly double[][] _userFactors;
    private readonly double[][] _itemFactors;
    private readonly double[] _itemBias;
    private readonly Dictionary<string, int> _users;
    private readonly Dictionary<string, int> _items;

    internal RecommendationSample(IReadOnlyList<string> userIds, IReadOnlyList<string> itemIds, int[] segments, double[][] userFactors,
        double[][] itemFactors, double[] itemBias, IReadOnlyList<Interaction> ratings, IReadOnlyList<Interaction> purchases)
    {
        UserIds = userIds;
        ItemIds = itemIds;
        UserSegments = segments;
        _userFactors = userFactors;
        _itemFactors = itemFactors;
        _itemBias = itemBias;
        Ratings = ratings;
        Purchases = purchases;
        _users = userIds.Select((id, k) => (id, k)).ToDictionary(x => x.id, x => x.k, StringComparer.Ordinal);
        _items = itemIds.Select((id, k) => (id, k)).ToDictionary(x => x.id, x => x.k, StringComparer.Ordinal);
    }

    /// <summary>User ids ("U0001", ...).</summary>
    public IReadOnlyList<string> UserIds { get; }

    /// <summary>Item ids ("I0001", ...).</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>Each user's true taste segment (by user position).</summary>
    public IReadOnlyList<int> UserSegments { get; }

    /// <summary>Explicit 1–5 ratings.</summary>
    public IReadOnlyList<Interaction> Ratings { get; }

    /// <summary>Implicit purchases (value = quantity ≥ 1).</summary>
    public IReadOnlyList<Interaction> Purchases { get; }

    /// <summary>The true affinity b_i + p_u·q_i of a user for an item.</summary>
    public double TrueAffinity(string userId, string itemId)
    {
        var p = _userFactors[_users[userId]];
        int i = _items[itemId];
        double a = _itemBias[i];
        for (int f = 0; f < p.Length; f++)
        {
            a += p[f] * _itemFactors[i][f];
        }

        return a;
    }

    /// <summary>Ratings (kind "rating") and purchases (kind "purchase") with the true affinity: user, item, kind, value, true_affinity, segment.</summary>
    public Microsoft.Data.Analysis.DataFrame ToDataFrame()
    {
        var user = new Microsoft.Data.Analysis.StringDataFrameColumn("user");
        var item = new Microsoft.Data.Analysis.StringDataFrameColumn("item");
        var kind = new Microsoft.Data.Analysis.StringDataFrameColumn("kind");
        var value = new Microsoft.Data.Analysis.DoubleDataFrameColumn("value");
        var truth = new Microsoft.Data.Analysis.DoubleDataFrameColumn("true_affinity");
        var segment = new Microsoft.Data.Analysis.Int32DataFrameColumn("segment");
        foreach (var (list, name) in new[] { (Ratings, "rating"), (Purchases, "purchase") })
        {
            foreach (var x in list)
            {
                user.Append(x.UserId);
                item.Append(x.ItemId);
                kind.Append(name);
                value.Append(x.Value);
                truth.Append(TrueAffinity(x.UserId, x.ItemId));
                segment.Append(UserSegments[_users[x.UserId]]);
            }
        }

        return new Microsoft.Data.Analysis.DataFrame(user, item, kind, value, truth, segment);
    }

    /// <summary>The user's n truly best items by affinity (ties by id), skipping <paramref name="exclude"/>.</summary>
    public IReadOnlyList<string> TrueTopItems(string userId, int n, IEnumerable<string>? exclude = null)
    {
        var skip = new HashSet<string>(exclude ?? [], StringComparer.Ordinal);
        return ItemIds.Where(i => !skip.Contains(i))
            .OrderByDescending(i => TrueAffinity(userId, i)).ThenBy(i => i, StringComparer.Ordinal)
            .Take(n).ToList();
    }
}

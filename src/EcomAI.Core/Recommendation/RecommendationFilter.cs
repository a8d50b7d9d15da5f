using System.Text.RegularExpressions;

namespace EcomAI.Core.Recommendation;

/// <summary>
/// Business rules applied to every top-N list: leave out what the customer already has (default), leave out items whose id or
/// description matches a pattern, or recommend only from a candidate list. The filters apply before the list is cut to N,
/// so a filtered list is still N long when enough items remain (popular items fill the rest, flagged).
/// </summary>
public sealed record RecommendationFilter
{
    /// <summary>Also rank items the user already has. Default false.</summary>
    public bool IncludeSeen { get; init; }

    /// <summary>
    /// Wildcard patterns (<c>*</c> any run of characters, <c>?</c> one character, case-insensitive, whole string) matched
    /// against each item's id and description; a match on either excludes the item. E.g. <c>POST</c>, <c>*GIFT CARD*</c>.
    /// </summary>
    public IReadOnlyList<string> ExcludeItems { get; init; } = [];

    /// <summary>Only these item ids may be recommended (null: the whole catalogue). Unknown ids are ignored; a blank id is an invalid option.</summary>
    public IReadOnlyCollection<string>? Candidates { get; init; }

    /// <summary>No filter beyond leaving out seen items.</summary>
    public static RecommendationFilter Default { get; } = new();

    /// <summary>True when the filter restricts the catalogue (patterns or candidates).</summary>
    internal bool RestrictsItems => ExcludeItems.Count > 0 || Candidates is not null;

    /// <summary>Allowed flag per item of <paramref name="data"/>, or null when every item is allowed.</summary>
    internal bool[]? AllowedItems(InteractionMatrix data)
    {
        if (!RestrictsItems)
        {
            return null;
        }

        var allowed = new bool[data.ItemCount];
        if (Candidates is null)
        {
            allowed.AsSpan().Fill(true);
        }
        else
        {
            foreach (string id in Candidates)
            {
                int i = data.ItemIndexOf(id?.Trim() ?? "");
                if (i >= 0)
                {
                    allowed[i] = true;
                }
            }
        }

        if (ExcludeItems.Count > 0)
        {
            var patterns = ExcludeItems.Select(ToRegex).ToArray();
            for (int i = 0; i < allowed.Length; i++)
            {
                if (allowed[i] && patterns.Any(p => p.IsMatch(data.ItemIds[i]) || p.IsMatch(data.ItemDescription(i))))
                {
                    allowed[i] = false;
                }
            }
        }

        return allowed;
    }

    internal RecommendationFilter Validate()
    {
        ArgumentNullException.ThrowIfNull(ExcludeItems, nameof(ExcludeItems));
        foreach (string p in ExcludeItems)
        {
            Preconditions.CheckOption(!string.IsNullOrWhiteSpace(p), nameof(ExcludeItems),
                $"{nameof(ExcludeItems)} contains an empty pattern. Use e.g. 'POST' or '*GIFT*'.");
        }

        foreach (string id in Candidates ?? [])
        {
            Preconditions.CheckOption(!string.IsNullOrWhiteSpace(id), nameof(Candidates),
                $"{nameof(Candidates)} contains an empty item id. Give the ids of the items that may be recommended.");
        }

        return this;
    }

    private static Regex ToRegex(string pattern) =>
        new("^" + Regex.Escape(pattern.Trim()).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
}

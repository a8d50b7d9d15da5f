namespace EcomAI.Core.Recommendation;

public abstract partial class Recommender
{
    /// <summary>
    /// The largest positive contributions, largest first (ties by index), each with its share of the positive part of the
    /// score; owned items are named by their descriptions, users by their ids.
    /// </summary>
    private protected IReadOnlyList<Contributor> Contributors(List<Contribution> all, bool ofItems)
    {
        double total = 0;
        foreach (var c in all)
        {
            total += c.Weight > 0 ? c.Weight : 0;
        }

        // Partial selection of the few largest (no full sort: this runs for every recommended item).
        int m = ExplanationSize;
        Span<int> best = m <= 16 ? stackalloc int[m] : new int[m];
        int kept = 0;
        for (int k = 0; k < all.Count; k++)
        {
            if (!(all[k].Weight > 0))
            {
                continue;
            }

            int pos = kept;
            while (pos > 0 && Before(all[k], all[best[pos - 1]]))
            {
                pos--;
            }

            if (pos >= m)
            {
                continue;
            }

            int last = Math.Min(kept, m - 1);
            for (int j = last; j > pos; j--)
            {
                best[j] = best[j - 1];
            }

            best[pos] = k;
            kept = Math.Min(kept + 1, m);
        }

        var result = new Contributor[kept];
        for (int k = 0; k < kept; k++)
        {
            var c = all[best[k]];
            string id = ofItems ? Data.ItemIds[c.Index] : Data.UserIds[c.Index];
            result[k] = new Contributor(id, ofItems ? Data.ItemDescription(c.Index) : id, c.Similarity, c.Weight / total, c.Value);
        }

        return result;
    }

    private static bool Before(Contribution x, Contribution y) => x.Weight > y.Weight || (x.Weight == y.Weight && x.Index < y.Index);
}

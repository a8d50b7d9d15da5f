namespace EcomAI.Core.Recommendation;

public abstract partial class KnnRecommender
{
    internal override IReadOnlyList<Contributor>[] Explain(int u, int[] items, Workspace w)
    {
        var lists = w.ContributionLists(items.Length);
        if (!IsImplicit)
        {
            for (int t = 0; t < items.Length; t++)
            {
                Estimate(u, items[t], w, ordered: true, out int used);
                var candidates = _userBased ? Data.UsersOfItem(items[t]) : Data.ItemsOfUser(u);
                var values = _userBased ? Data.ValuesOfItem(items[t]) : Data.ValuesOfUser(u);
                for (int k = 0; k < used; k++)
                {
                    int p = w.NeighborPositions[k];
                    lists[t].Add(new Contribution(candidates[p], w.NeighborSims[k], w.NeighborSims[k], values[p]));
                }
            }
        }
        else if (_userBased)
        {
            var ids = Table.NeighborIds(u);
            var sims = Table.NeighborSims(u);
            for (int t = 0; t < items.Length; t++)
            {
                for (int k = 0; k < ids.Length; k++)
                {
                    if (Data.Value(ids[k], items[t]) is { } x)
                    {
                        lists[t].Add(new Contribution(ids[k], sims[k], sims[k] * x, x));
                    }
                }
            }
        }
        else
        {
            var owned = Data.ItemsOfUser(u);
            var values = Data.ValuesOfUser(u);
            // One pass over the owned items' neighbour lists; w.Marks maps a recommended item to its slot under the stamp.
            int stamp = ++w.Stamp;
            for (int t = 0; t < items.Length; t++)
            {
                w.Marks[items[t]] = stamp;
                w.Touched[items[t]] = t;
            }

            for (int p = 0; p < owned.Length; p++)
            {
                var ids = Table.NeighborIds(owned[p]);
                var sims = Table.NeighborSims(owned[p]);
                for (int k = 0; k < ids.Length; k++)
                {
                    if (w.Marks[ids[k]] == stamp)
                    {
                        lists[w.Touched[ids[k]]].Add(new Contribution(owned[p], sims[k], sims[k] * values[p], values[p]));
                    }
                }
            }
        }

        var result = new IReadOnlyList<Contributor>[items.Length];
        for (int t = 0; t < items.Length; t++)
        {
            result[t] = Contributors(lists[t], ofItems: !_userBased);
        }

        return result;
    }
}

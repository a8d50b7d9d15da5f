namespace EcomAI.Core.Recommendation;

public abstract partial class Recommender
{
    /// <summary>
    /// "Customers who bought i also bought": cosine of the binary interaction columns, c(i,j) / √(n_i·n_j) with c the
    /// number of users who have both. Used by models that hold no item–item similarities of their own.
    /// </summary>
    private protected void CooccurrenceCosine(int i, TopKHeap heap)
    {
        var counts = new int[Data.ItemCount];
        foreach (int u in Data.UsersOfItem(i))
        {
            foreach (int j in Data.ItemsOfUser(u))
            {
                counts[j]++;
            }
        }

        double ni = Data.ItemInteractionCount(i);
        for (int j = 0; j < counts.Length; j++)
        {
            if (j != i && counts[j] > 0)
            {
                heap.Push(counts[j] / Math.Sqrt(ni * Data.ItemInteractionCount(j)), j);
            }
        }
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>The items most similar to an item (or users most similar to a user), most similar first, ties by id.</summary>
/// <param name="Id">The query item (or user).</param>
/// <param name="Neighbors">The neighbours (positive similarity only).</param>
public sealed record NeighborList(string Id, IReadOnlyList<Neighbor> Neighbors)
{
    /// <summary>Columns: query, rank, neighbor, description, similarity.</summary>
    public DataFrame ToDataFrame()
    {
        var query = new StringDataFrameColumn("query");
        var rank = new Int32DataFrameColumn("rank");
        var id = new StringDataFrameColumn("neighbor");
        var description = new StringDataFrameColumn("description");
        var sim = new DoubleDataFrameColumn("similarity");
        foreach (var n in Neighbors)
        {
            query.Append(Id);
            rank.Append(n.Rank);
            id.Append(n.Id);
            description.Append(n.Description);
            sim.Append(n.Similarity);
        }

        return new DataFrame(query, rank, id, description, sim);
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>Predictions for many (user, item) pairs, in the order asked.</summary>
/// <param name="Predictions">One prediction per pair.</param>
public sealed record PredictionList(IReadOnlyList<Prediction> Predictions)
{
    /// <summary>Columns: user, item, estimate, neighbors_used, fallback, clipped.</summary>
    public DataFrame ToDataFrame()
    {
        var user = new StringDataFrameColumn("user");
        var item = new StringDataFrameColumn("item");
        var estimate = new DoubleDataFrameColumn("estimate");
        var used = new Int32DataFrameColumn("neighbors_used");
        var fallback = new StringDataFrameColumn("fallback");
        var clipped = new BooleanDataFrameColumn("clipped");
        foreach (var p in Predictions)
        {
            user.Append(p.UserId);
            item.Append(p.ItemId);
            estimate.Append(p.Estimate);
            used.Append(p.NeighborsUsed);
            fallback.Append(p.Fallback.ToString());
            clipped.Append(p.WasClipped);
        }

        return new DataFrame(user, item, estimate, used, fallback, clipped);
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

public sealed partial class InteractionMatrix
{
    /// <summary>One row per interaction: user, item, value.</summary>
    public DataFrame ToDataFrame()
    {
        var users = new StringDataFrameColumn("user");
        var items = new StringDataFrameColumn("item");
        var values = new DoubleDataFrameColumn("value");
        foreach (var x in ToInteractions())
        {
            users.Append(x.UserId);
            items.Append(x.ItemId);
            values.Append(x.Value);
        }

        return new DataFrame(users, items, values);
    }
}

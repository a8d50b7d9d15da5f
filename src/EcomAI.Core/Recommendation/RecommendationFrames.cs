using Microsoft.Data.Analysis;

namespace EcomAI.Core.Recommendation;

/// <summary>Shared DataFrame layout of recommendation lists.</summary>
internal static class RecommendationFrames
{
    public static DataFrame Build(IEnumerable<RecommendationList> lists)
    {
        var user = new StringDataFrameColumn("user");
        var rank = new Int32DataFrameColumn("rank");
        var item = new StringDataFrameColumn("item");
        var description = new StringDataFrameColumn("description");
        var score = new DoubleDataFrameColumn("score");
        var source = new StringDataFrameColumn("source");
        var why = new StringDataFrameColumn("explanation");
        foreach (var list in lists)
        {
            foreach (var r in list.Items)
            {
                user.Append(list.UserId);
                rank.Append(r.Rank);
                item.Append(r.ItemId);
                description.Append(r.Description);
                score.Append(r.Score);
                source.Append(r.Source.ToString());
                why.Append(r.Explanation);
            }
        }

        return new DataFrame(user, rank, item, description, score, source, why);
    }
}

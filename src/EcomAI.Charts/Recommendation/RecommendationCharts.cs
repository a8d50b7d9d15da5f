using EcomAI.Charts.Styling;
using EcomAI.Core.Recommendation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Recommendation;

/// <summary>
/// Charts of recommendation results: a user's top-N with scores and reasons, an item–item similarity heatmap,
/// and evaluation metrics against method or against K. Pure functions of the results (no I/O).
/// </summary>
public static partial class RecommendationCharts
{
    /// <summary>
    /// A user's top-N as horizontal bars (rank 1 at the top), personal recommendations and popularity fallbacks
    /// in separate series; hover text gives the rank, score and the "because" items with their shares.
    /// </summary>
    /// <param name="list">The top-N list.</param>
    /// <param name="scoreTitle">Score axis title; the default covers rating models (predicted rating) and ranking models (score).</param>
    /// <returns>Traces "Personal (model)" and/or "Popularity fallback" with <c>x</c> = score, <c>y</c> = item.</returns>
    public static GenericChart TopN(RecommendationList list, string scoreTitle = "Score (predicted rating, or the model's ranking score)")
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentException.ThrowIfNullOrWhiteSpace(scoreTitle);
        if (list.Items.Count == 0)
        {
            throw new ArgumentException($"The list for user {list.UserId} is empty: there is nothing to chart.", nameof(list));
        }

        var items = list.Items.OrderBy(i => i.Rank).ToList();
        var traces = new List<GenericChart>();
        foreach (var group in items.GroupBy(i => i.Source).OrderBy(g => g.Key))
        {
            var rows = group.ToList();
            string name = group.Key == RecommendationSource.Popularity ? "Popularity fallback" : "Personal (model)";
            var bars = CSharpChart.Bar<double, string, string>(rows.Select(i => i.Score), Keys: rows.Select(i => i.ItemId).ToArray(), Name: name);
            ChartStyle.BarHoverText(ChartStyle.Only(bars), rows.Select(i =>
                $"#{i.Rank}: {System.Net.WebUtility.HtmlEncode(i.Description)} ({i.ItemId})<br>Score: {Fmt.N(i.Score, 3)}<br>{Because(i)}"));
            traces.Add(bars);
        }

        string title = $"Top {items.Count} recommendations for user {list.UserId}"
            + (list.IsFallback ? $" (popularity fallback: {list.FallbackReason})" : string.Empty);
        var yAxis = new Dictionary<string, object>
        {
            ["type"] = "category",
            ["categoryorder"] = "array",
            ["categoryarray"] = items.Select(i => i.ItemId).ToArray(),
            ["autorange"] = "reversed",
        };
        int height = Math.Clamp(160 + (32 * items.Count), 320, 2000);
        return ChartStyle.Finish(CSharpChart.Combine(traces), title, scoreTitle, "Recommended item (rank 1 at the top)", yAxis: yAxis, height: height);
    }

    /// <summary>The reasons as hover lines, one contributor per line.</summary>
    internal static string Because(RecommendedItem item)
    {
        if (item.Source == RecommendationSource.Popularity || item.Because.Count == 0)
        {
            return "Popular with all customers (no personal history to use)";
        }

        string verb = item.Feedback == FeedbackKind.Explicit ? "rated" : "bought";
        string head = item.IsItemBased ? $"Because you {verb}:" : $"Because similar customers {verb} it:";
        return head + string.Concat(item.Because.Select(c =>
            $"<br>• {System.Net.WebUtility.HtmlEncode(c.Description)}: {Fmt.Pct(c.Share)} of the score, weight {Fmt.N(c.Similarity, 3)}"));
    }
}

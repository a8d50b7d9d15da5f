using EcomAI.Charts.Styling;
using EcomAI.Core.Recommendation;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Recommendation;

public static partial class RecommendationCharts
{
    /// <summary>Similarity heatmap of chosen items under a fitted item-based model.</summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="itemIds">Items to show (2 or more, distinct, all known to the model), in display order.</param>
    /// <returns>See <see cref="SimilarityHeatmap(IReadOnlyList{string}, Func{string, string, double}, string, string)"/>.</returns>
    /// <exception cref="ArgumentException">An item is unknown to the model (its similarity would read as a silent 0).</exception>
    public static GenericChart SimilarityHeatmap(ItemKnn model, IReadOnlyList<string> itemIds)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(itemIds);
        string? unknown = itemIds.FirstOrDefault(id => model.Data.ItemIndexOf(id) < 0);
        if (unknown is not null)
        {
            throw new ArgumentException($"Item '{unknown}' is not in the model's training data: choose items that were rated or bought.", nameof(itemIds));
        }

        string note = model.Data.Kind == FeedbackKind.Implicit
            ? $"; purchase data keeps each item's {model.Neighbors} nearest, others show 0"
            : string.Empty;
        return SimilarityHeatmap(itemIds, model.Similarity, $"Item–item similarity ({model.SimilarityMeasure}{note})");
    }

    /// <summary>
    /// A square heatmap of pairwise similarities, <c>z[i][j]</c> = similarity(ids[i], ids[j]), the diagonal 1 by
    /// definition; the first id is at the top. The colour scale spans [−1, 1] when any value is negative, else [0, 1].
    /// </summary>
    /// <param name="ids">Items (or users) to show, 2 or more and distinct.</param>
    /// <param name="similarity">Similarity of two ids.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="axisTitle">Title of both axes ("Item" or "User").</param>
    /// <returns>One heatmap trace with <c>x</c> = <c>y</c> = ids.</returns>
    public static GenericChart SimilarityHeatmap(IReadOnlyList<string> ids, Func<string, string, double> similarity, string title, string axisTitle = "Item")
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (ids.Count < 2)
        {
            throw new ArgumentException($"A similarity heatmap needs at least 2 ids; got {ids.Count}.", nameof(ids));
        }

        string? duplicate = ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"'{duplicate}' is listed twice: pass each id once.", nameof(ids));
        }

        int n = ids.Count;
        var z = new double[n][];
        var text = new string[n][];
        for (int i = 0; i < n; i++)
        {
            z[i] = new double[n];
            text[i] = new string[n];
            for (int j = 0; j < n; j++)
            {
                double s = i == j ? 1.0 : similarity(ids[i], ids[j]);
                if (!double.IsFinite(s))
                {
                    throw new ArgumentException($"Similarity of '{ids[i]}' and '{ids[j]}' is {s}: similarities must be finite.", nameof(similarity));
                }

                z[i][j] = s;
                text[i][j] = $"{ids[i]} ↔ {ids[j]}<br>Similarity: {Fmt.N(s, 3)}" + (i == j ? " (same item)" : string.Empty);
            }
        }

        bool signed = z.Any(row => row.Any(v => v < 0));
        var heatmap = CSharpChart.Heatmap<double, string, string, string>(z, X: ids.ToArray(), Y: ids.ToArray(), Name: "Similarity");
        Trace t = ChartStyle.Only(heatmap);
        t.SetProperty("text", text);
        t.SetProperty("hovertemplate", "%{text}<extra></extra>");
        t.SetProperty("zmin", signed ? -1.0 : 0.0);
        t.SetProperty("zmax", 1.0);
        t.SetProperty("colorscale", signed ? "RdBu" : "Viridis");
        t.SetProperty("colorbar", new Dictionary<string, object> { ["title"] = new Dictionary<string, object> { ["text"] = "Similarity" } });
        int size = Math.Clamp(220 + (36 * n), 420, 1400);
        return ChartStyle.Finish(
            heatmap, title, axisTitle, axisTitle,
            xAxis: new Dictionary<string, object> { ["type"] = "category" },
            yAxis: new Dictionary<string, object> { ["type"] = "category", ["autorange"] = "reversed" },
            width: size + 120, height: size);
    }
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using EcomAI.Charts.Recommendation;
using EcomAI.Charts.Segmentation;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Segmentation;

namespace EcomAI.Charts.Report;

public sealed partial class EcomReport
{
    /// <summary>
    /// Adds every public property of an options record to the header's "Options" table as
    /// <c>TypeName.Property = value</c> (nested option records are expanded one level).
    /// </summary>
    /// <param name="options">An options record, e.g. <c>SegmentationOptions</c>.</param>
    /// <returns>This report.</returns>
    public EcomReport WithOptions(object options)
    {
        ArgumentNullException.ThrowIfNull(options);
        AddOptions(options.GetType().Name, options, depth: 0);
        return this;
    }

    /// <summary>
    /// Adds a segmentation section: how the segments were made (K-means with the K search, or the RFM map) and what was
    /// left out, the customer map, the K search (when K was chosen automatically), the segment profiles (chart and table,
    /// with what sets each apart and a suggested action), the RFM map and the RFM grid.
    /// </summary>
    /// <param name="result">The segmentation.</param>
    /// <param name="maxPoints">At most this many customers on the map.</param>
    /// <returns>This report.</returns>
    public EcomReport AddSegmentation(SegmentationResult result, int maxPoints = SegmentationCharts.DefaultMaxPoints)
    {
        ArgumentNullException.ThrowIfNull(result);
        string method = result.Method == SegmentationMethod.RfmMap ? "RFM map" : string.Create(CultureInfo.InvariantCulture, $"K-means, K = {result.K}");
        AddHeading($"Customer segments ({method}, {Styling.Fmt.I(result.Customers.Count)} customers)");
        RfmTable rfm = result.Rfm;
        var negative = rfm.CustomersWithNegativeMonetary;
        string kept = negative.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture,
            $" {negative.Count} customer(s) with a negative net spend kept (signed log): {string.Join(", ", negative.Take(5))}{(negative.Count > 5 ? ", …" : string.Empty)}.");
        AddText(string.Create(CultureInfo.InvariantCulture,
            $"RFM as of {rfm.AsOf:yyyy-MM-dd}; monetary = {rfm.Monetary}; frequency counts {(rfm.FrequencyCountsOrders ? "distinct orders" : "purchase rows")}; features: signed log1p, then {result.Scaler.Method} scaling. {result.Choice}. {rfm.Exclusions.Summary}{kept}"));
        AddChart(SegmentationCharts.CustomerMap(result, maxPoints));
        if (result.Quality is { } quality)
        {
            AddChart(SegmentationCharts.QualityByK(quality));
            AddTable(quality.ToDataFrame(), "Quality by K (every K of the requested range: evaluated, or skipped with the reason)");
        }

        AddChart(SegmentationCharts.SegmentProfiles(result));
        AddTable(result.ProfilesToDataFrame(), "Segment profiles");
        AddChart(SegmentationCharts.RfmMap(result));
        AddText("RFM map cells: " + RfmSegmentMap.Rule + " Source: " + RfmSegmentMap.Source);
        AddChart(SegmentationCharts.RfmGrid(result.Rfm));
        return this;
    }

    /// <summary>
    /// Adds a movement section: the headline, the transition heatmap and Sankey diagram, the transition table and each
    /// customer's move.
    /// </summary>
    /// <param name="movement">The same customers segmented at two dates.</param>
    /// <returns>This report.</returns>
    public EcomReport AddMovement(SegmentMovement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        AddHeading(string.Create(CultureInfo.InvariantCulture, $"Segment movement {movement.FromDate:yyyy-MM-dd} → {movement.ToDate:yyyy-MM-dd}"));
        AddText(movement.Summary + " " + movement.From.Choice + "; the second date uses the same "
            + (movement.From.Method == SegmentationMethod.RfmMap ? "map, scored against the first date's customers." : "model and names."));
        AddChart(SegmentationCharts.TransitionHeatmap(movement));
        AddChart(SegmentationCharts.MovementSankey(movement));
        AddTable(movement.ToMatrixDataFrame(), "Transition table (customers; rows: segment at the first date)");
        AddTable(movement.ToDataFrame(), "Each customer's move");
        return this;
    }

    /// <summary>Adds a user's top-N (chart and table).</summary>
    /// <param name="list">The list.</param>
    /// <returns>This report.</returns>
    public EcomReport AddRecommendations(RecommendationList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        AddHeading($"Recommendations for user {list.UserId}");
        AddChart(RecommendationCharts.TopN(list));
        AddTable(list.ToDataFrame(), $"Top {list.Items.Count} for {list.UserId}");
        return this;
    }

    /// <summary>Adds evaluation results: metrics by method (chart) and every fold (table).</summary>
    /// <param name="results">Results of the methods compared.</param>
    /// <returns>This report.</returns>
    public EcomReport AddEvaluation(IEnumerable<EvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        AddHeading("Evaluation");
        AddChart(RecommendationCharts.MetricsByMethod(list));
        foreach (EvaluationResult r in list)
        {
            AddTable(r.ToDataFrame(), $"{r.Algorithm}: {r.Method}");
        }

        return this;
    }

    private void AddOptions(string prefix, object options, int depth)
    {
        foreach (PropertyInfo p in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                     .OrderBy(p => p.MetadataToken))
        {
            object? value = p.GetValue(options);
            string name = $"{prefix}.{p.Name}";
            Type type = value?.GetType() ?? typeof(object);
            bool nested = value is not null && depth == 0 && type.IsClass && type != typeof(string) && value is not IEnumerable
                          && type.Namespace?.StartsWith("EcomAI", StringComparison.Ordinal) == true;
            if (nested)
            {
                AddOptions(name, value!, depth + 1);
            }
            else if (value is IDictionary dictionary)
            {
                WithOption(name, $"{dictionary.Count} entries");
            }
            else
            {
                WithOption(name, value);
            }
        }
    }
}

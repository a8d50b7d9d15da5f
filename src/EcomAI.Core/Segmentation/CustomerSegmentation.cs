using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// RFM-based customer segmentation, by K-means on the scaled RFM values (segments named from the standard RFM map)
/// or by the standard RFM map itself; and movement between two dates with the same model or map.
/// </summary>
/// <remarks>
/// Features: recency days, frequency, monetary → signed log1p (sign(x) · ln(1 + |x|), so a negative net spend is
/// allowed; see <see cref="FeatureScaler"/>) → scaling (z-score by default: unscaled, monetary would dominate the
/// distances). K-means segments take the name of the map cell their centre falls in (<see cref="SegmentNaming"/>);
/// the RFM map method gives every customer the name of its own cell (<see cref="RfmSegmentMap"/>). Profiles average
/// the members' original values, never the scaled ones. K chosen automatically follows <see cref="SegmentCountRule"/>.
/// </remarks>
public static partial class CustomerSegmentation
{
    private static readonly string[] FeatureNames = ["recency_days", "frequency", "monetary"];

    /// <summary>Segments customers from transactions into <paramref name="k"/> K-means segments (null: K chosen in 3..8).</summary>
    public static SegmentationResult Fit(IEnumerable<Transaction> transactions, int? k = null, int seed = 0) =>
        Fit(Rfm.FromTransactions(transactions), SegmentationOptions.Default with { K = k, Seed = seed });

    /// <summary>Segments customers from validated transactions.</summary>
    public static SegmentationResult Fit(TransactionData transactions, SegmentationOptions? options = null, RfmOptions? rfmOptions = null) =>
        Fit(Rfm.FromTransactions(transactions, rfmOptions), options);

    /// <summary>Segments the customers of an RFM table.</summary>
    /// <exception cref="InputDataException">
    /// Bad options (<see cref="ErrorIds.InvalidOption"/>); a fixed K above the number of distinct RFM points, or no K of
    /// the search range possible (<see cref="ErrorIds.InsufficientData"/>); a customer with a non-finite value
    /// (<see cref="ErrorIds.NonFiniteNumber"/>, naming the customer).
    /// </exception>
    public static SegmentationResult Fit(RfmTable rfm, SegmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        options ??= SegmentationOptions.Default;
        options.Validate();
        var (scaler, scaled) = Scale(rfm, options);
        if (options.Method == SegmentationMethod.RfmMap)
        {
            return FitMap(rfm, scaler, scaled);
        }

        var matrix = new FeatureMatrix(scaled);
        int distinct = SegmentCountRule.CountDistinct(matrix);
        ClusterQualityReport? quality = null;
        KMeansModel model;
        if (options.K is int k)
        {
            if (SegmentCountRule.WhyNotFit(k, distinct) is { } reason)
            {
                throw new InputDataException(ErrorIds.InsufficientData, string.Create(CultureInfo.InvariantCulture,
                    $"{reason}. Lower K to at most {distinct}, or leave K unset to choose it."));
            }

            model = KMeans.Fit(matrix, options.ToKMeansOptions(k));
        }
        else
        {
            var (report, models) = ClusterQuality.EvaluateWithModels(matrix, options.ToClusterQualityOptions(), distinct);
            quality = report;
            model = models[report.RecommendedK];
        }

        var definitions = SegmentNaming.Name(rfm, scaler, model, Spread(scaled));
        var labels = model.Labels.ToArray();
        var distances = model.Transform(matrix);
        var distance = Enumerable.Range(0, rfm.Count).Select(i => distances[i, labels[i]]).ToArray();
        return Build(SegmentationMethod.KMeans, rfm, scaler, scaled, labels, definitions, distance, model, quality);
    }

    /// <summary>
    /// The table for choosing K on the customers' scaled RFM features: the evaluation <see cref="Fit(RfmTable, SegmentationOptions?)"/>
    /// runs when K is unset (the same report as its <see cref="SegmentationResult.Quality"/>), without naming and profiling
    /// the chosen K's segments. <see cref="SegmentationOptions.K"/> and <see cref="SegmentationOptions.Method"/> are not used.
    /// </summary>
    /// <exception cref="InputDataException">
    /// Bad options (<see cref="ErrorIds.InvalidOption"/>); no K of the range possible (<see cref="ErrorIds.InsufficientData"/>);
    /// a customer with a non-finite value (<see cref="ErrorIds.NonFiniteNumber"/>).
    /// </exception>
    public static ClusterQualityReport EvaluateK(RfmTable rfm, SegmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        options = (options ?? SegmentationOptions.Default) with { K = null, Method = SegmentationMethod.KMeans };
        options.Validate();
        var (_, scaled) = Scale(rfm, options);
        return ClusterQuality.Evaluate(new FeatureMatrix(scaled), options.ToClusterQualityOptions());
    }

    /// <summary>
    /// Places the customers of another RFM table (the same shop at another date, say) in the segments of
    /// <paramref name="fitted"/>, with the same model or map and the same names and numbers. Scores are recomputed
    /// against <paramref name="fitted"/>'s customers (<see cref="RfmTable.RescoreAgainst"/>), so a customer changes
    /// segment because its own behaviour changed, not because others' did.
    /// </summary>
    public static SegmentationResult Apply(SegmentationResult fitted, RfmTable rfm)
    {
        ArgumentNullException.ThrowIfNull(fitted);
        ArgumentNullException.ThrowIfNull(rfm);
        var rescored = rfm.RescoreAgainst(fitted.Rfm);
        CheckFinite(rescored);
        var scaled = fitted.Scaler.Transform(rescored.ToFeatureArray());
        if (fitted.Model is not { } model)
        {
            var (group, definitions) = MapGroups(rescored);
            return Build(SegmentationMethod.RfmMap, rescored, fitted.Scaler, scaled, group, definitions,
                DistancesToGroupMeans(scaled, group, definitions.Length), null, fitted.Quality);
        }

        var matrix = new FeatureMatrix(scaled);
        var labels = model.Predict(matrix);
        var distances = model.Transform(matrix);
        var byCluster = fitted.Profiles.OrderBy(p => p.Cluster)
            .Select(p => new SegmentDefinition(p.Segment, p.Label, p.MapSegment, p.Cluster, p.RScore, p.FmScore)).ToArray();
        var distance = Enumerable.Range(0, rescored.Count).Select(i => distances[i, labels[i]]).ToArray();
        return Build(SegmentationMethod.KMeans, rescored, fitted.Scaler, scaled, labels, byCluster, distance, model, fitted.Quality);
    }

    private static SegmentationResult FitMap(RfmTable rfm, FeatureScaler scaler, double[,] scaled)
    {
        var (group, definitions) = MapGroups(rfm);
        return Build(SegmentationMethod.RfmMap, rfm, scaler, scaled, group, definitions,
            DistancesToGroupMeans(scaled, group, definitions.Length), null, null);
    }

    /// <summary>Each customer's map segment, as an index into the definitions of the segments present (in map order).</summary>
    private static (int[] Group, SegmentDefinition[] Definitions) MapGroups(RfmTable rfm)
    {
        var cells = rfm.Customers.Select(c => (c.RScore, Fm: RfmSegmentMap.FmScore(c.FScore, c.MScore))).ToArray();
        var position = cells.Select(c => RfmSegmentMap.IndexOf(RfmSegmentMap.SegmentOf(c.RScore, c.Fm))).ToArray();
        var present = position.Distinct().Order().ToArray();
        var definitions = present.Select(p =>
        {
            string name = RfmSegmentMap.Segments[p];
            // The members' most common cell (ties: the first cell of the map, R 5 … 1 then FM 1 … 5).
            var cell = RfmSegmentMap.Cells.Where(c => c.Segment == name)
                .OrderByDescending(c => Enumerable.Range(0, cells.Length).Count(i => position[i] == p && cells[i].RScore == c.RScore && cells[i].Fm == c.FmScore))
                .First();
            return new SegmentDefinition(p + 1, name, name, p, cell.RScore, cell.FmScore);
        }).ToArray();
        var group = position.Select(p => Array.IndexOf(present, p)).ToArray();
        return (group, definitions);
    }

    private static (FeatureScaler Scaler, double[,] Scaled) Scale(RfmTable rfm, SegmentationOptions options)
    {
        CheckFinite(rfm);
        var raw = rfm.ToFeatureArray();
        var scaler = FeatureScaler.Fit(raw, options.Scaling, [options.Log1p, options.Log1p, options.Log1p], FeatureNames);
        return (scaler, scaler.Transform(raw));
    }

    // Monetary is a sum of finite amounts, but a sum can still overflow: say which customer.
    private static void CheckFinite(RfmTable rfm)
    {
        foreach (var c in rfm.Customers)
        {
            if (!double.IsFinite(c.Monetary))
            {
                string text = c.Monetary.ToString(CultureInfo.InvariantCulture);
                throw new InputDataException(ErrorIds.NonFiniteNumber,
                    $"Customer {c.CustomerId}: the monetary value {text} is not a finite number (amounts too large to add up?). Check that customer's amounts.",
                    null, null, "monetary", text);
            }
        }
    }

    // Population standard deviation of each scaled column (the unit in which centres are compared).
    private static double[] Spread(double[,] scaled)
    {
        int n = scaled.GetLength(0), d = scaled.GetLength(1);
        var result = new double[d];
        for (int f = 0; f < d; f++)
        {
            double mean = 0, ss = 0;
            for (int i = 0; i < n; i++)
            {
                mean += scaled[i, f];
            }

            mean /= n;
            for (int i = 0; i < n; i++)
            {
                ss += (scaled[i, f] - mean) * (scaled[i, f] - mean);
            }

            result[f] = Math.Sqrt(ss / n);
        }

        return result;
    }
}

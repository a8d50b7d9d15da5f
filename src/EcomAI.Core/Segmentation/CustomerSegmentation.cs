using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>RFM-based customer segmentation: log1p and scaling of (recency, frequency, monetary), K-means, labelled profiles.</summary>
/// <remarks>
/// Features: recency days, frequency, monetary → optional ln(1 + x) → scaling (z-score by default: unscaled,
/// monetary would dominate the distances). Segments are numbered by mean (R + F + M) score, best first (ties: lower
/// cluster index). Profiles average the members' original values, never the scaled ones.
/// </remarks>
public static class CustomerSegmentation
{
    private static readonly string[] FeatureNames = ["recency_days", "frequency", "monetary"];

    /// <summary>Segments customers from transactions into <paramref name="k"/> segments.</summary>
    public static SegmentationResult Fit(IEnumerable<Transaction> transactions, int k = 4, int seed = 0) =>
        Fit(Rfm.FromTransactions(transactions), SegmentationOptions.Default with { K = k, Seed = seed });

    /// <summary>Segments customers from validated transactions.</summary>
    public static SegmentationResult Fit(TransactionData transactions, SegmentationOptions? options = null, RfmOptions? rfmOptions = null) =>
        Fit(Rfm.FromTransactions(transactions, rfmOptions), options);

    /// <summary>Segments the customers of an RFM table.</summary>
    /// <exception cref="InputDataException">Bad options, or K above the number of distinct customers' feature vectors.</exception>
    public static SegmentationResult Fit(RfmTable rfm, SegmentationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rfm);
        options ??= SegmentationOptions.Default;
        options.Validate();
        var raw = rfm.ToFeatureArray();
        var scaler = FeatureScaler.Fit(raw, options.Scaling, [options.Log1p, options.Log1p, options.Log1p], FeatureNames);
        var scaled = new FeatureMatrix(scaler.Transform(raw));

        ClusterQualityReport? quality = null;
        int k;
        if (options.K is int fixedK)
        {
            k = fixedK;
        }
        else
        {
            int maxK = Math.Min(options.MaxK, rfm.Count - 1);
            if (maxK < options.MinK)
            {
                throw new InputDataException(ErrorIds.InsufficientData,
                    $"Choosing K needs at least {options.MinK + 1} customers; there are {rfm.Count}. Set K explicitly or add data.");
            }

            quality = ClusterQuality.Evaluate(scaled, new ClusterQualityOptions
            {
                MinK = options.MinK,
                MaxK = maxK,
                KMeans = options.ToKMeansOptions(options.MinK),
            });
            k = quality.RecommendedK;
        }

        if (k > rfm.Count)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"K = {k} segments but only {rfm.Count} customers; lower K to at most the number of customers with distinct RFM values.");
        }

        var model = KMeans.Fit(scaled, options.ToKMeansOptions(k));
        return Describe(rfm, scaler, scaled, model, quality);
    }

    private static SegmentationResult Describe(RfmTable rfm, FeatureScaler scaler, FeatureMatrix scaled, KMeansModel model, ClusterQualityReport? quality)
    {
        int k = model.K, n = rfm.Count;
        var sums = new double[k, 6];
        var sizes = new int[k];
        for (int i = 0; i < n; i++)
        {
            var c = rfm.Customers[i];
            int j = model.Labels[i];
            sizes[j]++;
            sums[j, 0] += c.RecencyDays;
            sums[j, 1] += c.Frequency;
            sums[j, 2] += c.Monetary;
            sums[j, 3] += c.RScore;
            sums[j, 4] += c.FScore;
            sums[j, 5] += c.MScore;
        }

        double Mean(int j, int column) => sizes[j] == 0 ? 0 : sums[j, column] / sizes[j];
        var order = Enumerable.Range(0, k)
            .OrderByDescending(j => Mean(j, 3) + Mean(j, 4) + Mean(j, 5))
            .ThenBy(j => j)
            .ToArray();
        var labels = SegmentLabels.Unique(order.Select(j => SegmentLabels.Describe(Mean(j, 3), Mean(j, 4), Mean(j, 5))));
        var segmentOf = new int[k];
        var profiles = new SegmentProfile[k];
        for (int s = 0; s < k; s++)
        {
            int j = order[s];
            segmentOf[j] = s;
            profiles[s] = new SegmentProfile(s + 1, labels[s], j, sizes[j], (double)sizes[j] / n,
                Mean(j, 0), Mean(j, 1), Mean(j, 2), Mean(j, 3), Mean(j, 4), Mean(j, 5));
        }

        var distances = model.Transform(scaled);
        var customers = new CustomerSegment[n];
        for (int i = 0; i < n; i++)
        {
            var c = rfm.Customers[i];
            int j = model.Labels[i];
            customers[i] = new CustomerSegment(c.CustomerId, segmentOf[j] + 1, labels[segmentOf[j]], c.RecencyDays, c.Frequency,
                c.Monetary, c.Code, distances[i, j]);
        }

        return new SegmentationResult(Array.AsReadOnly(customers), Array.AsReadOnly(profiles), rfm, scaler, model, quality);
    }
}

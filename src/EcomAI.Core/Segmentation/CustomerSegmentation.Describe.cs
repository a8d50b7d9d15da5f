namespace EcomAI.Core.Segmentation;

public static partial class CustomerSegmentation
{
    /// <summary>
    /// Builds the result from a grouping: profiles from the members (original units, ratios to the average, what sets
    /// each apart) and one row per customer. <paramref name="definitions"/> are indexed by group; each becomes a profile,
    /// in segment order, even when empty.
    /// </summary>
    internal static SegmentationResult Build(SegmentationMethod method, RfmTable rfm, FeatureScaler scaler, double[,] scaled,
        int[] group, IReadOnlyList<SegmentDefinition> definitions, double[] distance, KMeansModel? model, ClusterQualityReport? quality)
    {
        int n = rfm.Count, g = definitions.Count;
        var sums = new double[g, 6];
        var scaledSums = new double[g, 3];
        var sizes = new int[g];
        var overall = new double[3];
        for (int i = 0; i < n; i++)
        {
            var c = rfm.Customers[i];
            int j = group[i];
            sizes[j]++;
            sums[j, 0] += c.RecencyDays;
            sums[j, 1] += c.Frequency;
            sums[j, 2] += c.Monetary;
            sums[j, 3] += c.RScore;
            sums[j, 4] += c.FScore;
            sums[j, 5] += c.MScore;
            for (int f = 0; f < 3; f++)
            {
                scaledSums[j, f] += scaled[i, f];
                overall[f] += scaled[i, f];
            }
        }

        var sd = new double[3];
        for (int f = 0; f < 3; f++)
        {
            overall[f] /= n;
            double ss = 0;
            for (int i = 0; i < n; i++)
            {
                ss += (scaled[i, f] - overall[f]) * (scaled[i, f] - overall[f]);
            }

            sd[f] = Math.Sqrt(ss / n);
        }

        var (avgRecency, avgFrequency, avgMonetary) = rfm.Averages;
        double[] averages = [avgRecency, avgFrequency, avgMonetary];
        double Mean(int j, int column) => sizes[j] == 0 ? double.NaN : sums[j, column] / sizes[j];
        var profiles = new SegmentProfile[g];
        for (int j = 0; j < g; j++)
        {
            var d = definitions[j];
            double[] means = [Mean(j, 0), Mean(j, 1), Mean(j, 2)];
            string distinction = "no customers";
            if (sizes[j] > 0)
            {
                var deviation = new double[3];
                for (int f = 0; f < 3; f++)
                {
                    deviation[f] = sd[f] > 0 ? ((scaledSums[j, f] / sizes[j]) - overall[f]) / sd[f] : 0;
                }

                distinction = SegmentDistinction.Describe(deviation, means, averages, rfm.Monetary);
            }

            profiles[j] = new SegmentProfile(d.Segment, d.Label, d.MapSegment, d.Cluster, sizes[j], (double)sizes[j] / n,
                means[0], means[1], means[2], Mean(j, 3), Mean(j, 4), Mean(j, 5), d.RScore, d.FmScore,
                SegmentDistinction.Ratio(means[0], averages[0]), SegmentDistinction.Ratio(means[1], averages[1]),
                SegmentDistinction.Ratio(means[2], averages[2]), distinction, RfmSegmentMap.ActionFor(d.MapSegment));
        }

        var customers = new CustomerSegment[n];
        for (int i = 0; i < n; i++)
        {
            var c = rfm.Customers[i];
            var d = definitions[group[i]];
            customers[i] = new CustomerSegment(c.CustomerId, d.Segment, d.Label, c.RecencyDays, c.Frequency, c.Monetary, c.Code,
                RfmSegmentMap.SegmentOf(c), distance[i]);
        }

        return new SegmentationResult(method, Array.AsReadOnly(customers), Array.AsReadOnly(profiles.OrderBy(p => p.Segment).ToArray()),
            rfm, scaler, model, quality);
    }

    /// <summary>Distance of each customer to the mean of its group in the scaled space.</summary>
    internal static double[] DistancesToGroupMeans(double[,] scaled, int[] group, int groups)
    {
        int n = group.Length, d = scaled.GetLength(1);
        var means = new double[groups, d];
        var sizes = new int[groups];
        for (int i = 0; i < n; i++)
        {
            sizes[group[i]]++;
            for (int f = 0; f < d; f++)
            {
                means[group[i], f] += scaled[i, f];
            }
        }

        var distance = new double[n];
        for (int i = 0; i < n; i++)
        {
            double ss = 0;
            for (int f = 0; f < d; f++)
            {
                double delta = scaled[i, f] - (means[group[i], f] / sizes[group[i]]);
                ss += delta * delta;
            }

            distance[i] = Math.Sqrt(ss);
        }

        return distance;
    }
}

using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// Names K-means segments from the RFM map: the centre (back in original units; recency and frequency rounded to
/// whole days and orders) is scored among all customers (<see cref="RfmTable.ScoreOf"/>), and its (R, FM) cell gives the name. Segments sharing a cell are told apart by the
/// feature on which their centres differ most ("At risk — high spend" / "At risk — low spend").
/// </summary>
internal static class SegmentNaming
{
    private static readonly string[][] Two = [["more recent", "less recent"], ["more orders", "fewer orders"], ["high spend", "low spend"]];
    private static readonly string[][] Three =
        [["most recent", "mid recency", "least recent"], ["most orders", "mid orders", "fewest orders"], ["high spend", "mid spend", "low spend"]];

    private static readonly string[] Feature = ["recency", "orders", "spend"];

    /// <summary>One definition per cluster (indexed by cluster), numbered best first.</summary>
    public static SegmentDefinition[] Name(RfmTable rfm, FeatureScaler scaler, KMeansModel model, double[] spread)
    {
        int k = model.K;
        var scaledCentres = model.GetCentres();
        var original = scaler.InverseTransform(scaledCentres);
        var index = new RfmScoreIndex(rfm);
        var cells = new (int R, int F, int M, int Fm, string Name)[k];
        for (int j = 0; j < k; j++)
        {
            // Scored as a customer with the centre's values would be: recency and frequency are whole days and orders,
            // so they are rounded first (a centre at 2.05 orders is a 2-order customer, not better than every one of them).
            int r = index.RScore(Math.Round(original[j, 0])), f = index.FScore(Math.Round(original[j, 1])), m = index.MScore(original[j, 2]);
            int fm = RfmSegmentMap.FmScore(f, m);
            cells[j] = (r, f, m, fm, RfmSegmentMap.SegmentOf(r, fm));
        }

        var labels = new string[k];
        var withinCell = new double[k]; // position inside a shared cell (0 = best on the distinguishing feature)
        foreach (var group in Enumerable.Range(0, k).GroupBy(j => cells[j].Name))
        {
            var members = group.ToArray();
            if (members.Length == 1)
            {
                labels[members[0]] = group.Key;
                continue;
            }

            int feature = DistinguishingFeature(members, scaledCentres, spread);
            // Best first: fewer days for recency, more for frequency and monetary.
            var ordered = members.OrderBy(j => feature == 0 ? scaledCentres[j, 0] : -scaledCentres[j, feature]).ThenBy(j => j).ToArray();
            for (int p = 0; p < ordered.Length; p++)
            {
                labels[ordered[p]] = $"{group.Key} — {Qualifier(feature, p, ordered.Length)}";
                withinCell[ordered[p]] = p;
            }
        }

        var order = Enumerable.Range(0, k)
            .OrderBy(j => RfmSegmentMap.IndexOf(cells[j].Name))
            .ThenBy(j => withinCell[j])
            .ThenByDescending(j => cells[j].R + cells[j].F + cells[j].M)
            .ThenBy(j => j)
            .ToArray();
        var result = new SegmentDefinition[k];
        for (int s = 0; s < k; s++)
        {
            int j = order[s];
            result[j] = new SegmentDefinition(s + 1, labels[j], cells[j].Name, j, cells[j].R, cells[j].Fm);
        }

        return result;
    }

    // The feature with the largest range of centre values across the group, in units of its overall spread.
    private static int DistinguishingFeature(int[] members, double[,] centres, double[] spread)
    {
        int best = 0;
        double widest = -1;
        for (int f = 0; f < 3; f++)
        {
            double min = members.Min(j => centres[j, f]), max = members.Max(j => centres[j, f]);
            double width = (max - min) / (spread[f] > 0 ? spread[f] : 1);
            if (width > widest + 1e-12)
            {
                widest = width;
                best = f;
            }
        }

        return best;
    }

    private static string Qualifier(int feature, int position, int count) => count switch
    {
        2 => Two[feature][position],
        3 => Three[feature][position],
        _ => string.Create(CultureInfo.InvariantCulture, $"{Feature[feature]} rank {position + 1} of {count}"),
    };
}

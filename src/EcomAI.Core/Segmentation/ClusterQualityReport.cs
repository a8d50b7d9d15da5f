using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// Quality of K-means over a range of K: the evaluated K with their figures, the K skipped and why, the recommended K,
/// the runner-ups, and the rule that chose (see <see cref="SegmentCountRule"/>).
/// </summary>
/// <param name="MinK">Smallest K requested.</param>
/// <param name="MaxK">Largest K requested.</param>
/// <param name="Rows">One row per evaluated K, ascending.</param>
/// <param name="Skipped">The K of <paramref name="MinK"/>..<paramref name="MaxK"/> that were not evaluated, with the reason, ascending.</param>
/// <param name="RecommendedK">The K chosen by <see cref="Rule"/>.</param>
/// <param name="MinSegmentShare">Smallest share of the points the smallest segment must hold for its K to be eligible.</param>
/// <param name="NoKEligible">True when no evaluated K met <paramref name="MinSegmentShare"/>, so the best silhouette among all evaluated K was taken.</param>
/// <param name="SilhouetteSampled">True when silhouette was computed on a seeded sample rather than all points.</param>
/// <param name="SilhouettePoints">Number of points the silhouette used.</param>
public sealed record ClusterQualityReport(
    int MinK,
    int MaxK,
    IReadOnlyList<ClusterQualityRow> Rows,
    IReadOnlyList<SkippedK> Skipped,
    int RecommendedK,
    double MinSegmentShare,
    bool NoKEligible,
    bool SilhouetteSampled,
    int SilhouettePoints)
{
    /// <summary>The rule used for <see cref="RecommendedK"/>, in words.</summary>
    public string Rule => RuleFor(MinSegmentShare) + (NoKEligible ? " (no K met the minimum share, so the best silhouette of all evaluated K)" : string.Empty);

    /// <summary>The row of the recommended K.</summary>
    public ClusterQualityRow Recommended => Rows.First(r => r.K == RecommendedK);

    /// <summary>The other K the rule could have chosen, best silhouette first (ties: smaller K): shows how close the choice was.</summary>
    public IReadOnlyList<ClusterQualityRow> RunnerUps => Rows
        .Where(r => r.K != RecommendedK && (r.Eligible || NoKEligible))
        .OrderByDescending(r => r.Silhouette).ThenBy(r => r.K)
        .ToList().AsReadOnly();

    /// <summary>
    /// The choice in one sentence, e.g. "K = 5: best mean silhouette 0.412 …; runner-ups K = 4 (0.398), K = 6 (0.371);
    /// not eligible: K = 8 (smallest segment 1.2 %); skipped: K = 9 (…)".
    /// </summary>
    public string Explanation
    {
        get
        {
            var text = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"K = {RecommendedK} of {MinK}..{MaxK}: mean silhouette {Recommended.Silhouette:0.000}, {Rule}"),
            };
            var runnerUps = RunnerUps.Take(3).ToList();
            if (runnerUps.Count > 0)
            {
                text.Add("runner-ups " + string.Join(", ", runnerUps.Select(r => string.Create(CultureInfo.InvariantCulture, $"K = {r.K} ({r.Silhouette:0.000})"))));
            }

            var small = Rows.Where(r => !r.Eligible).ToList();
            if (small.Count > 0 && !NoKEligible)
            {
                text.Add("not eligible " + string.Join(", ", small.Select(r => string.Create(CultureInfo.InvariantCulture,
                    $"K = {r.K} (smallest segment {r.SmallestShare:0.0 %})"))));
            }

            if (Skipped.Count > 0)
            {
                text.Add("skipped " + string.Join(", ", Skipped.Select(s => string.Create(CultureInfo.InvariantCulture, $"K = {s.K} ({s.Reason})"))));
            }

            return string.Join("; ", text);
        }
    }

    /// <summary>The rule for a minimum segment share, in words.</summary>
    public static string RuleFor(double minSegmentShare) => string.Create(CultureInfo.InvariantCulture,
        $"the best mean silhouette among K whose smallest segment holds at least {minSegmentShare:0.# %} of customers; ties go to the smaller K");

    /// <summary>
    /// One row per K of the requested range, ascending: k, inertia, silhouette, calinski_harabasz, davies_bouldin,
    /// smallest_share, status ("recommended", "runner-up", "eligible", "smallest segment below the minimum share",
    /// or "skipped: reason"; figures are NaN for a skipped K).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var k = new Int32DataFrameColumn("k");
        var inertia = new DoubleDataFrameColumn("inertia");
        var silhouette = new DoubleDataFrameColumn("silhouette");
        var ch = new DoubleDataFrameColumn("calinski_harabasz");
        var db = new DoubleDataFrameColumn("davies_bouldin");
        var smallest = new DoubleDataFrameColumn("smallest_share");
        var status = new StringDataFrameColumn("status");
        for (int value = MinK; value <= MaxK; value++)
        {
            k.Append(value);
            var row = Rows.FirstOrDefault(r => r.K == value);
            inertia.Append(row?.Inertia ?? double.NaN);
            silhouette.Append(row?.Silhouette ?? double.NaN);
            ch.Append(row?.CalinskiHarabasz ?? double.NaN);
            db.Append(row?.DaviesBouldin ?? double.NaN);
            smallest.Append(row?.SmallestShare ?? double.NaN);
            status.Append(StatusOf(value));
        }

        return new DataFrame(k, inertia, silhouette, ch, db, smallest, status);
    }

    /// <summary>"recommended", "runner-up", "eligible", "smallest segment below the minimum share" or "skipped: reason".</summary>
    public string StatusOf(int k)
    {
        if (Skipped.FirstOrDefault(s => s.K == k) is { } skipped)
        {
            return "skipped: " + skipped.Reason;
        }

        var row = Rows.FirstOrDefault(r => r.K == k)
            ?? throw new ArgumentOutOfRangeException(nameof(k), k, $"K = {k} is outside the requested range {MinK}..{MaxK}.");
        if (k == RecommendedK)
        {
            return "recommended";
        }

        if (!row.Eligible && !NoKEligible)
        {
            return "smallest segment below the minimum share";
        }

        return RunnerUps.Count > 0 && RunnerUps[0].K == k ? "runner-up" : "eligible";
    }
}

using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// The standard RFM segment map: every cell of the recency score (R, 1–5) × frequency-monetary score (FM, 1–5) grid
/// carries one of eleven segment names, the names most shop platforms and CRM tools use.
/// </summary>
/// <remarks>
/// <para>FM = ⌊(F + M + 1) / 2⌋, the mean of the frequency and monetary scores rounded half up.</para>
/// <para>The grid (rows R = 5 … 1, columns FM = 1 … 5):</para>
/// <code>
/// R 5 | New             New             Potential loyalist  Champions  Champions
/// R 4 | Promising       Potential loyal. Potential loyalist Loyal      Loyal
/// R 3 | About to sleep  About to sleep  Need attention      Loyal      Loyal
/// R 2 | Hibernating     Hibernating     At risk             At risk    Can't lose them
/// R 1 | Lost            Lost            At risk             At risk    Can't lose them
/// </code>
/// <para>Source: the eleven segments and their R and FM ranges of Putler's RFM segment table ("RFM Analysis for
/// Successful Customer Segmentation", putler.com; reproduced in the R package <c>rfm</c>'s <c>rfm_segment</c>
/// example). Its ranges overlap (Champions R 4–5 lies inside Loyal R 2–5; Lost and Hibernating share R 1–2,
/// FM 1–2), so on their own they do not name every cell once. The overlaps are resolved as the widely used 5 × 5
/// partition of the R × F grid does (Champions R 5, FM 4–5; Loyal R 3–4, FM 4–5; Potential loyalist R 4–5, FM 2–3;
/// Promising R 4, FM 1; Need attention R 3, FM 3; About to sleep R 3, FM 1–2; At risk R 1–2, FM 3–4; Can't lose
/// them R 1–2, FM 5), with Putler's Lost as the oldest row (R 1, FM 1–2) and Hibernating the row above it
/// (R 2, FM 1–2). One departure: R 5, FM 2 is New rather than Potential loyalist, because a customer who bought
/// once, very recently, for a moderate amount is new (New Customers "R 5, F 1–2, M 1–2" in common CRM tables).</para>
/// <para>Scores are relative (quintiles of the customers scored, see <see cref="Rfm.QuintileScores"/>), so the
/// names say where a customer stands among the others.</para>
/// </remarks>
public static class RfmSegmentMap
{
    /// <summary>R 5, FM 4–5: bought recently, buy often and spend the most.</summary>
    public const string Champions = "Champions";

    /// <summary>R 3–4, FM 4–5: buy often and spend well, not the most recent.</summary>
    public const string Loyal = "Loyal";

    /// <summary>R 4–5, FM 2–3 (except R 5, FM 2): recent customers with a few orders.</summary>
    public const string PotentialLoyalist = "Potential loyalist";

    /// <summary>R 5, FM 1–2: bought very recently, once or twice, for little.</summary>
    public const string New = "New";

    /// <summary>R 4, FM 1: recent shoppers who have not bought much.</summary>
    public const string Promising = "Promising";

    /// <summary>R 3, FM 3: average recency, frequency and spend.</summary>
    public const string NeedAttention = "Need attention";

    /// <summary>R 3, FM 1–2: below-average recency, few orders, low spend.</summary>
    public const string AboutToSleep = "About to sleep";

    /// <summary>R 1–2, FM 3–4: bought often and spent well, but long ago.</summary>
    public const string AtRisk = "At risk";

    /// <summary>R 1–2, FM 5: among the best customers, but long ago.</summary>
    public const string CantLoseThem = "Can't lose them";

    /// <summary>R 2, FM 1–2: last order long ago, few orders, low spend.</summary>
    public const string Hibernating = "Hibernating";

    /// <summary>R 1, FM 1–2: the lowest recency, frequency and spend.</summary>
    public const string Lost = "Lost";

    /// <summary>Where the cell boundaries come from (also in the remarks).</summary>
    public const string Source =
        "Putler's RFM segment table (putler.com, \"RFM Analysis for Successful Customer Segmentation\"; also the R package rfm's " +
        "rfm_segment example), its overlapping ranges resolved as the common 5 × 5 R × F segment partition does, Lost as R 1 and " +
        "Hibernating as R 2 of the low-FM columns, and R 5 FM 2 named New.";

    private static readonly string[,] Grid =
    {
        // FM:  1             2             3                   4          5
        { Lost,          Lost,          AtRisk,             AtRisk,    CantLoseThem }, // R 1
        { Hibernating,   Hibernating,   AtRisk,             AtRisk,    CantLoseThem }, // R 2
        { AboutToSleep,  AboutToSleep,  NeedAttention,      Loyal,     Loyal },        // R 3
        { Promising,     PotentialLoyalist, PotentialLoyalist, Loyal,  Loyal },        // R 4
        { New,           New,           PotentialLoyalist,  Champions, Champions },    // R 5
    };

    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        [Champions] = "Reward them: early access, loyalty perks; ask for reviews and referrals.",
        [Loyal] = "Upsell higher-value products; invite them to the loyalty programme.",
        [PotentialLoyalist] = "Offer membership or a loyalty programme; recommend related products.",
        [New] = "Onboard them: a welcome series and help with the first use.",
        [Promising] = "Build awareness; a small incentive for the next order.",
        [NeedAttention] = "Time-limited offers based on what they bought; reactivate before they slip.",
        [AboutToSleep] = "Share popular products and discounts; reconnect before they lapse.",
        [AtRisk] = "Personalised win-back messages and offers; find out what changed.",
        [CantLoseThem] = "Win them back with your best offers; talk to them before a competitor does.",
        [Hibernating] = "Offer relevant products and special discounts; remind them what you offer.",
        [Lost] = "Leave them out of costly campaigns; at most one low-cost reactivation attempt.",
    };

    /// <summary>The eleven segment names, best first (the order segments are numbered in by <see cref="SegmentationMethod.RfmMap"/>).</summary>
    public static IReadOnlyList<string> Segments { get; } = Array.AsReadOnly(
        [Champions, Loyal, PotentialLoyalist, New, Promising, NeedAttention, AboutToSleep, AtRisk, CantLoseThem, Hibernating, Lost]);

    /// <summary>All 25 cells, R = 5 … 1, then FM = 1 … 5.</summary>
    public static IReadOnlyList<RfmMapCell> Cells { get; } = Array.AsReadOnly(
        (from r in Enumerable.Range(1, 5).Reverse() from fm in Enumerable.Range(1, 5) select new RfmMapCell(r, fm, Grid[r - 1, fm - 1])).ToArray());

    /// <summary>The rule in one line (for reports and help).</summary>
    public static string Rule { get; } =
        "FM = mean of the F and M scores rounded half up; segment = the cell (R, FM) of the standard RFM map: " +
        string.Join("; ", Segments.Select(s => $"{s} {Describe(s)}")) + ".";

    /// <summary>FM = ⌊(F + M + 1) / 2⌋: the mean of the frequency and monetary scores, rounded half up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 1–5.</exception>
    public static int FmScore(int frequencyScore, int monetaryScore)
    {
        CheckScore(frequencyScore, nameof(frequencyScore));
        CheckScore(monetaryScore, nameof(monetaryScore));
        return (frequencyScore + monetaryScore + 1) / 2;
    }

    /// <summary>The segment of the cell (R, FM).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 1–5.</exception>
    public static string SegmentOf(int recencyScore, int fmScore)
    {
        CheckScore(recencyScore, nameof(recencyScore));
        CheckScore(fmScore, nameof(fmScore));
        return Grid[recencyScore - 1, fmScore - 1];
    }

    /// <summary>The segment of a customer from its R, F and M scores.</summary>
    public static string SegmentOf(RfmRecord customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return SegmentOf(customer.RScore, FmScore(customer.FScore, customer.MScore));
    }

    /// <summary>Position of a segment in <see cref="Segments"/> (0 = Champions … 10 = Lost).</summary>
    /// <exception cref="ArgumentException">Not one of the eleven names.</exception>
    public static int IndexOf(string segment)
    {
        for (int i = 0; i < Segments.Count; i++)
        {
            if (string.Equals(Segments[i], segment, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{segment}' is not a segment of the RFM map; use one of {string.Join(", ", Segments)}.", nameof(segment));
    }

    /// <summary>A short suggested action for a segment of the map.</summary>
    public static string ActionFor(string segment) =>
        Actions.TryGetValue(segment, out var action) ? action : throw new ArgumentException($"'{segment}' is not a segment of the RFM map.", nameof(segment));

    /// <summary>The cells of a segment in words, e.g. "R 1–2, FM 3–4".</summary>
    public static string Describe(string segment)
    {
        var cells = Cells.Where(c => c.Segment == segment).ToList();
        if (cells.Count == 0)
        {
            throw new ArgumentException($"'{segment}' is not a segment of the RFM map.", nameof(segment));
        }

        // Every segment is a rectangle except Potential loyalist (R 4, FM 2–3 and R 5, FM 3).
        var byRow = cells.GroupBy(c => c.RScore).OrderByDescending(g => g.Key)
            .Select(g => (R: g.Key, Fm: Range(g.Select(c => c.FmScore)))).ToList();
        var merged = byRow.GroupBy(x => x.Fm).Select(g => $"R {Range(g.Select(x => x.R))}, FM {g.Key}");
        return string.Join(" and ", merged);
    }

    private static string Range(IEnumerable<int> values)
    {
        var v = values.Order().ToList();
        return v[0] == v[^1] ? v[0].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{v[0]}–{v[^1]}");
    }

    private static void CheckScore(int score, string name)
    {
        if (score is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(name, score, "RFM scores run from 1 to 5.");
        }
    }
}

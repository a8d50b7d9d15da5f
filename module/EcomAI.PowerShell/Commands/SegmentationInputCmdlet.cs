using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// Base of the segmentation cmdlets (Get-, Measure-, Compare-CustomerSegment): the K search range, seed and restarts
/// (unset parameters keep the core's defaults, <see cref="SegmentationOptions"/>), and the one report of what RFM left out.
/// </summary>
public abstract class SegmentationInputCmdlet : TransactionInputCmdlet
{
    /// <summary>Smallest K tried when K is chosen automatically (core default 3).</summary>
    [Parameter]
    public int? MinK { get; set; }

    /// <summary>Largest K tried when K is chosen automatically (core default 8).</summary>
    [Parameter]
    public int? MaxK { get; set; }

    /// <summary>Random seed: the same input and seed give the same segments.</summary>
    [Parameter]
    public int? Seed { get; set; }

    /// <summary>K-means restarts (k-means++ seeding each time; the lowest inertia wins; core default 10).</summary>
    [Parameter]
    public int? Restarts { get; set; }

    /// <summary>The core's options with the parameters that were given.</summary>
    private protected SegmentationOptions BaseOptions
    {
        get
        {
            var d = SegmentationOptions.Default;
            return d with { MinK = MinK ?? d.MinK, MaxK = MaxK ?? d.MaxK, Seed = Seed ?? d.Seed, Restarts = Restarts ?? d.Restarts };
        }
    }

    /// <summary>
    /// One warning naming the parameters the user gave that <paramref name="method"/> does not use, so that
    /// <c>-Method RfmMap -K 5</c> is not silently a map. Which settings a method ignores is the core's rule
    /// (<see cref="SegmentationOptions.UnusedBy"/>); the cmdlets' parameters carry the same names as those settings.
    /// </summary>
    private protected void WarnUnusedParameters(SegmentationMethod method)
    {
        var given = SegmentationOptions.UnusedBy(method).Where(MyInvocation.BoundParameters.ContainsKey).Select(name => "-" + name).ToList();
        if (given.Count > 0)
        {
            WriteWarning($"-Method {method} does not use {string.Join(", ", given)}: {(given.Count == 1 ? "it was" : "they were")} ignored.");
        }
    }

    /// <summary>
    /// Writes what RFM kept under -Verbose (transactions, those dated on or after the as-of date, customers) and, when
    /// anything was left out, one warning with the counts and the customer ids (<see cref="RfmExclusions.Describe"/>).
    /// What the preparation of the order lines left out is reported before, one warning per rule.
    /// </summary>
    private protected void ReportRfm(TransactionData data, RfmTable rfm)
    {
        var x = rfm.Exclusions;
        Verbose(string.Create(CultureInfo.InvariantCulture,
            $"RFM as of {rfm.AsOf:yyyy-MM-dd} from {data.Count - x.RowsAfterAsOf:N0} of the {data.Count:N0} transactions (orders) prepared: {x.ReturnRowsExcluded:N0} return or cancellation lines left out (-Returns {data.Returns}), " +
            $"{x.RowsAfterAsOf:N0} transactions dated on or after the as-of date; {rfm.Count:N0} customers, {x.CustomersWithoutPurchases.Count + x.CustomersOnlyReturnsExcluded.Count:N0} with only returns and {x.CustomersOnlyAfterAsOf.Count:N0} with only later transactions left out."));
        var negative = rfm.CustomersWithNegativeMonetary;
        if (negative.Count > 0)
        {
            Verbose(string.Create(CultureInfo.InvariantCulture,
                $"{negative.Count:N0} customer(s) have a negative net spend (refunds above purchases) and are kept, monetary transformed by the signed log: {string.Join(", ", negative.Take(RfmExclusions.IdsShown))}{(negative.Count > RfmExclusions.IdsShown ? ", …" : string.Empty)}."));
        }

        // Returns left out under Exclude are already in the preparation's warnings; what RFM itself leaves out is told here.
        if (x.RowsAfterAsOf > 0 || x.CustomersWithoutPurchases.Count > 0 || x.CustomersOnlyAfterAsOf.Count > 0 || x.CustomersOnlyReturnsExcluded.Count > 0)
        {
            WriteWarning(x.Describe(returnRows: false));
        }
    }
}

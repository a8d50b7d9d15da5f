using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-CustomerSegment</c>: RFM features from transactions, K-means segments, one object per customer
/// (or per segment with <c>-Summary</c>).
/// </summary>
[Cmdlet(VerbsCommon.Get, "CustomerSegment", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SegmentedCustomer), typeof(CustomerSegmentProfile))]
public sealed class GetCustomerSegmentCommand : TransactionInputCmdlet
{
    /// <summary>Number of segments; omitted: chosen automatically (highest mean silhouette over K = 2..8).</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? K { get; set; }

    /// <summary>Random seed: the same input and seed give the same segments.</summary>
    [Parameter]
    public int Seed { get; set; } = SegmentationOptions.Default.Seed;

    /// <summary>K-means restarts (k-means++ seeding each time; the lowest inertia wins).</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int Restarts { get; set; } = SegmentationOptions.Default.Restarts;

    /// <summary>One object per segment (its profile) instead of one per customer.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    private protected override void Analyze(TransactionData data)
    {
        var options = SegmentationOptions.Default with { K = K, Seed = Seed, Restarts = Restarts };
        Progress("Segmenting customers", "RFM and K-means", force: data.Count >= 50_000);
        SegmentationResult result = Timed(
            string.Create(CultureInfo.InvariantCulture, $"Computed RFM and K-means ({(K is null ? "K chosen automatically" : $"K = {K}")}, {Restarts} restarts, seed {Seed})"),
            () => CustomerSegmentation.Fit(data, options, RfmOptions));
        string choice = Choice(result, options);
        Verbose(string.Create(CultureInfo.InvariantCulture, $"{result.Customers.Count:N0} customers in {result.K} segments; {choice}."));
        if (Summary)
        {
            foreach (var profile in result.Profiles)
            {
                WriteObject(new CustomerSegmentProfile(profile, result, choice));
            }

            return;
        }

        foreach (var customer in result.Customers)
        {
            WriteObject(new SegmentedCustomer(customer, result, choice));
        }
    }

    /// <summary>"K = 4 given with -K" or "K = 3 chosen automatically (rule, K = 2..8 tried)".</summary>
    internal static string Choice(SegmentationResult result, SegmentationOptions options) =>
        result.Quality is { } quality
            ? string.Create(CultureInfo.InvariantCulture,
                $"K = {result.K}, chosen automatically over K = {quality.Rows[0].K}..{quality.Rows[^1].K} ({quality.Rule})")
            : string.Create(CultureInfo.InvariantCulture, $"K = {result.K}, given with -K");
}

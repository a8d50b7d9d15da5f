using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-CustomerSegment</c>: RFM features from transactions, segments by K-means (named from the standard RFM map) or
/// by the RFM map itself, one object per customer (or per segment with <c>-Summary</c>).
/// </summary>
[Cmdlet(VerbsCommon.Get, "CustomerSegment", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SegmentedCustomer), typeof(CustomerSegmentProfile))]
public sealed class GetCustomerSegmentCommand : SegmentationInputCmdlet
{
    /// <summary>Number of K-means segments; omitted: chosen automatically (see <see cref="SegmentCountRule"/>).</summary>
    [Parameter]
    public int? K { get; set; }

    /// <summary>KMeans (default) or RfmMap (the standard RFM segment map, no clustering).</summary>
    [Parameter]
    public SegmentationMethod? Method { get; set; }

    /// <summary>One object per segment (its profile) instead of one per customer.</summary>
    [Parameter]
    public SwitchParameter Summary { get; set; }

    private protected override void BeginProcessingCore() => WarnUnusedParameters(Method ?? SegmentationOptions.Default.Method);

    private protected override void Analyze(TransactionData data)
    {
        var options = BaseOptions with { K = K, Method = Method ?? SegmentationOptions.Default.Method };
        Progress("Segmenting customers", options.Method == SegmentationMethod.RfmMap ? "RFM map" : "RFM and K-means", force: data.Count >= 50_000);
        var rfm = Rfm.FromTransactions(data, RfmOptions);
        ReportRfm(data, rfm);
        SegmentationResult result = Timed(
            options.Method == SegmentationMethod.RfmMap
                ? "Placed the customers on the RFM map"
                : string.Create(CultureInfo.InvariantCulture, $"Computed K-means ({(K is null ? "K chosen automatically" : $"K = {K}")}, {options.Restarts} restarts, seed {options.Seed})"),
            () => CustomerSegmentation.Fit(rfm, options));
        Verbose(string.Create(CultureInfo.InvariantCulture, $"{result.Customers.Count:N0} customers in {result.K} segments; {result.Choice}."));
        if (Summary)
        {
            foreach (var profile in result.Profiles)
            {
                WriteObject(new CustomerSegmentProfile(profile, result));
            }

            return;
        }

        foreach (var customer in result.Customers)
        {
            WriteObject(new SegmentedCustomer(customer, result));
        }
    }
}

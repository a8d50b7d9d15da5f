using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Measure-CustomerSegment</c>: the table for choosing K (inertia, silhouette, Calinski–Harabasz, Davies–Bouldin,
/// smallest segment per K) on the customers' scaled RFM features; every K of the range is evaluated or listed with the
/// reason it was skipped.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "CustomerSegment", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SegmentCountQuality))]
public sealed class MeasureCustomerSegmentCommand : SegmentationInputCmdlet
{
    private protected override void Analyze(TransactionData data)
    {
        var options = BaseOptions with { K = null };
        Progress("Measuring segment counts", string.Create(CultureInfo.InvariantCulture, $"K = {options.MinK}..{options.MaxK}"), force: data.Count >= 50_000);
        var rfm = Rfm.FromTransactions(data, RfmOptions);
        ReportRfm(data, rfm);
        ClusterQualityReport report = Timed(
            string.Create(CultureInfo.InvariantCulture, $"Evaluated K = {options.MinK}..{options.MaxK} ({options.Restarts} restarts, seed {options.Seed})"),
            () => CustomerSegmentation.EvaluateK(rfm, options));
        Verbose(string.Create(CultureInfo.InvariantCulture,
            $"Evaluated {report.Rows.Count} of the {report.MaxK - report.MinK + 1} K in {report.MinK}..{report.MaxK}{(report.Skipped.Count > 0 ? $", skipped {string.Join(", ", report.Skipped.Select(s => s.K))}" : string.Empty)}. {report.Explanation}."));
        for (int k = report.MinK; k <= report.MaxK; k++)
        {
            WriteObject(new SegmentCountQuality(k, report));
        }
    }
}

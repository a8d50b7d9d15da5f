using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Measure-CustomerSegment</c>: the table for choosing K (inertia, silhouette, Calinski–Harabasz, Davies–Bouldin
/// per K) on the customers' scaled RFM features.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "CustomerSegment", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SegmentCountQuality))]
public sealed class MeasureCustomerSegmentCommand : TransactionInputCmdlet
{
    /// <summary>Smallest K tried.</summary>
    [Parameter]
    [ValidateRange(2, 100)]
    public int MinK { get; set; } = SegmentationOptions.Default.MinK;

    /// <summary>Largest K tried (capped at the number of customers minus one).</summary>
    [Parameter]
    [ValidateRange(2, 100)]
    public int MaxK { get; set; } = SegmentationOptions.Default.MaxK;

    /// <summary>Random seed.</summary>
    [Parameter]
    public int Seed { get; set; } = SegmentationOptions.Default.Seed;

    /// <summary>K-means restarts per K.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int Restarts { get; set; } = SegmentationOptions.Default.Restarts;

    private protected override void BeginProcessingCore()
    {
        if (MaxK < MinK)
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                string.Create(CultureInfo.InvariantCulture, $"-MaxK {MaxK} is smaller than -MinK {MinK}: pass a range with MinK ≤ MaxK."));
        }
    }

    private protected override void Analyze(TransactionData data)
    {
        var options = SegmentationOptions.Default with { K = null, MinK = MinK, MaxK = MaxK, Seed = Seed, Restarts = Restarts };
        Progress("Measuring segment counts", string.Create(CultureInfo.InvariantCulture, $"K = {MinK}..{MaxK}"), force: data.Count >= 50_000);
        SegmentationResult result = Timed(
            string.Create(CultureInfo.InvariantCulture, $"Evaluated K = {MinK}..{MaxK} ({Restarts} restarts, seed {Seed})"),
            () => CustomerSegmentation.Fit(data, options, RfmOptions));
        var report = result.Quality!;
        Verbose($"Recommended K = {report.RecommendedK} ({report.Rule}).");
        foreach (var row in report.Rows)
        {
            WriteObject(new SegmentCountQuality(row, report));
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Compare-CustomerSegment</c>: the same customers segmented at two dates (-AsOf, then -Against) with the same
/// model or map; one object per cell of the transition table (or per customer with <c>-PerCustomer</c>).
/// </summary>
[Cmdlet(VerbsData.Compare, "CustomerSegment", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(SegmentTransitionRow), typeof(CustomerSegmentMove))]
public sealed class CompareCustomerSegmentCommand : SegmentationInputCmdlet
{
    /// <summary>The second date (after -AsOf); omitted: the day after the last transaction.</summary>
    [Parameter]
    public DateTime? Against { get; set; }

    /// <summary>Number of K-means segments, fitted at -AsOf; omitted: chosen automatically.</summary>
    [Parameter]
    public int? K { get; set; }

    /// <summary>KMeans (default) or RfmMap.</summary>
    [Parameter]
    public SegmentationMethod? Method { get; set; }

    /// <summary>One object per customer (its segment at both dates) instead of one per transition.</summary>
    [Parameter]
    public SwitchParameter PerCustomer { get; set; }

    /// <summary>Also output the cells of the transition table that no customer took.</summary>
    [Parameter]
    public SwitchParameter IncludeEmpty { get; set; }

    private protected override void BeginProcessingCore()
    {
        if (AsOf is null)
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                "AsOf: Compare-CustomerSegment needs -AsOf, the first date (the segments are fitted there), e.g. -AsOf 2011-06-30 -Against 2011-12-09.");
        }

        WarnUnusedParameters(Method ?? SegmentationOptions.Default.Method);
    }

    private protected override void Analyze(TransactionData data)
    {
        var options = BaseOptions with { K = K, Method = Method ?? SegmentationOptions.Default.Method };
        Progress("Comparing segments", string.Create(CultureInfo.InvariantCulture, $"{AsOf:yyyy-MM-dd} and {(Against is { } a ? a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "the end of the data")}"), force: data.Count >= 50_000);
        SegmentMovement movement = Timed("Segmented the customers at both dates",
            () => CustomerSegmentation.Compare(data, AsOf!.Value, Against, options, RfmOptions with { AsOf = null }));
        // The first date necessarily leaves later transactions out; what matters is what the second date left out.
        ReportRfm(data, movement.To.Rfm);
        Verbose(movement.Summary + " " + movement.From.Choice + ".");
        if (PerCustomer)
        {
            foreach (var move in movement.Moves)
            {
                WriteObject(new CustomerSegmentMove(move, movement));
            }

            return;
        }

        foreach (var transition in movement.Transitions.Where(t => IncludeEmpty || t.Count > 0))
        {
            WriteObject(new SegmentTransitionRow(transition, movement));
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using EcomAI.Charts.Report;
using EcomAI.Charts.Segmentation;
using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Segmentation;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Export-EcomReport</c>: the results piped in (from any EcomAI cmdlet, or the core's result objects) as one
/// self-contained, offline HTML report with charts and tables, written atomically.
/// </summary>
[Cmdlet(VerbsData.Export, "EcomReport", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportEcomReportCommand : EcomCmdlet
{
    // Results in order of first appearance, each once (many output objects share one result).
    private readonly List<object> _results = [];
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<PricingAnalysisResult, IReadOnlyList<SaleObservation>> _sales = new(ReferenceEqualityComparer.Instance);

    /// <summary>An EcomAI result: output of Get-CustomerSegment, Measure-CustomerSegment, Compare-CustomerSegment, Get-Recommendation, Measure-Recommender, Get-PriceElasticity, Get-OptimalPrice or Get-CustomerValue.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The HTML file to write (replaced atomically if it exists).</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Title at the top of the report.</summary>
    [Parameter]
    public string Title { get; set; } = "EcomAI report";

    /// <summary>
    /// Pricing results: the number of products, by largest expected gain, that get demand and profit curves (default
    /// <see cref="EcomReport.DefaultPricingCurves"/>; with -ProductId, every selected product).
    /// </summary>
    [Parameter]
    public int? Top { get; set; }

    /// <summary>Pricing results: report only these products (wildcards allowed, case-insensitive), with curves for each.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? ProductId { get; set; }

    /// <inheritdoc />
    private protected override object? CurrentTarget => InputObject;

    private protected override void ProcessRecordCore()
    {
        object? item = InputObject?.BaseObject;
        object? result = item switch
        {
            SegmentedCustomer c => c.GetResult(),
            CustomerSegmentProfile p => p.GetResult(),
            SegmentCountQuality q => q.GetResult(),
            SegmentTransitionRow t => t.GetResult(),
            CustomerSegmentMove m => m.GetResult(),
            ItemRecommendation r => r.List,
            RecommenderScore s => s.GetResult(),
            ProductPrice p => Remember(p.GetResult(), p.Sales),
            ProductElasticity e => Remember(e.GetResult(), e.Sales),
            CustomerLifetimeValue v => v.GetResult(),
            ModelParameter m => m.GetResult(),
            SegmentationResult or ClusterQualityReport or SegmentMovement or RecommendationList or EvaluationResult or PricingAnalysisResult or CustomerValueResult => item,
            _ => null,
        };
        if (result is null)
        {
            WriteError(new ErrorRecord(
                new ArgumentException($"Export-EcomReport cannot report a {item?.GetType().Name ?? "null"}: pipe in the output of an EcomAI cmdlet " +
                    "(Get-CustomerSegment, Measure-CustomerSegment, Compare-CustomerSegment, Get-Recommendation, Measure-Recommender, Get-PriceElasticity, Get-OptimalPrice, Get-CustomerValue)."),
                "UnsupportedInput", ErrorCategory.InvalidArgument, InputObject));
            return;
        }

        if (_seen.Add(result))
        {
            _results.Add(result);
        }
    }

    private protected override void EndProcessingCore()
    {
        if (_results.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "Nothing to report: pipe in results from the EcomAI cmdlets.");
        }

        string path = GetUnresolvedProviderPathFromPSPath(Path);
        if (!ShouldProcess(path, "Write EcomAI HTML report"))
        {
            return;
        }

        var report = Timed("Built the report", Build);
        Timed(string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({report.ChartCount} charts, {report.TableCount} tables)"),
            () => { report.Save(path); return 0; });
        WriteObject(new FileInfo(path));
    }

    private EcomReport Build()
    {
        var report = new EcomReport(Title);
        // Quality reports already shown inside a segmentation are not repeated.
        var inSegmentations = _results.OfType<SegmentationResult>().Select(s => s.Quality).OfType<ClusterQualityReport>()
            .ToHashSet(ReferenceEqualityComparer.Instance);
        bool evaluationsAdded = false;
        foreach (object result in _results)
        {
            switch (result)
            {
                case SegmentationResult segmentation:
                    report.AddSegmentation(segmentation);
                    break;
                case SegmentMovement movement:
                    report.AddMovement(movement);
                    break;
                case ClusterQualityReport quality when !inSegmentations.Contains(quality):
                    report.AddHeading($"Choosing the number of segments ({quality.Rule})");
                    report.AddChart(SegmentationCharts.QualityByK(quality));
                    report.AddTable(quality.ToDataFrame(), "Quality by K");
                    break;
                case RecommendationList list:
                    report.AddRecommendations(list);
                    break;
                case EvaluationResult when !evaluationsAdded:
                    report.AddEvaluation(_results.OfType<EvaluationResult>());
                    evaluationsAdded = true;
                    break;
                case PricingAnalysisResult pricing:
                    AddPricing(report, pricing);
                    break;
                case CustomerValueResult value:
                    // Reported with a segmentation of the same customers, CLV is also shown per segment.
                    var segments = _results.OfType<SegmentationResult>().Select(value.BySegment).FirstOrDefault(t => t.Rows.Count > 0);
                    report.AddCustomerValue(value, segments);
                    break;
            }
        }

        return report;
    }

    /// <summary>The pricing section: the selected products (-ProductId) or all, curves for the -Top largest expected gains.</summary>
    private void AddPricing(EcomReport report, PricingAnalysisResult pricing)
    {
        var sales = _sales.GetValueOrDefault(pricing);
        if (ProductId is null)
        {
            report.AddPricing(pricing, sales, Top ?? EcomReport.DefaultPricingCurves);
            return;
        }

        var ids = new List<string>();
        foreach (string pattern in ProductId)
        {
            var wildcard = WildcardPattern.Get(OrderLineSchema.NormalizeId(pattern), WildcardOptions.IgnoreCase);
            var matches = pricing.Products.Select(p => p.ProductId).Where(wildcard.IsMatch).ToList();
            if (matches.Count == 0)
            {
                WriteError(new ErrorRecord(
                    new ArgumentException($"-ProductId '{pattern}' matches no product of the pricing result ({pricing.Products.Count:N0} products)."),
                    "ProductNotFound", ErrorCategory.ObjectNotFound, pattern));
            }

            ids.AddRange(matches);
        }

        if (ids.Count > 0)
        {
            var selected = pricing.ForProducts(ids);
            report.AddPricing(selected, sales, Top ?? selected.Products.Count);
        }
    }

    private PricingAnalysisResult Remember(PricingAnalysisResult result, IReadOnlyList<SaleObservation> sales)
    {
        _sales.TryAdd(result, sales);
        return result;
    }
}

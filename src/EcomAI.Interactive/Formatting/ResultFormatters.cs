using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Segmentation;
using EcomAI.Interactive.Formatting.Views;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EcomAI.Interactive.Formatting;

/// <summary>Registers the HTML formatter of every EcomAI result type (and of charts) with .NET Interactive.</summary>
internal static class ResultFormatters
{
    /// <summary>The result types that get a table-and-chart view, for documentation and tests.</summary>
    public static IReadOnlyList<Type> ResultTypes { get; } =
    [
        typeof(SegmentationResult), typeof(ClusterQualityReport), typeof(RfmTable), typeof(KMeansModel), typeof(TransactionData), typeof(SegmentMovement),
        typeof(RecommendationList), typeof(BatchRecommendations), typeof(EvaluationResult), typeof(NeighborList), typeof(InteractionMatrix), typeof(Prediction),
        typeof(EvaluationMetrics), typeof(PredictionList),
        typeof(PricingAnalysisResult), typeof(PriceRecommendation), typeof(ElasticityEstimate), typeof(PriceCurve), typeof(SalesData),
        typeof(ProductPricingResult), typeof(SalesExclusionReport),
        typeof(OrderLineData), typeof(PreparationReport),
        typeof(CustomerValueResult), typeof(BgNbdModel), typeof(GammaGammaModel), typeof(CustomerSummary), typeof(SegmentValueTable),
        typeof(HoldoutComparison), typeof(CohortTracking),
    ];

    /// <summary>Registers the formatters; they share <paramref name="inlining"/> so plotly.js is written once.</summary>
    /// <param name="inlining">Tracks whether plotly.js is already on the page.</param>
    /// <param name="ids">Chart element ids.</param>
    public static void Register(PlotlyInlining inlining, ChartIds ids)
    {
        ArgumentNullException.ThrowIfNull(inlining);
        ArgumentNullException.ThrowIfNull(ids);

        Add<SegmentationResult>(SegmentationViews.Of, inlining, ids);
        Add<ClusterQualityReport>(SegmentationViews.Of, inlining, ids);
        Add<RfmTable>(SegmentationViews.Of, inlining, ids);
        Add<KMeansModel>(SegmentationViews.Of, inlining, ids);
        Add<TransactionData>(SegmentationViews.Of, inlining, ids);
        Add<SegmentMovement>(SegmentationViews.Of, inlining, ids);
        Add<RecommendationList>(RecommendationViews.Of, inlining, ids);
        Add<BatchRecommendations>(RecommendationViews.Of, inlining, ids);
        Add<EvaluationResult>(RecommendationViews.Of, inlining, ids);
        Add<NeighborList>(RecommendationViews.Of, inlining, ids);
        Add<InteractionMatrix>(RecommendationViews.Of, inlining, ids);
        Add<Prediction>(RecommendationViews.Of, inlining, ids);
        Add<EvaluationMetrics>(RecommendationViews.Of, inlining, ids);
        Add<PredictionList>(RecommendationViews.Of, inlining, ids);
        Add<PricingAnalysisResult>(PricingViews.Of, inlining, ids);
        Add<PriceRecommendation>(PricingViews.Of, inlining, ids);
        Add<ElasticityEstimate>(PricingViews.Of, inlining, ids);
        Add<PriceCurve>(PricingViews.Of, inlining, ids);
        Add<SalesData>(PricingViews.Of, inlining, ids);
        Add<ProductPricingResult>(PricingViews.Of, inlining, ids);
        Add<SalesExclusionReport>(PricingViews.Of, inlining, ids);
        Add<OrderLineData>(DataViews.Of, inlining, ids);
        Add<PreparationReport>(DataViews.Of, inlining, ids);
        Add<CustomerValueResult>(CustomerValueViews.Of, inlining, ids);
        Add<BgNbdModel>(CustomerValueViews.Of, inlining, ids);
        Add<GammaGammaModel>(CustomerValueViews.Of, inlining, ids);
        Add<CustomerSummary>(CustomerValueViews.Of, inlining, ids);
        Add<SegmentValueTable>(CustomerValueViews.Of, inlining, ids);
        Add<HoldoutComparison>(CustomerValueViews.Of, inlining, ids);
        Add<CohortTracking>(CustomerValueViews.Of, inlining, ids);

        // A result type added to the core later still shows as a table until it gets a view of its own.
        foreach (Type type in FallbackTypes(typeof(EcomAI.Core.Data.CsvTable).Assembly.GetExportedTypes(), ResultTypes))
        {
            Formatter.Register(type, (value, writer) => writer.Write(ResultFormatter.ToHtml(TableView(value), inlining, ids)), HtmlFormatter.MimeType);
        }

        // Charts displayed on their own (e.g. PricingCharts.DemandCurve(...)) draw offline too, sharing the one bundle.
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ResultFormatter.ChartToHtml(chart, inlining, ids)), HtmlFormatter.MimeType);
    }

    /// <summary>
    /// Concrete public types of <paramref name="candidates"/> with a public parameterless <c>ToDataFrame()</c> returning a
    /// DataFrame, except those in <paramref name="withViews"/>.
    /// </summary>
    internal static IReadOnlyList<Type> FallbackTypes(IEnumerable<Type> candidates, IReadOnlyCollection<Type> withViews) =>
        candidates
            .Where(t => t.IsVisible && !t.IsAbstract && !t.IsGenericTypeDefinition && !withViews.Contains(t))
            .Where(t => t.GetMethod("ToDataFrame", Type.EmptyTypes)?.ReturnType == typeof(DataFrame))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>A table-only view of any value with a <c>ToDataFrame()</c>.</summary>
    internal static ResultView TableView(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var frame = (DataFrame)value.GetType().GetMethod("ToDataFrame", Type.EmptyTypes)!.Invoke(value, null)!;
        return new ResultView(value.GetType().Name, [], frame, []);
    }

    private static void Add<T>(Func<T, ResultView> view, PlotlyInlining inlining, ChartIds ids) =>
        Formatter.Register<T>((value, writer) => writer.Write(ResultFormatter.ToHtml(view(value), inlining, ids)), HtmlFormatter.MimeType);
}

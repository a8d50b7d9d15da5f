using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Segmentation;
using EcomAI.Interactive.Formatting.Views;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace EcomAI.Interactive.Formatting;

/// <summary>Registers the HTML formatter of every EcomAI result type (and of charts) with .NET Interactive.</summary>
internal static class ResultFormatters
{
    /// <summary>The result types that get a table-and-chart view, for documentation and tests.</summary>
    public static IReadOnlyList<Type> ResultTypes { get; } =
    [
        typeof(SegmentationResult), typeof(ClusterQualityReport), typeof(RfmTable), typeof(KMeansModel), typeof(TransactionData),
        typeof(RecommendationList), typeof(BatchRecommendations), typeof(EvaluationResult), typeof(NeighborList), typeof(InteractionMatrix), typeof(Prediction),
        typeof(EvaluationMetrics), typeof(PredictionList),
        typeof(PricingAnalysisResult), typeof(PriceRecommendation), typeof(ElasticityEstimate), typeof(PriceCurve), typeof(SalesData),
        typeof(ProductPricingResult), typeof(SalesExclusionReport),
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

        // Charts displayed on their own (e.g. PricingCharts.DemandCurve(...)) draw offline too, sharing the one bundle.
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ResultFormatter.ChartToHtml(chart, inlining, ids)), HtmlFormatter.MimeType);
    }

    private static void Add<T>(Func<T, ResultView> view, PlotlyInlining inlining, ChartIds ids) =>
        Formatter.Register<T>((value, writer) => writer.Write(ResultFormatter.ToHtml(view(value), inlining, ids)), HtmlFormatter.MimeType);
}

using EcomAI.Charts.Pricing;
using EcomAI.Charts.Recommendation;
using EcomAI.Charts.Segmentation;
using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;
using Plotly.NET;

namespace EcomAI.Charts.Tests.Support;

/// <summary>Results computed once from the embedded samples, and one chart of every kind built from them.</summary>
internal static class SampleResults
{
    private static readonly Lazy<Results> Cached = new(Compute);

    public static Results Value => Cached.Value;

    public sealed record Results(
        SegmentationOptions SegmentationOptions,
        SegmentationResult Segmentation,
        ItemKnn ItemKnn,
        InteractionMatrix Ratings,
        RecommendationList List,
        IReadOnlyList<EvaluationResult> ByMethod,
        IReadOnlyList<EvaluationResult> ByK,
        SalesData Sales,
        PricingAnalysisResult Pricing,
        SegmentMovement Movement)
    {
        /// <summary>Each of the 14 chart builders once, with a name for messages.</summary>
        public IReadOnlyList<(string Name, GenericChart Chart)> AllCharts()
        {
            var priced = Pricing.Products.First(p => p.Recommendation.HasPrice);
            return
            [
                ("CustomerMap", SegmentationCharts.CustomerMap(Segmentation)),
                ("QualityByK", SegmentationCharts.QualityByK(Segmentation.Quality!)),
                ("SegmentProfiles", SegmentationCharts.SegmentProfiles(Segmentation)),
                ("RfmGrid", SegmentationCharts.RfmGrid(Segmentation.Rfm)),
                ("RfmMap", SegmentationCharts.RfmMap(Segmentation)),
                ("TransitionHeatmap", SegmentationCharts.TransitionHeatmap(Movement)),
                ("MovementSankey", SegmentationCharts.MovementSankey(Movement)),
                ("TopN", RecommendationCharts.TopN(List)),
                ("SimilarityHeatmap", RecommendationCharts.SimilarityHeatmap(ItemKnn, Ratings.ItemIds.Take(8).ToList())),
                ("MetricsByMethod", RecommendationCharts.MetricsByMethod(ByMethod)),
                ("MetricsByK", RecommendationCharts.MetricsByK(ByK)),
                ("ElasticityIntervals", PricingCharts.ElasticityIntervals(Pricing)),
                ("DemandCurve", PricingCharts.DemandCurve(priced.Estimate, Sales.Observations)),
                ("ProfitCurve", PricingCharts.ProfitCurve(priced.Recommendation)),
            ];
        }
    }

    private static Results Compute()
    {
        var segOptions = new SegmentationOptions { K = null, MinK = 2, MaxK = 5, Seed = 7, Restarts = 3 };
        var segmentation = CustomerSegmentation.Fit(SampleData.Transactions(), segOptions);

        var ratings = RecommendationSamples.Ratings();
        var knn = new KnnOptions { Similarity = SimilarityKind.Cosine, Neighbors = 20 };
        var itemKnn = ItemKnn.Fit(ratings, knn);
        var list = itemKnn.Recommend(ratings.UserIds[0], 8);
        EvaluationResult[] byMethod =
        [
            RecommenderEvaluation.Holdout(ratings, d => ItemKnn.Fit(d, knn), 0.2, seed: 1, topK: 5),
            RecommenderEvaluation.Holdout(ratings, d => UserKnn.Fit(d, new KnnOptions { Neighbors = 20 }), 0.2, seed: 1, topK: 5),
        ];
        EvaluationResult[] byK = [.. new[] { 5, 10 }.Select(k => RecommenderEvaluation.Holdout(ratings, d => ItemKnn.Fit(d, knn), 0.2, seed: 1, topK: k))];

        var sales = PricingSampleGenerator.EmbeddedSales();
        var pricing = PricingAnalysis.Run(sales);
        var transactions = SampleData.Transactions();
        var movement = CustomerSegmentation.Compare(transactions, new DateTime(2024, 10, 1), new DateTime(2025, 1, 1), segOptions);
        return new Results(segOptions, segmentation, itemKnn, ratings, list, byMethod, byK, sales, pricing, movement);
    }
}

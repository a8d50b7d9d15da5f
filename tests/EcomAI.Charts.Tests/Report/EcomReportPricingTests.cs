using AngleSharp.Html.Parser;
using EcomAI.Charts.Report;
using EcomAI.Core.Pricing;

namespace EcomAI.Charts.Tests.Report;

/// <summary>The pricing section for many products: curves for the largest expected gains, the table by gain.</summary>
public class EcomReportPricingTests
{
    /// <summary>
    /// Five products on exact demand Q = a·P^b, cost 10, six weeks at 18, 22, 20, 24, 16 and today's price last, so the
    /// allowed range is [16·0.8, 24·1.2] = [12.8, 28.8]. Gains per week, by hand, Π(P) = (P − 10)·a·P^b:
    /// A (1000, −2, today 16): P* = 20, Π(20) − Π(16) = 25 − 23.4375 = 1.5625.
    /// B (1000, −1.5, today 18): P* = 30, clamped to 28.8: 18.8·1000·28.8^−1.5 − 8·1000·18^−1.5 = 121.6 − 104.8 = 16.9.
    /// C (500, −0.5, today 24): inelastic, upper bound 28.8: 18.8·500/√28.8 − 14·500/√24 = 1751.6 − 1428.9 = 322.7.
    /// D (1000, −2, today 20): already at P* = 20, gain 0.
    /// E (3000, −3, today 24): P* = 15: 5·3000/15³ − 14·3000/24³ = 4.444 − 3.038 = 1.406.
    /// By gain: C, B, A, E, D.
    /// </summary>
    private static (PricingAnalysisResult Result, List<SaleObservation> Sales) FiveProducts()
    {
        var weeks = Enumerable.Range(0, 6).Select(w => new DateTime(2024, 1, 1).AddDays(7 * w)).ToArray();
        var rows = new List<SaleObservation>();
        foreach (var (id, a, b, today) in new[] { ("A", 1000.0, -2.0, 16.0), ("B", 1000, -1.5, 18), ("C", 500, -0.5, 24), ("D", 1000, -2, 20), ("E", 3000, -3, 24) })
        {
            double[] prices = [18, 22, 20, 24, 16, today];
            rows.AddRange(prices.Select((p, i) => new SaleObservation(id, p, a * Math.Pow(p, b), weeks[i], 10)));
        }

        return (PricingAnalysis.Run(rows), rows);
    }

    private static double Gain(double a, double b, double p, double p0) => ((p - 10) * a * Math.Pow(p, b)) - ((p0 - 10) * a * Math.Pow(p0, b));

    [Fact]
    public void AddPricing_FiveProducts_CurvesForTheLargestGainsAndTableByGain()
    {
        var (result, sales) = FiveProducts();
        Assert.Equal(Gain(500, -0.5, 28.8, 24), result["C"].Recommendation.ProfitChange, 9);
        Assert.Equal(Gain(1000, -1.5, 28.8, 18), result["B"].Recommendation.ProfitChange, 9);
        Assert.Equal(Gain(3000, -3, 15, 24), result["E"].Recommendation.ProfitChange, 9);

        var report = new EcomReport("T").AddPricing(result, sales, maxProductCharts: 2, maxRows: 3);
        string html = report.ToHtml();

        // The elasticity chart, then demand and profit curves of C and B (the two largest gains) only.
        Assert.Equal(5, report.ChartCount);
        Assert.Contains("Demand for C:", html, StringComparison.Ordinal);
        Assert.Contains("Profit curve for B:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Profit curve for A:", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Profit curve for C:", StringComparison.Ordinal) < html.IndexOf("Profit curve for B:", StringComparison.Ordinal));
        Assert.Contains("Prices (5 products, one observation per row as given)", html, StringComparison.Ordinal);
        Assert.Contains("Statuses: Optimal 3, ClampedToMaxPrice 1, InelasticNoInteriorOptimum 1.", html, StringComparison.Ordinal);
        Assert.Contains("Unit cost from: Data 5.", html, StringComparison.Ordinal);

        var table = new HtmlParser().ParseDocument(html).QuerySelector("table.result")!;
        Assert.StartsWith("The 3 of 5 products with the largest expected gain (profit change per period", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var headers = table.QuerySelectorAll("th").Select(h => h.TextContent).ToList();
        Assert.Equal(["product_id", "price_status", "current_price", "price", "profit_change"], headers.Take(5));
        Assert.Contains("bound_applied", headers);
        var ids = table.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["C", "B", "A"], ids);
    }

    [Fact]
    public void AddPricing_SelectedProducts_OnlyThoseChartedAndListed()
    {
        var (result, sales) = FiveProducts();

        var report = new EcomReport("T").AddPricing(result.ForProducts(["D", "A"]), sales, maxProductCharts: 2);
        string html = report.ToHtml();

        Assert.Equal(5, report.ChartCount);
        Assert.Contains("Profit curve for D:", html, StringComparison.Ordinal);
        Assert.Contains("Profit curve for A:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Profit curve for C:", html, StringComparison.Ordinal);
        var table = new HtmlParser().ParseDocument(html).QuerySelector("table.result")!;
        // A gains 1.5625, D nothing: A first.
        Assert.Equal(["A", "D"], table.QuerySelectorAll("tr").Skip(1).Select(r => r.QuerySelector("td")!.TextContent));
    }
}

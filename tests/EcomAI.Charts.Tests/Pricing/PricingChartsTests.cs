using System.Text.Json.Nodes;
using EcomAI.Charts.Json;
using EcomAI.Charts.Pricing;
using EcomAI.Core.Pricing;

namespace EcomAI.Charts.Tests.Pricing;

public class PricingChartsTests
{
    private const double Tol = 1e-9;

    /// <summary>Q = 1000·P^−2 with a 95% interval [−2.5, −1.5] for b, observed prices 5 to 30.</summary>
    private static ElasticityEstimate Estimate(string id = "P1", double b = -2, double lo = -2.5, double hi = -1.5) => new()
    {
        ProductId = id,
        Status = ElasticityStatus.Ok,
        A = 1000,
        B = b,
        BLower = lo,
        BUpper = hi,
        ConfidenceLevel = 0.95,
        RSquared = 0.9,
        N = 4,
        ObservedMinPrice = 5,
        ObservedMaxPrice = 30,
    };

    private static double[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    private static JsonObject Trace(IReadOnlyList<JsonObject> traces, string name) =>
        traces.Single(t => t["name"]?.GetValue<string>() == name);

    [Fact]
    public void DemandCurve_UsableEstimate_ObservedPointsOfTheProductAndFittedCurveOverTheirRange()
    {
        var sales = new[]
        {
            new SaleObservation("P1", 5, 41, new DateTime(2024, 1, 1)),
            new SaleObservation("P2", 99, 1),
            new SaleObservation("P1", 10, 9.5),
            new SaleObservation("P1", 30, 1.2),
        };

        var chart = PricingCharts.DemandCurve(Estimate(), sales, points: 6);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Observed", "Fitted demand"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal([5.0, 10, 30], Numbers(traces[0]["x"]));
        Assert.Equal([41.0, 9.5, 1.2], Numbers(traces[0]["y"]));
        // Grid 5, 10, ..., 30 and Q = 1000/P²: 40, 10, 4.444…, 2.5, 1.6, 1.111…
        Assert.Equal([5.0, 10, 15, 20, 25, 30], Numbers(traces[1]["x"]));
        double[] expected = [40, 10, 1000.0 / 225, 2.5, 1.6, 1000.0 / 900];
        Assert.All(expected.Zip(Numbers(traces[1]["y"])), p => Assert.Equal(p.First, p.Second, Tol));
        Assert.Equal("Observed<br>Price: 5.00<br>Quantity: 41.0<br>Date: 2024-01-01", traces[0]["text"]![0]!.GetValue<string>());
        Assert.Equal(
            "Demand for P1: Q = 1,000.0·P^-2.000, b 95% CI [-2.500, -1.500], R² = 0.900, n = 4",
            ChartJson.Title(chart));
        Assert.Equal(PricingCharts.PriceAxisTitle, ChartJson.AxisTitle(chart, "xaxis"));
        Assert.Equal("Quantity sold (units per period)", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void DemandCurve_PromotedWeeks_SeparateSeries()
    {
        var sales = new[] { new SaleObservation("P1", 8, 20, Promotion: true), new SaleObservation("P1", 10, 10) };

        var traces = ChartJson.Traces(PricingCharts.DemandCurve(Estimate(), sales));

        Assert.Equal(["Observed (regular)", "Observed (promotion)", "Fitted demand"], traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal([8.0], Numbers(traces[1]["x"]));
    }

    [Fact]
    public void DemandCurve_PromotionEffect_SecondCurveScaledByExpG()
    {
        // g = ln 2: promoted weeks sell e^g = 2 times as much at any price.
        var estimate = Estimate() with { PromotionUsed = true, PromotionCoefficient = Math.Log(2) };
        var sales = new[] { new SaleObservation("P1", 5, 80, Promotion: true), new SaleObservation("P1", 30, 1) };

        var traces = ChartJson.Traces(PricingCharts.DemandCurve(estimate, sales, points: 2));

        var promoted = Trace(traces, "Fitted demand (promotion)");
        Assert.Equal([5.0, 30], Numbers(promoted["x"]));
        Assert.Equal(80.0, Numbers(promoted["y"])[0], Tol);
        Assert.Equal(2000.0 / 900, Numbers(promoted["y"])[1], Tol);
        Assert.Equal(40.0, Numbers(Trace(traces, "Fitted demand")["y"])[0], Tol);
    }

    [Fact]
    public void DemandCurve_UnusableEstimate_PointsOnlyAndTitleSaysWhy()
    {
        var estimate = new ElasticityEstimate { ProductId = "P1", Status = ElasticityStatus.SinglePriceLevel, Message = "all rows at price 10" };

        var chart = PricingCharts.DemandCurve(estimate, [new SaleObservation("P1", 10, 5), new SaleObservation("P1", 10, 7)]);

        Assert.Single(ChartJson.Traces(chart));
        Assert.Equal("Demand for P1: no fitted curve (SinglePriceLevel: all rows at price 10)", ChartJson.Title(chart));
    }

    [Fact]
    public void DemandCurve_NoSalesOfTheProduct_ThrowsNamingSales()
    {
        var ex = Assert.Throws<ArgumentException>(() => PricingCharts.DemandCurve(Estimate(), [new SaleObservation("P2", 10, 5)]));
        Assert.Equal("sales", ex.ParamName);
    }

    [Fact]
    public void ProfitCurve_InteriorOptimum_MarksPStarAndTheIntervalFromTheElasticityCI()
    {
        // c = 10, b = −2: P* = c·b/(1 + b) = 20, profit (20 − 10)·1000/20² = 25.
        // Interval: b = −2.5 → 10·2.5/1.5 = 16.667; b = −1.5 → 10·1.5/0.5 = 30.
        // No allowed range (MaxChange = null): the curve shows the optimum alone.
        var recommendation = PriceOptimizer.Optimize(Estimate(), new PriceOptimizerOptions { UnitCost = 10, MaxChange = null });

        var chart = PricingCharts.ProfitCurve(recommendation);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Price interval (95%)", "Expected profit", "Recommended price"], traces.Select(t => t["name"]!.GetValue<string>()));
        var star = Trace(traces, "Recommended price");
        Assert.Equal(20.0, Numbers(star["x"])[0], Tol);
        Assert.Equal(25.0, Numbers(star["y"])[0], Tol);
        var band = Trace(traces, "Price interval (95%)");
        double[] bx = Numbers(band["x"]);
        Assert.Equal(50.0 / 3, bx[0], Tol);
        Assert.Equal(30.0, bx[1], Tol);
        Assert.Equal("toself", band["fill"]!.GetValue<string>());

        // Curve from half the lowest (5/2) to 1.5 × the highest (30·1.5) price: profit (P − 10)·1000/P².
        var curve = Trace(traces, "Expected profit");
        double[] x = Numbers(curve["x"]), y = Numbers(curve["y"]);
        Assert.Equal(2.5, x[0], Tol);
        Assert.Equal(45.0, x[^1], Tol);
        Assert.Equal(-1200.0, y[0], Tol);
        Assert.Equal(35_000.0 / 2025, y[^1], Tol);
        // Visible range: from max(lowest profit, −½ × highest) to the highest profit on the grid.
        Assert.Equal(-0.5 * y.Max(), Numbers(band["y"]).Min(), Tol);
        Assert.Equal(y.Max(), Numbers(band["y"]).Max(), Tol);
        var range = Numbers(ChartJson.Layout(chart)["yaxis"]!["range"]);
        Assert.True(range[0] < -0.5 * y.Max() && range[1] > y.Max());
        Assert.Equal("Profit curve for P1: recommended price 20.00 (Optimal), unit cost 10.00, b = -2.000", ChartJson.Title(chart));
        Assert.Equal("Expected profit (currency per period)", ChartJson.AxisTitle(chart, "yaxis"));
    }

    [Fact]
    public void ProfitCurve_ClampedByMaxPrice_ShowsBoundAndUnconstrainedOptimum()
    {
        var recommendation = PriceOptimizer.Optimize(Estimate(), unitCost: 10, minPrice: 8, maxPrice: 18);

        var traces = ChartJson.Traces(PricingCharts.ProfitCurve(recommendation));

        Assert.Equal(
            ["Price interval (95%)", "Expected profit", "Min price bound", "Max price bound", "Unconstrained optimum", "Recommended price"],
            traces.Select(t => t["name"]!.GetValue<string>()));
        Assert.Equal([18.0, 18.0], Numbers(Trace(traces, "Max price bound")["x"]));
        Assert.Equal([8.0, 8.0], Numbers(Trace(traces, "Min price bound")["x"]));
        Assert.Equal(20.0, Numbers(Trace(traces, "Unconstrained optimum")["x"])[0], Tol);
        // At the bound: (18 − 10)·1000/18² = 24.691…
        Assert.Equal(18.0, Numbers(Trace(traces, "Recommended price")["x"])[0], Tol);
        Assert.Equal(8000.0 / 324, Numbers(Trace(traces, "Recommended price")["y"])[0], Tol);
    }

    [Fact]
    public void ProfitCurve_InelasticWithoutMaxPrice_CurveWithoutMarkerAndTitleSaysWhy()
    {
        // b = −0.5: profit (P − c)·a·P^−0.5 rises without limit, so with no upper bound there is no price to recommend.
        var recommendation = PriceOptimizer.Optimize(Estimate(b: -0.5, lo: -0.8, hi: -0.2), new PriceOptimizerOptions { UnitCost = 10, MaxChange = null });

        var chart = PricingCharts.ProfitCurve(recommendation);

        var traces = ChartJson.Traces(chart);
        Assert.DoesNotContain(traces, t => t["name"]!.GetValue<string>() == "Recommended price");
        var curve = Trace(traces, "Expected profit");
        double[] x = Numbers(curve["x"]), y = Numbers(curve["y"]);
        Assert.Equal(45.0, x[^1], 1e-9);
        // Profit at the right end: (45 − 10)·1000·45^−0.5.
        Assert.Equal(35 * 1000 / Math.Sqrt(45), y[^1], 1e-6);
        Assert.StartsWith($"Profit curve for P1: no recommended price ({PriceStatus.InelasticNoInteriorOptimum}", ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void ProfitCurve_NoEstimate_ThrowsNamingRecommendation()
    {
        var estimate = new ElasticityEstimate { ProductId = "P9", Status = ElasticityStatus.NoData, Message = "no rows" };
        var recommendation = PriceOptimizer.Optimize(estimate, unitCost: 10);

        var ex = Assert.Throws<ArgumentException>(() => PricingCharts.ProfitCurve(recommendation));
        Assert.Equal("recommendation", ex.ParamName);
        Assert.Contains("P9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticityIntervals_TwoUsableOneNot_DotsWithAsymmetricErrorBarsAndCountInTitle()
    {
        var estimates = new[]
        {
            Estimate("A", b: -2, lo: -2.5, hi: -1.8),
            new ElasticityEstimate { ProductId = "B", Status = ElasticityStatus.NoData },
            Estimate("C", b: -0.5, lo: -0.9, hi: -0.4),
        };

        var chart = PricingCharts.ElasticityIntervals(estimates);

        var traces = ChartJson.Traces(chart);
        var dots = traces[0];
        Assert.Equal("Elasticity b", dots["name"]!.GetValue<string>());
        Assert.Equal([-2.0, -0.5], Numbers(dots["x"]));
        Assert.Equal(["A", "C"], dots["y"]!.AsArray().Select(v => v!.GetValue<string>()));
        // error_x: array = upper − b, arrayminus = b − lower.
        Assert.All(new[] { 0.2, 0.1 }.Zip(Numbers(dots["error_x"]!["array"])), p => Assert.Equal(p.First, p.Second, Tol));
        Assert.All(new[] { 0.5, 0.4 }.Zip(Numbers(dots["error_x"]!["arrayminus"])), p => Assert.Equal(p.First, p.Second, Tol));
        Assert.Equal([-1.0, -1.0], Numbers(traces[1]["x"]));
        Assert.Equal(
            "Price elasticity by product with 95% confidence intervals (1 without a usable estimate not shown)",
            ChartJson.Title(chart));
        Assert.Equal("Product", ChartJson.AxisTitle(chart, "yaxis"));
        Assert.StartsWith("Price elasticity b", ChartJson.AxisTitle(chart, "xaxis"), StringComparison.Ordinal);
        Assert.Contains("95% CI: -2.500 to -1.800", dots["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticityIntervals_NoneUsable_Throws()
    {
        Assert.Throws<ArgumentException>(() => PricingCharts.ElasticityIntervals(
            [new ElasticityEstimate { ProductId = "B", Status = ElasticityStatus.NoData }]));
    }

    [Fact]
    public void ElasticityIntervals_DuplicateProduct_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PricingCharts.ElasticityIntervals([Estimate("A"), Estimate("A")]));
        Assert.Contains("'A' appears twice", ex.Message, StringComparison.Ordinal);
    }
}

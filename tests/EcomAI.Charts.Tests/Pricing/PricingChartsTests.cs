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
    public void ProfitCurve_WithTodaysPrice_MarksTodayAndStatesTheChangeWithItsInterval()
    {
        // Today 16: Q0 = 1000/256 = 3.90625, profit (16 - 10)·Q0 = 23.4375; at P* = 20 profit 25, change +1.5625.
        // Interval: 3.90625·(10·1.25^b - 6) at b = -2.5 and -1.5: -1.0768 and +4.5134.
        var recommendation = PriceOptimizer.Optimize(Estimate(), new PriceOptimizerOptions { UnitCost = 10, CurrentPrice = 16 });

        var chart = PricingCharts.ProfitCurve(recommendation);

        var traces = ChartJson.Traces(chart);
        Assert.Equal(["Price interval (95%)", "Expected profit", "Min price bound", "Max price bound", "Today's price", "Recommended price"],
            traces.Select(t => t["name"]!.GetValue<string>()));
        var today = Trace(traces, "Today's price");
        Assert.Equal(16.0, Numbers(today["x"]).Single(), Tol);
        Assert.Equal(23.4375, Numbers(today["y"]).Single(), Tol);
        double lower = 3.90625 * ((10 * Math.Pow(1.25, -2.5)) - 6), upper = 3.90625 * ((10 * Math.Pow(1.25, -1.5)) - 6);
        Assert.Equal(-1.08, Math.Round(lower, 2));
        Assert.Equal(4.51, Math.Round(upper, 2));
        Assert.EndsWith("<br><sub>expected profit change per period +1.56 against today's 16.00 (95% interval -1.08 to +4.51)</sub>",
            ChartJson.Title(chart), StringComparison.Ordinal);
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
            "Price elasticity by product with 95% confidence intervals<br><sub>1 without a usable estimate not shown</sub>",
            ChartJson.Title(chart));
        Assert.Equal(["circle", "circle"], dots["marker"]!["symbol"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("Product", ChartJson.AxisTitle(chart, "yaxis"));
        Assert.StartsWith("Price elasticity b", ChartJson.AxisTitle(chart, "xaxis"), StringComparison.Ordinal);
        Assert.Contains("95% CI: -2.500 to -1.800", dots["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticityIntervals_OneHugeInterval_AxisClippedToTheWindowAndCountStated()
    {
        // b = -2, -1.5, -0.5; B's interval [-3000, 3000] (a product with very few periods).
        // Window: q05 of b = -2 + 0.1·0.5 = -1.95 -> floor -2, min(-5, -2) = -5; q95 = -1.5 + 0.9·1 = -0.6 -> ceil -0, max(1, 0) = 1.
        // Axis: [max(-5, -3000), min(1, 3000)] = [-5, 1], padded by 5 % of 6 = 0.3: [-5.3, 1.3].
        var estimates = new[]
        {
            Estimate("A", b: -2, lo: -2.5, hi: -1.5),
            Estimate("B", b: -1.5, lo: -3000, hi: 3000),
            Estimate("C", b: -0.5, lo: -0.9, hi: -0.1),
        };

        var chart = PricingCharts.ElasticityIntervals(estimates);

        Assert.Equal([-5.3, 1.3], Numbers(ChartJson.Layout(chart)["xaxis"]!["range"]).Select(v => Math.Round(v, 12)));
        var dots = ChartJson.Traces(chart)[0];
        Assert.Equal([-2.0, -1.5, -0.5], Numbers(dots["x"]));
        // B's bar runs to the axis edges: 1.3 - (-1.5) = 2.8 up, -1.5 - (-5.3) = 3.8 down; the others are whole.
        Assert.All(new[] { 0.5, 2.8, 0.4 }.Zip(Numbers(dots["error_x"]!["array"])), p => Assert.Equal(p.First, p.Second, Tol));
        Assert.All(new[] { 0.5, 3.8, 0.4 }.Zip(Numbers(dots["error_x"]!["arrayminus"])), p => Assert.Equal(p.First, p.Second, Tol));
        Assert.Contains("95% CI: -3,000.000 to 3,000.000<br>R² = 0.900, n = 4<br>(reaches beyond the axis)", dots["text"]![1]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("<br><sub>axis clipped to [-5.30, 1.30]: 1 of 3 intervals reach beyond it (hover for the true values)</sub>",
            ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticityIntervals_OutlyingElasticity_DotDrawnAtTheEdgeAsATriangle()
    {
        // Twenty products at b = -2 [-2.5, -1.5] and one at b = -40 [-45, -35]: q05 of the 21 sorted b is the second
        // value, -2, so the window is [-5, 1]; the intervals span [-45, -1.5], so the axis is [-5, -1] (−1 kept inside),
        // padded by 5 % of 4 = 0.2: [-5.2, -0.8]. The outlier's dot sits at -5.2.
        var estimates = Enumerable.Range(1, 20).Select(i => Estimate($"P{i:00}")).Append(Estimate("Z", b: -40, lo: -45, hi: -35));

        var chart = PricingCharts.ElasticityIntervals(estimates);

        Assert.Equal([-5.2, -0.8], Numbers(ChartJson.Layout(chart)["xaxis"]!["range"]).Select(v => Math.Round(v, 12)));
        var dots = ChartJson.Traces(chart)[0];
        Assert.Equal(-5.2, Numbers(dots["x"])[^1], Tol);
        Assert.Equal(0.0, Numbers(dots["error_x"]!["array"])[^1], Tol);
        Assert.Equal("triangle-left", dots["marker"]!["symbol"]![20]!.GetValue<string>());
        Assert.Equal("circle", dots["marker"]!["symbol"]![0]!.GetValue<string>());
        Assert.Contains("b = -40.000", dots["text"]![20]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("1 of 21 intervals reach beyond it (hover for the true values)</sub>", ChartJson.Title(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void ElasticityIntervals_ResultWithMoreProductsThanShown_TopByRevenueSortedByBAndSaid()
    {
        // Five products on exact demand Q = a·P^b at prices 10, 20, 15, cost 5; observed revenue Σ P·Q = a·Σ P^(b+1):
        // A (a 1000, b -2): 100 + 50 + 66.7 = 216.7; B (a 2000, b -3): 20 + 5 + 8.9 = 33.9; C (a 100, b -1.5): 31.6 + 22.4 + 25.8 = 79.8;
        // D (a 5000, b -2.5): 158.1 + 55.9 + 86.1 = 300.1; E (a 10, b -0.5): 31.6 + 44.7 + 38.7 = 115.1.
        // Top 3: D, A, E; by b: D (-2.5), A (-2), E (-0.5).
        var spec = new (string Id, double A, double B)[] { ("A", 1000, -2), ("B", 2000, -3), ("C", 100, -1.5), ("D", 5000, -2.5), ("E", 10, -0.5) };
        var rows = spec.SelectMany(s => new[] { 10.0, 20, 15 }.Select(p => new SaleObservation(s.Id, p, s.A * Math.Pow(p, s.B), null, 5))).ToList();
        var result = PricingAnalysis.Run(rows);
        double Revenue(double a, double b) => new[] { 10.0, 20, 15 }.Sum(p => p * a * Math.Pow(p, b));
        Assert.Equal(["D", "A", "E"], spec.OrderByDescending(s => Revenue(s.A, s.B)).Take(3).Select(s => s.Id).ToList());

        var chart = PricingCharts.ElasticityIntervals(result, maxProducts: 3);

        var dots = ChartJson.Traces(chart)[0];
        Assert.Equal(["D", "A", "E"], dots["y"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal([-2.5, -2, -0.5], Numbers(dots["x"]).Select(v => Math.Round(v, 9)));
        Assert.Equal(
            "Price elasticity by product with 95% confidence intervals<br><sub>the 3 of 5 products with the largest observed revenue, sorted by b</sub>",
            ChartJson.Title(chart));
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

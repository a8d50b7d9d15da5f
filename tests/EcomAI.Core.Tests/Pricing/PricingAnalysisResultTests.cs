using EcomAI.Core.Pricing;

namespace EcomAI.Core.Tests.Pricing;

/// <summary>The result as a manager reads it: a selection of products, the table with the what-if, the bound that applied.</summary>
public class PricingAnalysisResultTests
{
    /// <summary>
    /// Three products on exact demand curves, cost 10 from the data, six weeks each (prices in week order):
    /// A: Q = 1000·P^-2, P* = 20 inside [16·0.8, 24·1.2] = [12.8, 28.8], today 16.
    /// B: Q = 1000·P^-1.5, P* = 10·1.5/0.5 = 30, above [12.8, 28.8]: clamped to 28.8, today 18.
    /// C: Q = 500·P^-0.5 (inelastic): the upper bound 28.8, today 24.
    /// </summary>
    private static PricingAnalysisResult ThreeProducts()
    {
        double[] prices = [18, 22, 20, 24, 16];
        var weeks = Enumerable.Range(0, 6).Select(w => new DateTime(2024, 1, 1).AddDays(7 * w)).ToArray();
        var rows = new List<SaleObservation>();
        foreach (var (id, a, b, today) in new[] { ("A", 1000.0, -2.0, 16.0), ("B", 1000.0, -1.5, 18.0), ("C", 500.0, -0.5, 24.0) })
        {
            double[] p = [.. prices, today];
            rows.AddRange(p.Select((x, i) => new SaleObservation(id, x, a * Math.Pow(x, b), weeks[i], 10)));
        }

        return PricingAnalysis.Run(rows);
    }

    [Fact]
    public void BoundApplied_InteriorClampedAndInelastic_NoneMaxMaxWithTheirSource()
    {
        var result = ThreeProducts();

        Assert.Equal(PriceStatus.Optimal, result["A"].Recommendation.Status);
        Assert.Equal(PriceBound.None, result["A"].Recommendation.BoundApplied);
        Assert.Equal(BoundSource.None, result["A"].Recommendation.BoundAppliedSource);
        Assert.Equal(PriceStatus.ClampedToMaxPrice, result["B"].Recommendation.Status);
        Assert.Equal(PriceBound.Max, result["B"].Recommendation.BoundApplied);
        Assert.Equal(BoundSource.Observed, result["B"].Recommendation.BoundAppliedSource);
        Assert.Equal(24 * 1.2, result["B"].Recommendation.Price, 12);
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, result["C"].Recommendation.Status);
        Assert.Equal(PriceBound.Max, result["C"].Recommendation.BoundApplied);
    }

    [Fact]
    public void BoundApplied_RevenueObjectiveAndUncertainBelowTheRange_Min()
    {
        // Revenue with b = -2 falls with price: the lower bound 10·0.8 = 8 (observed 10..30).
        var revenue = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -2), new PriceOptimizerOptions { Objective = PricingObjective.Revenue });
        Assert.Equal(PriceBound.Min, revenue.BoundApplied);
        Assert.Equal(BoundSource.Observed, revenue.BoundAppliedSource);
        Assert.Equal(8, revenue.Price, 12);

        // b = -3 with interval [-5, -0.9]: P* = 2·3/2 = 3 lies below MinPrice 5 (given), and the interval reaches -1.
        var uncertain = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -3, -5, -0.9), new PriceOptimizerOptions { UnitCost = 2, MinPrice = 5 });
        Assert.Equal(PriceStatus.OptimumUncertain, uncertain.Status);
        Assert.Equal(PriceBound.Min, uncertain.BoundApplied);
        Assert.Equal(BoundSource.Given, uncertain.BoundAppliedSource);
    }

    [Fact]
    public void ToDataFrame_WhatIfCostSourceAndRevenue_HandComputed()
    {
        var result = ThreeProducts();

        var df = result.ToDataFrame();

        Assert.Equal(["A", "B", "C"], Enumerable.Range(0, 3).Select(i => (string)df["product_id"][i]));
        // A today at 16: Q0 = 1000/256 = 3.90625, profit (16 - 10)·Q0 = 23.4375; at 20: Q = 2.5, profit 25, gain 1.5625.
        Assert.Equal(16.0, (double)df["current_price"][0]!);
        Assert.Equal(20.0, (double)df["price"][0]!, 9);
        Assert.Equal(3.90625, (double)df["current_quantity"][0]!, 9);
        Assert.Equal(23.4375, (double)df["current_profit"][0]!, 9);
        Assert.Equal(25.0, (double)df["expected_profit"][0]!, 9);
        Assert.Equal(1.5625, (double)df["profit_change"][0]!, 9);
        Assert.Equal(50.0 - 62.5, (double)df["revenue_change"][0]!, 9);
        Assert.Equal("Data", df["cost_source"][0]);
        Assert.Equal("Observed", df["max_price_source"][1]);
        Assert.Equal("Max", df["bound_applied"][1]);
        Assert.Equal("None", df["bound_applied"][0]);
        // Observed revenue Σ P·Q = Σ 1000/P for A over 18, 22, 20, 24, 16, 16.
        double revenueA = new[] { 18.0, 22, 20, 24, 16, 16 }.Sum(p => 1000 / p);
        Assert.Equal(revenueA, (double)df["observed_revenue"][0]!, 9);
        Assert.Equal(revenueA, result["A"].ObservedRevenue, 9);
    }

    [Fact]
    public void ForProducts_GivenOrderWithRepeat_KeepsOrderOnceAndTheOptions()
    {
        var result = ThreeProducts();

        var selected = result.ForProducts(["C", "A", "C"]);

        Assert.Equal(["C", "A"], selected.Products.Select(p => p.ProductId));
        Assert.Same(result["A"], selected["A"]);
        Assert.Same(result.Options, selected.Options);
        Assert.Equal(["C", "A"], Enumerable.Range(0, 2).Select(i => (string)selected.ToDataFrame()["product_id"][i]));
    }

    [Fact]
    public void ForProducts_UnknownId_KeyNotFoundNamingIt()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => ThreeProducts().ForProducts(["A", "Z"]));
        Assert.Contains("'Z'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ByExpectedGain_ThreeProducts_LargestGainFirst()
    {
        var result = ThreeProducts();

        // Gains by hand (cost 10): A 1.5625 (above). B at 28.8 against 18: Q = 1000·P^-1.5;
        // C at 28.8 against 24: Q = 500·P^-0.5.
        double Gain(double a, double b, double p, double p0) => ((p - 10) * a * Math.Pow(p, b)) - ((p0 - 10) * a * Math.Pow(p0, b));
        var gains = new Dictionary<string, double>
        {
            ["A"] = Gain(1000, -2, 20, 16),
            ["B"] = Gain(1000, -1.5, 28.8, 18),
            ["C"] = Gain(500, -0.5, 28.8, 24),
        };
        Assert.All(gains, g => Assert.Equal(g.Value, result[g.Key].Recommendation.ProfitChange, 9));
        Assert.Equal(gains.OrderByDescending(g => g.Value).Select(g => g.Key), result.ByExpectedGain.Select(p => p.ProductId));
    }

    [Fact]
    public void Run_CostRatioEvenNumberOfPrices_MedianIsTheMeanOfTheMiddleTwo()
    {
        // Prices 10, 18, 12, 15: sorted 10, 12, 15, 18, median 13.5, ratio 0.6 -> cost 8.1 (the input order is kept).
        var rows = new[] { 10.0, 18, 12, 15 }.Select(p => new SaleObservation("A", p, 1000 * Math.Pow(p, -3))).ToList();
        var product = PricingAnalysis.Run(rows, new PricingAnalysisOptions { CostRatio = 0.6 })["A"];
        Assert.Equal(8.1, product.Recommendation.UnitCost, 12);
        Assert.Equal([10.0, 18, 12, 15], rows.Select(r => r.Price));
    }
}

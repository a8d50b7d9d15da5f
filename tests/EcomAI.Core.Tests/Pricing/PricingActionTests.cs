using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Pricing;

/// <summary>Prices fit to act on: honest statuses, allowed ranges, costs, and the what-if against today's price.</summary>
public class PricingActionTests
{
    [Fact]
    public void Run_GeneratedProducts_StatusesMatchTheTruthAndNeverOptimalWhenTheIntervalStraddlesMinusOne()
    {
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 400, Weeks = 52, Seed = 5, InelasticShare = 0.3 });
        var result = PricingAnalysis.Run(sample.Sales);
        int optimalAndTrulyElastic = 0, optimal = 0;
        foreach (var product in result.Products)
        {
            var r = product.Recommendation;
            var e = product.Estimate;
            var truth = sample.Truth.Single(t => t.ProductId == product.ProductId);
            if (r.Status == PriceStatus.Optimal)
            {
                optimal++;
                Assert.True(e.BUpper < -1, $"{product.ProductId}: Optimal with b's interval reaching {e.BUpper}");
                optimalAndTrulyElastic += truth.B < -1 ? 1 : 0;
            }

            if (e.IsUsable && e.BLower < -1 && e.BUpper >= -1)
            {
                Assert.NotEqual(PriceStatus.Optimal, r.Status);
            }

            if (r.HasPrice)
            {
                // The default range: observed prices ± 20 %.
                Assert.InRange(r.Price, e.ObservedMinPrice * 0.8 - 1e-9, e.ObservedMaxPrice * 1.2 + 1e-9);
            }
        }

        // An Optimal call stands on an interval entirely below -1: the true elasticity is elastic (at 95 %, almost always).
        Assert.True(optimal > 50, $"only {optimal} optimal");
        Assert.InRange(optimalAndTrulyElastic, (int)(0.95 * optimal), optimal);
    }

    [Fact]
    public void Run_GeneratedInelasticProducts_NeverOptimalAndGivenAStatusThatSaysSo()
    {
        // Half the products are drawn inelastic: true b uniform in [-0.9, -0.2], where profit has no interior optimum.
        // Costs are in the data (profit objective), so MissingUnitCost cannot occur; ElasticNoInteriorOptimum is revenue-only.
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 400, Weeks = 52, Seed = 17, InelasticShare = 0.5 });
        var result = PricingAnalysis.Run(sample.Sales);
        int inelastic = 0, calledElastic = 0, saysInelasticOrUnusable = 0;
        foreach (var product in result.Products)
        {
            var truth = sample.Truth.Single(t => t.ProductId == product.ProductId);
            if (truth.B < -1)
            {
                continue;
            }

            inelastic++;
            var r = product.Recommendation;
            var e = product.Estimate;
            // What each status's definition guarantees about the estimate, whatever the noise did.
            switch (r.Status)
            {
                case PriceStatus.Optimal or PriceStatus.ClampedToMinPrice or PriceStatus.ClampedToMaxPrice:
                    // These claim the whole interval of b lies below -1: for a truly inelastic product, a miss of the interval.
                    Assert.True(e.BUpper < -1, $"{product.ProductId}: {r.Status} with b's interval reaching {e.BUpper}");
                    calledElastic++;
                    break;
                case PriceStatus.OptimumUncertain:
                    Assert.True(e.B < -1 && e.BUpper >= -1 && e.BUpper < 0, $"{product.ProductId}: uncertain with b = {e.B} [{e.BLower}, {e.BUpper}]");
                    break;
                case PriceStatus.InelasticNoInteriorOptimum:
                    Assert.True(e.B >= -1 && e.BUpper < 0, $"{product.ProductId}: inelastic with b = {e.B} [{e.BLower}, {e.BUpper}]");
                    Assert.Equal(r.MaxPrice!.Value, r.Price, 12);
                    saysInelasticOrUnusable++;
                    break;
                case PriceStatus.UnusableEstimate:
                    Assert.True(e.BUpper >= 0, $"{product.ProductId}: unusable with b's interval ending at {e.BUpper}");
                    Assert.False(r.HasPrice);
                    saysInelasticOrUnusable++;
                    break;
                case PriceStatus.NoEstimate:
                    Assert.False(e.IsUsable);
                    break;
                default:
                    Assert.Fail($"{product.ProductId}: status {r.Status} is impossible here (true b = {truth.B})");
                    break;
            }
        }

        // About half of 400 products are inelastic (binomial: 200 ± 10).
        Assert.InRange(inelastic, 160, 240);

        // An elastic call needs the 95 % t-interval to lie wholly below -1 while the true b is at least -0.9: the interval
        // misses the truth from above, which for the exact interval of this model (normal log noise, the fitted regression)
        // happens with probability at most 2.5 % per product (far less, as the truth sits 0.1 or more above -1). Bound: the
        // binomial mean plus three standard deviations at 2.5 %, i.e. 5 + 3·2.2 ≈ 11 for 200 products.
        double p = 0.025;
        Assert.InRange(calledElastic, 0, (int)Math.Ceiling((p * inelastic) + (3 * Math.Sqrt(p * (1 - p) * inelastic))));

        // Most say "inelastic" or "unusable" outright: with SE(b) ≈ σ/(sd(u)·√n) = 0.15/(0.0866·√52) ≈ 0.24 (promotion weeks
        // are explained by their own term), P(b̂ < -1) = Φ((-1 - b)/0.24) is 34 % at the truth -0.9 and about 8 % averaged over [-0.9, -0.2].
        Assert.True(saysInelasticOrUnusable > 0.8 * inelastic, $"{saysInelasticOrUnusable} of {inelastic} say inelastic or unusable");
    }

    [Fact]
    public void Optimize_UserBounds_AllowPricesOutsideTheObservedRange()
    {
        // Observed 10..30 (test estimate); P* = 20·... with b = -1.2: c·b/(1+b) = 10·6 = 60, outside [8, 36].
        var e = PriceOptimizerTests.Estimate(1000, -1.2, -1.3, -1.1);
        var byDefault = PriceOptimizer.Optimize(e, 10);
        Assert.Equal(PriceStatus.ClampedToMaxPrice, byDefault.Status);
        Assert.Equal(36, byDefault.Price, 9);
        Assert.Contains("the highest observed price 30 plus MaxChange", byDefault.Message);
        var widened = PriceOptimizer.Optimize(e, 10, maxPrice: 100);
        Assert.Equal(PriceStatus.Optimal, widened.Status);
        Assert.Equal(60, widened.Price, 9);
        Assert.Equal(BoundSource.Given, widened.MaxPriceSource);
    }

    [Fact]
    public void Optimize_IntervalReachesMinusOne_UncertainWithTheDataThatWouldSettleIt()
    {
        // b = -2 with interval [-3, -1]: half-width 1, distance to -1 is 1, so the interval just touches -1.
        // Settling needs (1/1)² = 1 × the data: "about 0 more" is not honest, so take b = -1.5, interval [-2.5, -0.5]:
        // half-width 1, distance 0.5: n must grow by (1/0.5)² = 4, i.e. 3 × 52 = 156 more periods.
        var r = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -1.5, -2.5, -0.5) with { BUpper = -0.5 }, new PriceOptimizerOptions { UnitCost = 10, MaxChange = null });
        Assert.Equal(PriceStatus.OptimumUncertain, r.Status);
        Assert.Equal(30, r.Price, 9); // c·b/(1+b) = 10·1.5/0.5
        Assert.Contains("about 156 more periods with price changes (now 52)", r.Message);
    }

    [Fact]
    public void Optimize_IntervalReachesZero_Unusable()
    {
        var r = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -0.8, -1.9, 0.3), 10);
        Assert.Equal(PriceStatus.UnusableEstimate, r.Status);
        Assert.False(r.HasPrice);
        Assert.Contains("reaches 0", r.Message);
    }

    [Fact]
    public void Optimize_WhatIf_HandComputedAgainstTodaysPrice()
    {
        // a = 1000, b = -2 (interval [-2.5, -1.5]), c = 10, today's price 16, observed 10..30:
        //   P* = 20 (inside [8, 36]); Q(16) = 1000/256 = 3.90625, Q(20) = 2.5.
        //   Profit today (16 - 10)·3.90625 = 23.4375; at 20: (20 - 10)·2.5 = 25; change +1.5625.
        //   Revenue today 62.5, at 20: 50; change -12.5.
        //   Interval (curve pivoted at today's point): ΔΠ(b) = 3.90625·[10·(20/16)^b − 6]:
        //   b = -2.5: 3.90625·(10·0.5724334022 − 6) = -1.0764…; b = -1.5: 3.90625·(10·0.7155417528 − 6) = 4.5133…
        var r = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -2, -2.5, -1.5), new PriceOptimizerOptions { UnitCost = 10, CurrentPrice = 16 });
        Assert.Equal(PriceStatus.Optimal, r.Status);
        Assert.Equal(16, r.CurrentPrice);
        Assert.Equal(3.90625, r.CurrentQuantity, 12);
        Assert.Equal(23.4375, r.CurrentProfit, 12);
        Assert.Equal(62.5, r.CurrentRevenue, 12);
        Assert.Equal(1.5625, r.ProfitChange, 12);
        Assert.Equal(-12.5, r.RevenueChange, 12);
        Assert.Equal(3.90625 * ((10 * Math.Pow(1.25, -2.5)) - 6), r.ProfitChangeLower, 12);
        Assert.Equal(3.90625 * ((10 * Math.Pow(1.25, -1.5)) - 6), r.ProfitChangeUpper, 12);
        Assert.InRange(r.ProfitChange, r.ProfitChangeLower, r.ProfitChangeUpper);
    }

    [Fact]
    public void Run_TodaysPriceIsTheLastPeriodsAndProductsSortByExpectedGain()
    {
        // Two products on Q = 1000·P^-2 (exact), cost 10: P* = 20. A sells today at 12 (gain), B at 19 (small gain).
        var weeks = Enumerable.Range(0, 6).Select(w => new DateTime(2024, 1, 1).AddDays(7 * w)).ToArray();
        double[] a = [18, 22, 20, 24, 16, 12], b = [18, 22, 20, 24, 16, 19];
        var rows = weeks.SelectMany((d, i) => new[]
        {
            new SaleObservation("A", a[i], 1000 / (a[i] * a[i]), d, 10),
            new SaleObservation("B", b[i], 1000 / (b[i] * b[i]), d, 10),
        }).Reverse().ToList();
        var result = PricingAnalysis.Run(rows);
        Assert.Equal(12, result["A"].Recommendation.CurrentPrice);
        Assert.Equal(19, result["B"].Recommendation.CurrentPrice);
        // Gains: A: 25 - (12 - 10)·1000/144 = 25 - 13.888… = 11.11…; B: 25 - 9·1000/361 = 0.069…
        Assert.Equal(25 - (2 * 1000 / 144.0), result["A"].Recommendation.ProfitChange, 9);
        Assert.Equal(["A", "B"], result.ByExpectedGain.Select(p => p.ProductId));
    }

    [Fact]
    public void Run_ProductBoundsFromData_WinOverTheObservedRange()
    {
        // Exact Q = 1000·P^-1.5, c = 10: P* = 10·1.5/0.5 = 30, above the observed 10..20 ± 20 % = [8, 24];
        // the product's own max_price 28 applies instead.
        var rows = new[] { 10.0, 12, 15, 18, 20 }.Select(p => new SaleObservation("A", p, 1000 * Math.Pow(p, -1.5), null, 10, false, null, 28)).ToList();
        var r = PricingAnalysis.Run(rows)["A"].Recommendation;
        Assert.Equal(BoundSource.Data, r.MaxPriceSource);
        Assert.Equal(BoundSource.Observed, r.MinPriceSource);
        Assert.Equal(PriceStatus.ClampedToMaxPrice, r.Status);
        Assert.Equal(28, r.Price, 9);
        Assert.Contains("the product's max_price", r.Message);
    }

    [Fact]
    public void Run_CostRatio_MedianObservedPriceTimesRatioAndSaid()
    {
        // Prices 10, 12, 15, 18, 20: median 15, ratio 0.6 -> cost 9.
        var rows = new[] { 10.0, 12, 15, 18, 20 }.Select(p => new SaleObservation("A", p, 1000 * Math.Pow(p, -3))).ToList();
        var product = PricingAnalysis.Run(rows, new PricingAnalysisOptions { CostRatio = 0.6 })["A"];
        Assert.Equal(CostSource.CostRatio, product.CostSource);
        Assert.Equal(9, product.Recommendation.UnitCost, 12);
        Assert.Equal(13.5, product.Recommendation.Price, 9); // 9·3/2
    }

    [Fact]
    public void Options_CostRatioAndUnitCostTogether_InvalidOptionNamingCostRatio()
    {
        var ex = Assert.Throws<InputDataException>(() => PricingAnalysis.Run([new SaleObservation("A", 10, 5)],
            new PricingAnalysisOptions { CostRatio = 0.6, Optimizer = new() { UnitCost = 3 } }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("CostRatio", ex.Column);
    }

    [Fact]
    public void Run_RevenueObjective_SaysThereIsNoInteriorOptimum()
    {
        var rows = new[] { 10.0, 12, 15, 18, 20 }.Select(p => new SaleObservation("A", p, 1000 * Math.Pow(p, -2))).ToList();
        var r = PricingAnalysis.Run(rows, new PricingAnalysisOptions { Optimizer = new() { Objective = PricingObjective.Revenue } })["A"].Recommendation;
        Assert.Equal(PriceStatus.ElasticNoInteriorOptimum, r.Status);
        Assert.Equal(8, r.Price, 9);
        Assert.Contains("revenue has no interior optimum", r.Message);
    }

    [Fact]
    public void ToSales_FromOrderLines_ResultStatesThePeriod()
    {
        using var lines = SampleData.OrderLines();
        var monthly = PricingAnalysis.Run(lines.ToSales(SalesPeriod.Month), new PricingAnalysisOptions { CostRatio = 0.6 });
        var weekly = PricingAnalysis.Run(lines.ToSales(SalesPeriod.Week), new PricingAnalysisOptions { CostRatio = 0.6 });
        Assert.Equal(SalesPeriod.Month, monthly.Period);
        Assert.Equal(SalesPeriod.Week, weekly.Period);
        // The sample's orders span two years: at most 25 calendar months, and never more months than weeks.
        Assert.All(monthly.Products, p => Assert.InRange(p.Estimate.N + p.Estimate.Excluded, 1, 25));
        Assert.All(monthly.Products, p => Assert.True(p.Estimate.N <= weekly[p.ProductId].Estimate.N));
    }

    [Fact]
    public void Options_UnitCostsAreCopiedOnInit()
    {
        var costs = new Dictionary<string, double> { ["A"] = 4 };
        var options = new PricingAnalysisOptions { UnitCosts = costs };
        costs["A"] = 400;
        Assert.Equal(4, options.UnitCosts!["A"]);
    }
}

using EcomAI.Core.Pricing;

namespace EcomAI.Core.Tests.Pricing;

public class PriceOptimizerTests
{
    /// <summary>A usable estimate with a chosen a, b and interval, as if fitted.</summary>
    internal static ElasticityEstimate Estimate(double a, double b, double bLower = double.NaN, double bUpper = double.NaN) => new()
    {
        ProductId = "x",
        Status = ElasticityStatus.Ok,
        A = a,
        B = b,
        BLower = double.IsNaN(bLower) ? b - 0.1 : bLower,
        BUpper = double.IsNaN(bUpper) ? b + 0.1 : bUpper,
        N = 52,
        ObservedMinPrice = 10,
        ObservedMaxPrice = 30,
    };

    [Fact]
    public void ProfitMaximizingPrice_A1000BMinus2C10_Is20()
    {
        // DESIGN.md check: P* = c·b/(1+b) = 10·(-2)/(-1) = 20.
        Assert.Equal(20.0, PriceOptimizer.ProfitMaximizingPrice(-2, 10), 1e-12);
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), unitCost: 10);
        Assert.Equal(PriceStatus.Optimal, r.Status);
        Assert.Equal(20.0, r.Price, 1e-12);
    }

    [Fact]
    public void SeedFormula_A1000BMinus2C10_IsNaNWhereCorrectFormulaGives20()
    {
        // The seed's code: optimal_price = ((a * b) / (1 - b) * cost) ** (1 / (1 - b)).
        // (1000·-2)/3·10 = -6666.7, and a negative number to the power 1/3 is NaN (numpy gives nan too).
        double a = 1000, b = -2, cost = 10;
        double seed = Math.Pow((a * b) / (1 - b) * cost, 1 / (1 - b));
        Assert.True(double.IsNaN(seed));
        Assert.Equal(20.0, PriceOptimizer.Optimize(Estimate(a, b), cost).Price, 1e-12);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1000.0)]
    [InlineData(1e7)]
    public void Optimize_DifferentScaleA_SamePrice(double a)
    {
        // P* does not depend on a: dπ/dP = a·P^(b-1)·((1+b)P - bc), and a > 0 only scales it.
        Assert.Equal(22.5, PriceOptimizer.Optimize(Estimate(a, -3), 15).Price, 1e-12);
    }

    [Fact]
    public void Optimize_RandomElasticities_EqualsFineGridArgmax()
    {
        var rng = new Random(123);
        for (int k = 0; k < 50; k++)
        {
            double b = -1.05 - (3.95 * rng.NextDouble());
            double c = 1 + (99 * rng.NextDouble());
            double a = Math.Exp(10 * rng.NextDouble());
            // No range from the observed prices: the closed form itself against the grid.
            double star = PriceOptimizer.Optimize(Estimate(a, b, b - 0.01, Math.Min(b + 0.01, -1.001)), new PriceOptimizerOptions { UnitCost = c, MaxChange = null }).Price;

            // Independent check: brute-force the profit (P - c)·a·P^b over a grid of 200,001 prices on [c, 3·P*].
            double hi = 3 * c * b / (1 + b), step = (hi - c) / 200_000, best = double.NegativeInfinity, argmax = double.NaN;
            for (int i = 0; i <= 200_000; i++)
            {
                double p = c + (i * step);
                double profit = (p - c) * a * Math.Pow(p, b);
                if (profit > best)
                {
                    best = profit;
                    argmax = p;
                }
            }

            Assert.InRange(star, argmax - step, argmax + step);
        }
    }

    [Fact]
    public void Optimize_OptimumBelowMinPrice_ClampedToMinPrice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), 10, minPrice: 25, maxPrice: 40);
        Assert.Equal(PriceStatus.ClampedToMinPrice, r.Status);
        Assert.Equal(25, r.Price);
        Assert.Equal(20, r.UnconstrainedPrice, 1e-12);
        Assert.Contains("MinPrice", r.Message);
    }

    [Fact]
    public void Optimize_OptimumAboveMaxPrice_ClampedToMaxPrice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), 10, maxPrice: 15);
        Assert.Equal(PriceStatus.ClampedToMaxPrice, r.Status);
        Assert.Equal(15, r.Price);
    }

    [Fact]
    public void Optimize_Inelastic_UpperBoundWithStatus()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -0.6), 10, maxPrice: 50);
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, r.Status);
        Assert.StartsWith("inelastic: no interior optimum", r.Message);
        Assert.Equal(50, r.Price);
    }

    [Fact]
    public void Optimize_UnitElasticity_IsInelasticCase()
    {
        // b = -1 belongs to -1 <= b < 0: profit (P - c)·a/P = a - ac/P rises with P.
        var r = PriceOptimizer.Optimize(Estimate(1000, -1), 10, maxPrice: 50);
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, r.Status);
    }

    [Fact]
    public void Optimize_InelasticWithoutAnyUpperBound_NoPriceAndAdvice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -0.6), new PriceOptimizerOptions { UnitCost = 10, MaxChange = null });
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, r.Status);
        Assert.False(r.HasPrice);
        Assert.Contains("set MaxPrice or MaxChange", r.Message);
        Assert.True(double.IsNaN(r.ExpectedProfit));
    }

    [Fact]
    public void Optimize_InelasticByDefault_HighestObservedPricePlusTwentyPercent()
    {
        // Observed prices 10..30 (Estimate): the default range is [10·0.8, 30·1.2] = [8, 36].
        var r = PriceOptimizer.Optimize(Estimate(1000, -0.6), 10);
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, r.Status);
        Assert.Equal(36, r.Price, 12);
        Assert.Equal(BoundSource.Observed, r.MaxPriceSource);
        Assert.Equal(8, r.MinPrice!.Value, 12);
        Assert.Contains("the highest observed price 30 plus MaxChange", r.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.4)]
    public void Optimize_NonNegativeElasticity_UnusableEstimate(double b)
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, b), 10, 5, 50);
        Assert.Equal(PriceStatus.UnusableEstimate, r.Status);
        Assert.StartsWith("unusable estimate", r.Message);
        Assert.True(double.IsNaN(r.Price));
    }

    [Fact]
    public void Optimize_EstimateNotUsable_NoEstimate()
    {
        var e = Elasticity.Fit([5.0, 5, 5], [1.0, 2, 3]);
        var r = PriceOptimizer.Optimize(e, 2);
        Assert.Equal(PriceStatus.NoEstimate, r.Status);
        Assert.Contains("SinglePriceLevel", r.Message);
        Assert.True(double.IsNaN(r.Price));
    }

    [Fact]
    public void Optimize_RevenueElastic_LowestPrice()
    {
        // R = a·P^(b+1) with b + 1 = -1 < 0 falls with P: the lower bound maximises revenue.
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), 10, 12, 30, PricingObjective.Revenue);
        Assert.Equal(PriceStatus.ElasticNoInteriorOptimum, r.Status);
        Assert.Equal(12, r.Price);
        Assert.Equal(1000.0 / 12, r.ExpectedRevenue, 1e-9);
    }

    [Fact]
    public void Optimize_RevenueInelastic_HighestPrice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -0.5), 10, 12, 30, PricingObjective.Revenue);
        Assert.Equal(PriceStatus.InelasticNoInteriorOptimum, r.Status);
        Assert.Equal(30, r.Price);
    }

    [Fact]
    public void Optimize_RevenueElasticWithoutMinPrice_NoPrice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), new PriceOptimizerOptions { Objective = PricingObjective.Revenue, MaxChange = null });
        Assert.Equal(PriceStatus.ElasticNoInteriorOptimum, r.Status);
        Assert.False(r.HasPrice);
        Assert.Contains("set MinPrice or MaxChange", r.Message);
    }

    [Fact]
    public void Optimize_Optimal_ExpectedFiguresFromModel()
    {
        // a = 1000, b = -2, c = 10, P = 20: Q = 1000/400 = 2.5, revenue 50, profit 25, margin 0.5.
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), 10);
        Assert.Equal(2.5, r.ExpectedQuantity, 1e-12);
        Assert.Equal(50, r.ExpectedRevenue, 1e-12);
        Assert.Equal(25, r.ExpectedProfit, 1e-12);
        Assert.Equal(0.5, r.Margin, 1e-12);
    }

    [Fact]
    public void Optimize_ElasticInterval_MapsEndpointsThroughPStar()
    {
        // b in [-3, -1.5], c = 10: P*(-3) = 30/2 = 15, P*(-1.5) = 15/0.5 = 30.
        var r = PriceOptimizer.Optimize(Estimate(1000, -2, -3, -1.5), 10);
        Assert.Equal(15, r.PriceLower, 1e-12);
        Assert.Equal(30, r.PriceUpper, 1e-12);
        Assert.False(r.IntervalUnboundedAbove);
    }

    [Fact]
    public void Optimize_IntervalReachesInelastic_UnboundedAbove()
    {
        // b in [-2.5, -0.8]: P*(-2.5) = 25/1.5; the upper end is inelastic, so no upper price.
        var r = PriceOptimizer.Optimize(Estimate(1000, -1.6, -2.5, -0.8), new PriceOptimizerOptions { UnitCost = 10, MaxChange = null });
        Assert.Equal(PriceStatus.OptimumUncertain, r.Status);
        Assert.Equal(25 / 1.5, r.PriceLower, 1e-12);
        Assert.True(double.IsPositiveInfinity(r.PriceUpper));
        Assert.True(r.IntervalUnboundedAbove);
        Assert.Contains("unbounded above", r.IntervalMessage);
    }

    [Fact]
    public void Optimize_IntervalReachesInelasticWithMaxPrice_CappedAtMaxPrice()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -1.6, -2.5, -0.8), 10, maxPrice: 60);
        Assert.Equal(60, r.PriceUpper);
        Assert.True(r.IntervalUnboundedAbove);
        Assert.Contains("capped at the upper bound 60", r.IntervalMessage);
    }

    [Fact]
    public void Optimize_ProfitWithoutCost_NamesUnitCost()
    {
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => PriceOptimizer.Optimize(Estimate(1000, -2), new PriceOptimizerOptions()));
        Assert.Equal(EcomAI.Core.Data.ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("UnitCost", ex.Column);
    }

    [Fact]
    public void Optimize_MaxBelowMin_NamesMaxPrice()
    {
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => PriceOptimizer.Optimize(Estimate(1000, -2), 10, 20, 10));
        Assert.Equal(EcomAI.Core.Data.ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("MaxPrice", ex.Column);
    }

    [Fact]
    public void ProfitMaximizingPrice_InelasticB_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PriceOptimizer.ProfitMaximizingPrice(-0.5, 10));
        Assert.Equal("elasticity", ex.ParamName);
    }

    [Fact]
    public void Optimize_MaxPriceBelowCost_WarnsOfLoss()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -2), 10, maxPrice: 8);
        Assert.Equal(8, r.Price);
        Assert.Contains("below the unit cost", r.Message);
        Assert.True(r.ExpectedProfit < 0);
    }

    [Fact]
    public void ToDataFrame_NoPrice_NullNotNaN()
    {
        var df = PriceOptimizer.Optimize(Estimate(1000, 0.2), 10).ToDataFrame();
        Assert.Equal(1, df.Rows.Count);
        Assert.Null(df["price"][0]);
        Assert.Equal("UnusableEstimate", df["price_status"][0]);
    }

    [Fact]
    public void Optimize_RandomEstimatesAndBounds_IntervalContainsPriceAndBoundsHold()
    {
        var rng = new Random(99);
        for (int k = 0; k < 2000; k++)
        {
            double b = -4 + (4.5 * rng.NextDouble()), half = 0.05 + rng.NextDouble();
            double c = 1 + (20 * rng.NextDouble());
            double? lo = rng.NextDouble() < 0.5 ? c * (0.5 + rng.NextDouble()) : null;
            double? hi = rng.NextDouble() < 0.7 ? (lo ?? c) * (1 + (3 * rng.NextDouble())) : null;
            var objective = rng.NextDouble() < 0.8 ? PricingObjective.Profit : PricingObjective.Revenue;
            var r = PriceOptimizer.Optimize(Estimate(100, b, b - half, b + half),
                new PriceOptimizerOptions { UnitCost = c, MinPrice = lo, MaxPrice = hi, Objective = objective, MaxChange = null });
            if (!r.HasPrice)
            {
                // No price only when the interval reaches 0 (unusable) or the chosen side has no bound.
                Assert.True(b + half >= 0 || (lo is null && r.Status == PriceStatus.ElasticNoInteriorOptimum) || (hi is null && r.Status == PriceStatus.InelasticNoInteriorOptimum),
                    $"no price for b={b}, status {r.Status}");
                continue;
            }

            Assert.InRange(r.Price, lo ?? 0, hi ?? double.PositiveInfinity);
            Assert.InRange(r.Price, r.PriceLower, r.PriceUpper);
            if (objective == PricingObjective.Profit && b < -1 && r.Status == PriceStatus.Optimal)
            {
                // Profit at the optimum beats prices 1% either side.
                double Profit(double p) => (p - c) * 100 * Math.Pow(p, b);
                Assert.True(Profit(r.Price) >= Profit(r.Price * 1.01) && Profit(r.Price) >= Profit(r.Price * 0.99));
            }
        }
    }

    [Fact]
    public void Optimize_RevenueIntervalStraddlingMinusOne_SaysEitherBound()
    {
        var r = PriceOptimizer.Optimize(Estimate(1000, -1.2, -1.6, -0.8), 10, 5, 50, PricingObjective.Revenue);
        Assert.Equal(5, r.PriceLower);
        Assert.Equal(50, r.PriceUpper);
        Assert.Contains("straddles -1", r.IntervalMessage);
    }
}

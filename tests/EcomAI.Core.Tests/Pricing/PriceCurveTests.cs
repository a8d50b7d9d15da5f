using EcomAI.Core.Data;
using EcomAI.Core.Pricing;

namespace EcomAI.Core.Tests.Pricing;

public class PriceCurveTests
{
    [Fact]
    public void Build_ProfitCurve_PeaksAtClosedFormOptimum()
    {
        // a = 1000, b = -2, c = 10 on [10, 40] step 0.3: the grid's best profit is at 19.9 or 20.2, next to P* = 20.
        var curve = PriceCurve.Build(PriceOptimizerTests.Estimate(1000, -2), 10, 10, 40, 101);
        Assert.Equal(101, curve.Points.Count);
        Assert.Equal(10, curve.Points[0].Price);
        Assert.Equal(40, curve.Points[^1].Price);
        var best = curve.Points.MaxBy(p => p.Profit);
        Assert.InRange(best.Price, 19.7, 20.3);
        var at20 = curve.Points.Single(p => Math.Abs(p.Price - 19.9) < 1e-9);
        Assert.Equal(1000 / (19.9 * 19.9), at20.Quantity, 1e-9);
        Assert.Equal(19.9 * at20.Quantity, at20.Revenue, 1e-9);
        Assert.Equal(9.9 * at20.Quantity, at20.Profit, 1e-9);
    }

    [Fact]
    public void For_Recommendation_CoversObservedRangeAndPrice()
    {
        var r = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -2), 10);
        var curve = PriceCurve.For(r, 51);
        // The allowed range is the observed 10..30 ± 20 % = [8, 36]: the curve spans half its lower end to 1.5 × its upper end.
        Assert.Equal(4, curve.Points[0].Price, 1e-12);
        Assert.Equal(54, curve.Points[^1].Price, 1e-12);
        Assert.Equal(20, curve.RecommendedPrice, 1e-12);
        Assert.Equal(51, curve.ToDataFrame().Rows.Count);
    }

    [Fact]
    public void For_TodaysPriceAboveTheRange_CurveReachesIt()
    {
        // Today's price 50 lies above the allowed [8, 36]: the curve runs to 1.5 × 50 = 75 so today's point is on it.
        var r = PriceOptimizer.Optimize(PriceOptimizerTests.Estimate(1000, -2), new PriceOptimizerOptions { UnitCost = 10, CurrentPrice = 50 });
        var curve = PriceCurve.For(r, 51);
        Assert.Equal(4, curve.Points[0].Price, 1e-12);
        Assert.Equal(75, curve.Points[^1].Price, 1e-12);
    }

    [Fact]
    public void For_HandMadeEstimateWithoutObservedPrices_SpansCostAndOptimum()
    {
        // A lesson's estimate: a = 1000, b = -2 typed in, no data behind it. c = 10 gives P* = 20, so the range is
        // [0.5 × 10, 1.5 × 20] = [5, 30] (half the lowest of cost and price, 1.5 × the highest).
        var estimate = PriceOptimizerTests.Estimate(1000, -2) with { ObservedMinPrice = double.NaN, ObservedMaxPrice = double.NaN };
        var curve = PriceCurve.For(PriceOptimizer.Optimize(estimate, 10), 51);
        Assert.Equal(5, curve.Points[0].Price, 1e-12);
        Assert.Equal(30, curve.Points[^1].Price, 1e-12);
        Assert.All(curve.Points, p => Assert.True(double.IsFinite(p.Profit)));
        Assert.Equal(25, curve.Points.Max(p => p.Profit), 1e-9); // (20 - 10) · 1000 / 20² at the grid point 20
    }

    [Fact]
    public void Build_UnusableEstimate_InsufficientData()
    {
        var e = Elasticity.Fit([5.0, 5, 5], [1.0, 2, 3]);
        var ex = Assert.Throws<InputDataException>(() => PriceCurve.Build(e, 1, 1, 10));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
    }

    [Fact]
    public void Build_ReversedRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCurve.Build(PriceOptimizerTests.Estimate(1000, -2), 10, 40, 10));
    }
}

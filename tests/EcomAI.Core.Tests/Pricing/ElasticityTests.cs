using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Pricing;

public class ElasticityTests
{
    // Fixed data set shared with Reference/elasticity_reference.py (statsmodels 0.13.5 OLS, scipy 1.10.1 curve_fit),
    // whose printed output is committed beside it as Reference/elasticity_reference.out.
    private static readonly double[] Price = [8.0, 9.5, 10.0, 11.0, 12.5, 9.0, 13.0, 10.5, 14.0, 8.5, 11.5, 12.0];
    private static readonly double[] Qty = [640.0, 400.0, 370.0, 310.0, 240.0, 560.0, 215.0, 410.0, 190.0, 505.0, 380.0, 250.0];
    private static readonly bool[] Promo = [true, false, false, false, false, true, false, true, false, false, true, false];

    [Fact]
    public void Fit_LogLog_MatchesStatsmodelsTo1e8()
    {
        var e = Elasticity.Fit(Price, Qty);

        // statsmodels: sm.OLS(log(qty), add_constant(log(price))).fit()
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.Equal(10.851168652386303, e.Intercept, 1e-8);
        Assert.Equal(-2.1137790369224603, e.B, 1e-8);
        Assert.Equal(0.4731339716110935, e.StdErrorIntercept, 1e-8);
        Assert.Equal(0.1995742669002699, e.StdErrorB, 1e-8);
        Assert.Equal(22.93466397146756, e.TStatisticIntercept, 1e-7);
        Assert.Equal(-10.591440819265271, e.TStatisticB, 1e-7);
        Assert.Equal(-2.5584582148553716, e.BLower, 1e-8);
        Assert.Equal(-1.6690998589895487, e.BUpper, 1e-8);
        Assert.Equal(0.9181526185817556, e.RSquared, 1e-8);
        Assert.Equal(Math.Sqrt(0.013528642809711805), e.ResidualStdError, 1e-8);
        Assert.Equal(12, e.N);
        Assert.Equal(10, e.DegreesOfFreedom);
        Assert.Equal(Math.Exp(10.851168652386303), e.A, 1e-8 * e.A);
        Assert.False(e.PromotionUsed);
        Assert.Null(e.PromotionCoefficient);
    }

    [Fact]
    public void Fit_LogLogWithPromotion_MatchesStatsmodelsTo1e8()
    {
        var e = Elasticity.Fit(Price, Qty, Promo, new ElasticityOptions { IncludePromotion = true });

        // statsmodels: sm.OLS(log(qty), add_constant(column_stack([log(price), promo]))).fit()
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.True(e.PromotionUsed);
        Assert.Equal(10.148522300712724, e.Intercept, 1e-8);
        Assert.Equal(-1.8492401314567546, e.B, 1e-8);
        Assert.Equal(0.2312426070467536, e.PromotionCoefficient!.Value, 1e-8);
        Assert.Equal(0.19458605386631822, e.StdErrorIntercept, 1e-8);
        Assert.Equal(0.08038656133974711, e.StdErrorB, 1e-8);
        Assert.Equal(0.0286894126985814, e.PromotionStdError!.Value, 1e-8);
        Assert.Equal(8.060207069285452, e.PromotionTStatistic!.Value, 1e-7);
        Assert.Equal(-2.0310871669795816, e.BLower, 1e-8);
        Assert.Equal(-1.6673930959339276, e.BUpper, 1e-8);
        Assert.Equal(0.9900411392889268, e.RSquared, 1e-8);
        Assert.Equal(9, e.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_NonlinearLevels_MatchesScipyCurveFit()
    {
        var e = Elasticity.Fit(Price, Qty, null, new ElasticityOptions { Method = ElasticityMethod.NonlinearLevels });

        // scipy.optimize.curve_fit(lambda p, a, b: a * p ** b, ...) from the log-log start; both stop at their own
        // tolerances, so parameters agree to ~1e-7 relative, standard errors (from the Jacobian) to ~1e-5.
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.Equal(ElasticityMethod.NonlinearLevels, e.Method);
        Assert.Equal(42965.58035960207, e.A, 42965.58 * 1e-6);
        Assert.Equal(-2.0321882357466525, e.B, 1e-6);
        Assert.Equal(20742.83481011097, e.StdErrorIntercept, 20742.83 * 1e-5);
        Assert.Equal(0.21357661615315607, e.StdErrorB, 1e-5);
        Assert.Equal(e.B - (2.2281388519649385 * e.StdErrorB), e.BLower, 1e-9);
    }

    [Fact]
    public void Fit_NonlinearLevelsWithPromotion_MatchesScipyCurveFit()
    {
        var e = Elasticity.Fit(Price, Qty, Promo, new ElasticityOptions { Method = ElasticityMethod.NonlinearLevels, IncludePromotion = true });

        // scipy curve_fit of a·P^b·exp(g·promo) from the log-log start (Reference/elasticity_reference.out).
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.True(e.PromotionUsed);
        Assert.Equal(20962.28996233142, e.A, 20962.29 * 1e-6);
        Assert.Equal(-1.7589596319190504, e.B, 1e-6);
        Assert.Equal(0.2099587182718234, e.PromotionCoefficient!.Value, 1e-6);
        Assert.Equal(4436.893989131869, e.StdErrorIntercept, 4436.89 * 1e-5);
        Assert.Equal(0.09077242566244144, e.StdErrorB, 1e-5);
        Assert.Equal(0.028287864652124132, e.PromotionStdError!.Value, 1e-5);
        Assert.Equal(9, e.DegreesOfFreedom);
    }

    [Fact]
    public void PredictQuantity_WithPromotion_AppliesLift()
    {
        var e = Elasticity.Fit(Price, Qty, Promo, ElasticityOptions.Default);
        double baseline = e.A * Math.Pow(10, e.B);
        Assert.Equal(baseline, e.PredictQuantity(10), 1e-9 * baseline);
        Assert.Equal(baseline * Math.Exp(e.PromotionCoefficient!.Value), e.PredictQuantity(10, promotion: true), 1e-9 * baseline);
        Assert.True(double.IsNaN(e.PredictQuantity(0)));
    }

    [Fact]
    public void ToDataFrame_OneRowWithStatisticsAndNullsForMissing()
    {
        var df = Elasticity.Fit(Price, Qty, null, new ElasticityOptions { IncludePromotion = false }).ToDataFrame();
        Assert.Equal(1, df.Rows.Count);
        Assert.Equal(-2.1137790369224603, (double)df["b"][0]!, 1e-8);
        Assert.Null(df["promotion_coef"][0]);
        Assert.Equal("Ok", df["status"][0]);
    }

    [Fact]
    public void Fit_ExactPowerLaw_RecoversParameters()
    {
        // Q = 1000·P^-2 exactly: b = -2, a = 1000, residuals 0.
        double[] p = [5, 10, 20, 40];
        var e = Elasticity.Fit(p, p.Select(x => 1000 * Math.Pow(x, -2)).ToArray());
        Assert.Equal(-2, e.B, 1e-12);
        Assert.Equal(1000, e.A, 1e-9);
        Assert.Equal(1, e.RSquared, 1e-12);
    }

    [Fact]
    public void Fit_SeededProducts_IntervalCoversTrueElasticity93To97Percent()
    {
        // 1,000 products, 52 weeks, log-normal noise, no promotions: the OLS t interval is exact under this model,
        // so coverage should be 95% up to sampling error (sd ≈ 0.7 points).
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 1000, Weeks = 52, Seed = 7, PromotionRate = 0 });
        int covered = 0;
        for (int i = 0; i < 1000; i++)
        {
            var e = Elasticity.Fit(sample.Sales.Skip(i * 52).Take(52));
            Assert.Equal(sample.Truth[i].ProductId, e.ProductId);
            if (e.BLower <= sample.Truth[i].B && sample.Truth[i].B <= e.BUpper)
            {
                covered++;
            }
        }

        Assert.InRange(covered, 930, 970);
    }

    [Fact]
    public void Fit_SeededProductsWithPromotionCovariate_CoversElasticityAndLift()
    {
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 1000, Weeks = 52, Seed = 11, PromotionRate = 0.25 });
        var options = new ElasticityOptions { IncludePromotion = true };
        int coveredB = 0, coveredLift = 0, fitted = 0;
        for (int i = 0; i < 1000; i++)
        {
            var e = Elasticity.Fit(sample.Sales.Skip(i * 52).Take(52), options);
            if (!e.PromotionUsed)
            {
                continue;
            }

            fitted++;
            var t = sample.Truth[i];
            coveredB += e.BLower <= t.B && t.B <= e.BUpper ? 1 : 0;
            double tq = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, e.DegreesOfFreedom, 0.975);
            coveredLift += Math.Abs(e.PromotionCoefficient!.Value - t.PromotionLift) <= tq * e.PromotionStdError!.Value ? 1 : 0;
        }

        Assert.True(fitted > 990, $"{fitted} products had both promoted and regular weeks");
        Assert.InRange(coveredB / (double)fitted, 0.93, 0.97);
        Assert.InRange(coveredLift / (double)fitted, 0.93, 0.97);
    }

    [Fact]
    public void Fit_SinglePriceLevel_StatusNotNumber()
    {
        var e = Elasticity.Fit([9.99, 9.99, 9.99], [10, 12, 9]);
        Assert.Equal(ElasticityStatus.SinglePriceLevel, e.Status);
        Assert.True(double.IsNaN(e.B));
        Assert.Contains("same price", e.Message);
        Assert.Equal(1, e.DistinctPrices);
    }

    [Fact]
    public void Fit_TwoObservations_TooFewObservations()
    {
        var e = Elasticity.Fit([10.0, 12.0], [100, 80]);
        Assert.Equal(ElasticityStatus.TooFewObservations, e.Status);
        Assert.Contains("Elasticity.Arc", e.Message);
        Assert.True(double.IsNaN(e.StdErrorB));
    }

    [Fact]
    public void Fit_AllRowsNonPositive_NoDataWithExcludedCount()
    {
        var e = Elasticity.Fit([10.0, 0, 12], [0, 5, -1]);
        Assert.Equal(ElasticityStatus.NoData, e.Status);
        Assert.Equal(3, e.Excluded);
        Assert.Equal(0, e.N);
    }

    [Fact]
    public void Fit_NonPositiveRows_ExcludedAndCounted()
    {
        var withBad = Elasticity.Fit([.. Price, 10.0, 0.0], [.. Qty, 0.0, 100.0]);
        var clean = Elasticity.Fit(Price, Qty);
        Assert.Equal(2, withBad.Excluded);
        Assert.Equal(12, withBad.N);
        Assert.Equal(clean.B, withBad.B);
    }

    [Fact]
    public void Fit_StrictWithZeroQuantity_FailsNamingRowAndColumn()
    {
        var ex = Assert.Throws<InputDataException>(() =>
            Elasticity.Fit([10.0, 11, 12, 13], [5, 4, 0, 3], null, new ElasticityOptions { Strict = true }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Equal(3, ex.Row);
        Assert.Equal("Quantity", ex.Column);
        Assert.Contains("quantity 0 is not positive", ex.Message);
    }

    [Fact]
    public void Fit_PromotionOnlyWithPriceChange_Collinear()
    {
        // Price changes exactly on promotion weeks: ln P and the flag are perfectly collinear.
        double[] p = [10, 10, 8, 10, 8, 10];
        bool[] d = [false, false, true, false, true, false];
        var e = Elasticity.Fit(p, [100, 98, 160, 102, 150, 99], d, new ElasticityOptions { IncludePromotion = true });
        Assert.Equal(ElasticityStatus.PromotionCollinearWithPrice, e.Status);
        Assert.True(double.IsNaN(e.B));
    }

    [Fact]
    public void Fit_PromotionFlagAlwaysSet_FitsWithoutCovariateAndSaysSo()
    {
        var e = Elasticity.Fit(Price, Qty, Price.Select(_ => true).ToArray(), new ElasticityOptions { IncludePromotion = true });
        Assert.Equal(ElasticityStatus.Ok, e.Status);
        Assert.False(e.PromotionUsed);
        Assert.Contains("every observation is flagged as a promotion", e.Message);
        Assert.Equal(-2.1137790369224603, e.B, 1e-8); // statsmodels figure of the two-parameter fit
    }

    [Fact]
    public void Fit_PromotionsIgnored_BiasedTowardsElastic()
    {
        // Promotion weeks have a 20% lower price and a 0.3 log lift: without the covariate the lift is credited to
        // the price cut, so b comes out more negative than the truth on average; with it, b is unbiased.
        var s = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 200, Weeks = 52, Seed = 2, PromotionRate = 0.2 });
        double biasWithout = 0, biasWith = 0;
        for (int i = 0; i < 200; i++)
        {
            var rows = s.Sales.Skip(i * 52).Take(52).ToList();
            biasWithout += Elasticity.Fit(rows, new ElasticityOptions { IncludePromotion = false }).B - s.Truth[i].B;
            biasWith += Elasticity.Fit(rows).B - s.Truth[i].B;
        }

        Assert.True(biasWithout / 200 < -0.3, $"mean bias without covariate {biasWithout / 200}");
        Assert.InRange(biasWith / 200, -0.05, 0.05);
    }

    [Fact]
    public void Fit_NonlinearWithOneIteration_NotConverged()
    {
        // Start far from the optimum is not possible (it starts at the log-log fit), so allow a single LM step on
        // data where the levels optimum differs from the log-log one.
        var e = Elasticity.Fit(Price, Qty, null, new ElasticityOptions { Method = ElasticityMethod.NonlinearLevels, MaxIterations = 1 });
        Assert.Equal(ElasticityStatus.NotConverged, e.Status);
        Assert.True(double.IsNaN(e.B));
    }

    [Fact]
    public void Fit_SeveralProducts_FailsSuggestingPricingAnalysis()
    {
        var ex = Assert.Throws<InputDataException>(() => Elasticity.Fit(
            [new SaleObservation("a", 10, 5), new SaleObservation("b", 11, 4)]));
        Assert.Contains("PricingAnalysis.Run", ex.Message);
        Assert.Equal(2, ex.Row);
    }

    [Fact]
    public void Fit_NaNPrice_FailsNonFinite()
    {
        var ex = Assert.Throws<InputDataException>(() => Elasticity.Fit([10.0, double.NaN, 12], [5, 4, 3]));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Equal("Price", ex.Column);
    }

    [Fact]
    public void Fit_BadConfidenceLevel_NamesOption()
    {
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => Elasticity.Fit(Price, Qty, null, new ElasticityOptions { ConfidenceLevel = 1.5 }));
        Assert.Equal(EcomAI.Core.Data.ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("ConfidenceLevel", ex.Column);
    }

    [Fact]
    public void Fit_LengthMismatch_NamesParameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Elasticity.Fit([1.0, 2], [1.0]));
        Assert.Equal("quantities", ex.ParamName);
    }

    [Fact]
    public void Arc_TenToTwelve_MidpointFormula()
    {
        // Hand computation: ΔQ/mean Q = -20/90, ΔP/mean P = 2/11, ratio = -220/180 = -11/9.
        Assert.Equal(-11.0 / 9.0, Elasticity.Arc(10, 100, 12, 80), 1e-14);
        Assert.Equal(Elasticity.Arc(10, 100, 12, 80), Elasticity.Arc(12, 80, 10, 100), 1e-14);
    }

    [Fact]
    public void Arc_Observations_SameAsPlainArguments()
    {
        // 20 → 25 at 100 → 60: (-40/80) / (5/22.5) = -0.5 / 0.2222 = -2.25.
        Assert.Equal(-2.25, Elasticity.Arc(new SaleObservation("p", 20, 100), new SaleObservation("p", 25, 60)), 1e-14);
    }

    [Fact]
    public void Arc_EqualPrices_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Elasticity.Arc(10, 100, 10, 80));
        Assert.Equal("price2", ex.ParamName);
    }

    [Fact]
    public void Fit_DoesNotModifyInput()
    {
        double[] p = (double[])Price.Clone(), q = (double[])Qty.Clone();
        Elasticity.Fit(p, q);
        Assert.Equal(Price, p);
        Assert.Equal(Qty, q);
    }
}

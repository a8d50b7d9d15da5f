using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.CustomerValue;

public class CustomerValueAnalysisTests
{
    private static readonly BgNbdSample Sample = BgNbdSampleGenerator.Generate(BgNbdSampleOptions.Default with { Customers = 6000, Seed = 5 });

    [Fact]
    public void Run_SimulatedTransactionsWithHoldout_PredictsHoldoutPurchasesOfTheCohort()
    {
        // Calibration = the first 39 weeks (1997-01-01 .. 1997-09-30), holdout the next 39, as in FHL 2005.
        var options = new CustomerValueOptions { PurchasePeriod = TimeUnit.Day, CalibrationEnd = new DateTime(1997, 9, 30) };

        var result = CustomerValueAnalysis.Run(Sample.Transactions, options);

        var holdout = result.Holdout!;
        Assert.InRange(holdout.TotalExpected / holdout.TotalActual, 0.9, 1.1);
        Assert.Equal(holdout.TotalActual, result.Customers.Sum(c => c.HoldoutPurchases!.Value));
        var tracking = result.Tracking!;
        Assert.InRange(tracking.ExpectedCumulative[^1] / tracking.ActualCumulative[^1], 0.9, 1.1);
        Assert.All(result.PurchaseModel.Estimates, e => Assert.True(e.Covers(Truth(e.Parameter)), $"{e.Parameter} {e.Estimate} [{e.Lower}, {e.Upper}]"));
    }

    [Fact]
    public void ProbabilityAlive_SimulatedCustomers_IsCalibratedAgainstTheTruth()
    {
        // Among customers the model gives P(alive) in a band, the share truly alive at the end should match the band's mean.
        var model = BgNbdModel.FromParameters(BgNbdParameters.Cdnow);
        var alive = model.ProbabilityAlive(Sample.Summary);
        var repeaters = Enumerable.Range(0, Sample.Summary.Count).Where(i => Sample.Summary.Frequency[i] > 0).ToArray();
        foreach (var (lo, hi) in new[] { (0.0, 0.3), (0.3, 0.7), (0.7, 1.0) })
        {
            var band = repeaters.Where(i => alive[i] >= lo && alive[i] < hi).ToArray();
            double predicted = band.Average(i => alive[i]);
            double actual = band.Average(i => Sample.Truth[i].AliveAtEnd ? 1.0 : 0.0);
            double se = Math.Sqrt(predicted * (1 - predicted) / band.Length);
            Assert.True(Math.Abs(predicted - actual) < 4 * se + 0.01, $"[{lo}, {hi}): predicted {predicted:F3}, truly alive {actual:F3}, n = {band.Length}");
        }

        Assert.All(Enumerable.Range(0, Sample.Summary.Count).Where(i => Sample.Summary.Frequency[i] == 0), i => Assert.Equal(1.0, alive[i]));
    }

    [Fact]
    public void ProbabilityOfPurchases_Equation8_SumsToOneWithMeanEqualToEquation9()
    {
        // Eqs. (8) and (9) are separate closed forms; Σ P(X(t) = n) = 1 and Σ n P(X(t) = n) = E[X(t)] tie them together.
        var model = BgNbdModel.FromParameters(new BgNbdParameters(0.8, 3.0, 1.7, 4.0));
        double total = 0, mean = 0;
        for (int n = 0; n < 400; n++)
        {
            double p = model.ProbabilityOfPurchases(n, 52);
            total += p;
            mean += n * p;
        }

        Assert.Equal(1.0, total, 10);
        Assert.Equal(model.ExpectedPurchasesNewCustomer(52), mean, 9);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(0.9999999999, 2.0)]
    [InlineData(1.3, 0.2)]
    public void ExpectedPurchasesNewCustomer_NearAEqualsOne_MatchesNumericalIntegralOfEquation7(double a, double b)
    {
        // E[X(t) | λ, p] = (1/p)(1 − e^{−λpt}) (FHL 2005 eq. 7); integrating λ ~ Gamma(r, α) gives (1/p)(1 − (α/(α+pt))^r),
        // then p ~ Beta(a, b) numerically: no hypergeometric function, and no pole at a = 1 (where eq. 9's prefactor is 0/0).
        const double r = 0.5, alpha = 2.0, t = 20.0;
        var model = BgNbdModel.FromParameters(new BgNbdParameters(r, alpha, a, b));
        double logBeta = MathNet.Numerics.SpecialFunctions.BetaLn(a, b);

        // Split at p = 1/2; p = u^(1/a) removes p^(a−1) below, 1 − p = w^(1/b) removes (1 − p)^(b−1) above.
        double F(double p) => -BgNbdMath.ExpMinusOne(-r * BgNbdMath.LogOnePlus(p * t / alpha)) / p;
        double lower = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(u =>
        {
            double p = Math.Pow(u, 1 / a);
            return F(p) * Math.Exp(((b - 1) * BgNbdMath.LogOnePlus(-p)) - logBeta) / a;
        }, 0, Math.Pow(0.5, a), 256);
        double upper = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(w =>
        {
            double q = Math.Pow(w, 1 / b);
            return F(1 - q) * Math.Exp(((a - 1) * BgNbdMath.LogOnePlus(-q)) - logBeta) / b;
        }, 0, Math.Pow(0.5, b), 256);
        double integral = lower + upper;

        Assert.Equal(integral, model.ExpectedPurchasesNewCustomer(t), 8);
    }

    [Fact]
    public void Clv_OneMonthUndiscounted_IsMarginTimesSpendTimesEquation10()
    {
        var options = new CustomerValueOptions { Horizon = 1, DiscountRate = 0, Margin = 0.25 };

        var result = CustomerValueAnalysis.Run(Sample.Summary, options);

        var month = 365.2425 / 12 / 7;
        foreach (var c in result.Customers.Take(50))
        {
            double purchases = result.PurchaseModel.ExpectedPurchases(month, c.Frequency, c.Recency, c.T);
            Assert.Equal(purchases, c.ExpectedPurchases, 12);
            Assert.Equal(0.25 * c.ExpectedSpend * purchases, c.Clv, 10);
        }

        Assert.True(result.Customers.Zip(result.Customers.Skip(1)).All(p => p.First.Clv >= p.Second.Clv));
        Assert.Equal(Enumerable.Range(1, result.Customers.Count), result.Customers.Select(c => c.Rank));
    }

    [Fact]
    public void Clv_Discounting_WeightsEachMonthByTheAnnualRate()
    {
        var undiscounted = CustomerValueAnalysis.Run(Sample.Summary, new CustomerValueOptions { Horizon = 24, DiscountRate = 0 });
        var discounted = CustomerValueAnalysis.Run(Sample.Summary, new CustomerValueOptions { Horizon = 24, DiscountRate = 0.2 });

        // By hand for one customer: Σ_k (E(k·month) − E((k−1)·month))·1.2^(−k/12).
        var c = discounted.Customers[0];
        var model = discounted.PurchaseModel;
        double month = 365.2425 / 12 / 7, sum = 0, previous = 0;
        for (int k = 1; k <= 24; k++)
        {
            double current = model.ExpectedPurchases(k * month, c.Frequency, c.Recency, c.T);
            sum += (current - previous) * Math.Pow(1.2, -k / 12.0);
            previous = current;
        }

        Assert.Equal(c.ExpectedSpend * sum, c.Clv, 8);
        Assert.True(discounted.TotalClv < undiscounted.TotalClv);
        Assert.True(discounted.TotalClv > undiscounted.TotalClv / 1.2);
    }

    [Fact]
    public void BySegment_JoinsOnCustomerIdAndSumsClv()
    {
        var result = CustomerValueAnalysis.Run(Sample.Transactions, new CustomerValueOptions { PurchasePeriod = TimeUnit.Day });
        var segments = CustomerSegmentation.Fit(Sample.Transactions, SegmentationOptions.Default with { K = 3, Seed = 1 });

        var table = result.BySegment(segments);

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(result.Customers.Count, table.Rows.Sum(r => r.Customers));
        Assert.Equal(result.TotalClv, table.Rows.Sum(r => r.TotalClv), 6);
        Assert.Equal(1.0, table.Rows.Sum(r => r.ShareOfClv), 12);
        var first = table.Rows[0];
        var members = segments.Customers.Where(s => s.Segment == first.Segment).Select(s => s.CustomerId).ToHashSet();
        Assert.Equal(result.Customers.Where(c => members.Contains(c.CustomerId)).Sum(c => c.Clv), first.TotalClv, 8);
        Assert.Equal(0, table.CustomersWithoutSegment);
    }

    [Fact]
    public void Run_FrequencyCorrelatedWithSpend_WarnsAboutTheIndependenceAssumption()
    {
        // Heavy buyers spend more per purchase: the Gamma-Gamma assumption fails and the result must say so.
        var s = Sample.Summary;
        var monetary = Enumerable.Range(0, s.Count).Select(i => s.Frequency[i] == 0 ? 0 : 10.0 * s.Frequency[i] + (i % 7)).ToArray();
        var skewed = CustomerSummary.FromColumns(s.CustomerIds, s.Frequency, s.Recency, s.T, monetary);

        var result = CustomerValueAnalysis.Run(skewed);

        Assert.True(result.SpendModel.FrequencyMonetaryCorrelation > 0.9);
        Assert.Contains(result.Warnings, w => w.Contains("correlated", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_NegativeHorizonOrMarginAboveOne_AreInvalidOptions()
    {
        Assert.Equal(ErrorIds.InvalidOption, Assert.Throws<InputDataException>(() => new CustomerValueOptions { Horizon = 0 }.Validate()).ErrorId);
        var ex = Assert.Throws<InputDataException>(() => new CustomerValueOptions { Margin = 1.5 }.Validate());
        Assert.StartsWith("Margin", ex.Message, StringComparison.Ordinal);
    }

    private static double Truth(string name) => name switch
    {
        "r" => BgNbdParameters.Cdnow.R,
        "alpha" => BgNbdParameters.Cdnow.Alpha,
        "a" => BgNbdParameters.Cdnow.A,
        _ => BgNbdParameters.Cdnow.B,
    };
}

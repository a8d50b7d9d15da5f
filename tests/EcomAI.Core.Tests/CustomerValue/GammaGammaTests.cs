using EcomAI.Core.CustomerValue;
using EcomAI.Core.Data;

namespace EcomAI.Core.Tests.CustomerValue;

public class GammaGammaTests
{
    [Fact]
    public void Fit_NonPositiveSpendAmongRepeatCustomers_CountedLeftOutAndTheFitIsScipysOnTheRest()
    {
        // The SciPy reference was fitted on the committed rows alone. Add two repeat customers with mean spend -5 and 0 and two
        // without repeats: none is an error, each is counted, and the fit (and the frequency-spend correlation) is SciPy's.
        var rows = ReferenceFiles.Csv("gamma_gamma_data.csv");
        int[] x = [.. rows.Select(r => (int)r[0]), 2, 3, 0, 0];
        double[] m = [.. rows.Select(r => r[1]), -5.0, 0.0, 0.0, 12.0];

        var model = GammaGamma.Fit(x, m);

        Assert.Equal(rows.Length, model.Customers);
        Assert.Equal(2, model.CustomersWithNonPositiveSpend);
        Assert.Equal(2, model.CustomersWithoutRepeat);
        Assert.Equal(ReferenceFiles.Value("gg.loglik"), model.LogLikelihood, 6);
        string[] names = ["p", "q", "v"];
        for (int k = 0; k < 3; k++)
        {
            double expected = ReferenceFiles.Value($"gg.{names[k]}");
            Assert.True(Math.Abs(model.Estimates[k].Estimate - expected) < 1e-4 * expected, $"{names[k]}: {model.Estimates[k].Estimate} vs SciPy {expected}");
        }

        Assert.Equal(ReferenceFiles.Value("gg.correlation"), model.FrequencyMonetaryCorrelation, 10);
    }

    [Fact]
    public void Fit_NonPositiveSpendLeavesTooFew_InsufficientDataCountingThem()
    {
        // Four repeat customers, two with spend <= 0: two usable, fewer than the three the model needs.
        var ex = Assert.Throws<InputDataException>(() => GammaGamma.Fit([1, 2, 3, 4, 0], [10.0, -3.0, 0.0, 25.0, 0.0]));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("2 customers have repeat purchases with a positive value", ex.Message);
        Assert.Contains("1 without repeat purchases, 2 with a zero or negative mean repeat value", ex.Message);
    }

    [Fact]
    public void Fit_NaNSpend_NonFiniteNumberNamingTheCustomer()
    {
        var ex = Assert.Throws<InputDataException>(() => GammaGamma.Fit([1, 2, 3, 4], [10.0, 20.0, double.NaN, 25.0]));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.Equal(3, ex.Row);
        Assert.Contains("customer 3", ex.Message);
    }
}

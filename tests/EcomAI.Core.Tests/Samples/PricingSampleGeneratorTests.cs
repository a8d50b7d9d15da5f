using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Samples;

public class PricingSampleGeneratorTests
{
    [Fact]
    public void SalesCsv_EqualsGeneratorOutputForSalesOptions()
    {
        // The shipped sample is exactly what the generator makes with SalesOptions, so its truth is known.
        string regenerated = PricingSampleGenerator.Generate(SampleData.SalesOptions).ToCsv();
        Assert.Equal(regenerated, SampleData.SalesCsv().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Sales_ReadsTwelveProductsWithAnalysis()
    {
        var sales = SampleData.Sales();
        var result = PricingAnalysis.Run(sales);
        Assert.Equal(12, result.Products.Count);
        var truth = PricingSampleGenerator.Generate(SampleData.SalesOptions).Truth;
        Assert.Contains(truth, t => t.B >= -1); // the sample shows the inelastic case too
        foreach (var t in truth.Where(t => t.B >= -1))
        {
            Assert.True(double.IsNaN(t.OptimalPrice));
        }
    }

    [Fact]
    public void Sales_StockoutWeeksExcludedAndCounted()
    {
        // Count the zero-quantity lines of the CSV text directly (4th field), independently of the reader.
        int zeros = SampleData.SalesCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Count(line => line.Split(',')[3] == "0");
        var sales = SampleData.Sales();
        Assert.True(zeros > 0);
        Assert.Equal(zeros, sales.Exclusions.NonPositiveQuantity);
        Assert.Equal(12 * 52 - zeros, sales.Observations.Count);
    }

    [Fact]
    public void Generate_SameSeed_SameSample_DifferentSeed_Different()
    {
        var a = PricingSampleGenerator.Generate(5, 10, 1);
        var b = PricingSampleGenerator.Generate(5, 10, 1);
        var c = PricingSampleGenerator.Generate(5, 10, 2);
        Assert.Equal(a.Sales, b.Sales);
        Assert.Equal(a.Truth, b.Truth);
        Assert.NotEqual(a.Sales, c.Sales);
    }

    [Fact]
    public void Generate_ProductDataIndependentOfProductCount()
    {
        var small = PricingSampleGenerator.Generate(3, 10, 4);
        var large = PricingSampleGenerator.Generate(30, 10, 4);
        Assert.Equal(small.Sales.Take(20).Select(s => (s.Price, s.Quantity)), large.Sales.Take(20).Select(s => (s.Price, s.Quantity)));
    }

    [Fact]
    public void Generate_NoNoise_FitRecoversTruthExactly()
    {
        // σ = 0 and no rounding: ln Q = ln a + b ln P + g·promo holds exactly, so OLS with the covariate returns a, b, g.
        var s = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 4, Weeks = 20, Seed = 3, NoiseSigma = 0, PromotionRate = 0.3 });
        for (int i = 0; i < 4; i++)
        {
            var e = Elasticity.Fit(s.Sales.Skip(i * 20).Take(20), new ElasticityOptions { IncludePromotion = true });
            Assert.Equal(s.Truth[i].B, e.B, 1e-9);
            Assert.Equal(s.Truth[i].A, e.A, 1e-7 * s.Truth[i].A);
            Assert.Equal(0.3, e.PromotionCoefficient!.Value, 1e-9);
        }
    }

    [Fact]
    public void Generate_Truth_OptimalPriceIsClosedForm()
    {
        foreach (var t in PricingSampleGenerator.Generate(10, 5, 8).Truth)
        {
            Assert.Equal(t.UnitCost * t.B / (1 + t.B), t.OptimalPrice, 1e-12);
            Assert.InRange(t.B, -3.5, -1.3);
        }
    }

    [Fact]
    public void Generate_ZeroProducts_NamesOption()
    {
        var ex = Assert.Throws<InputDataException>(() => PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 0 }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("Products", ex.Column);
        Assert.StartsWith("Products = 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDataFrame_SalesAndTruth()
    {
        var s = PricingSampleGenerator.Generate(3, 4, 1);
        Assert.Equal(12, s.ToDataFrame().Rows.Count);
        Assert.Equal(3, s.TruthToDataFrame().Rows.Count);
    }
}

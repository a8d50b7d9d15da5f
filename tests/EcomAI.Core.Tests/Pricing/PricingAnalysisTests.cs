using EcomAI.Core.Pricing;
using EcomAI.Core.Samples;

namespace EcomAI.Core.Tests.Pricing;

public class PricingAnalysisTests
{
    [Fact]
    public void Run_OneVersusFourThreads_IdenticalResults()
    {
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 3000, Weeks = 30, Seed = 5, InelasticShare = 0.2 });
        var one = PricingAnalysis.Run(sample.Sales, new PricingAnalysisOptions { MaxDegreeOfParallelism = 1 });
        var four = PricingAnalysis.Run(sample.Sales, new PricingAnalysisOptions { MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Products.Count, four.Products.Count);
        for (int i = 0; i < one.Products.Count; i++)
        {
            Assert.Equal(one.Products[i], four.Products[i]); // record equality: every figure bit-identical
        }
    }

    [Fact]
    public void Run_MatchesSingleProductFits()
    {
        var sample = PricingSampleGenerator.Generate(20, 52, 3);
        var result = PricingAnalysis.Run(sample.Sales);
        for (int i = 0; i < 20; i++)
        {
            var alone = Elasticity.Fit(sample.Sales.Skip(i * 52).Take(52));
            Assert.Equal(alone, result.Products[i].Estimate);
            Assert.Equal(sample.Truth[i].ProductId, result.Products[i].ProductId);
        }
    }

    [Fact]
    public void Run_GeneratedStore_RecommendsNearTruePrice()
    {
        // With 104 weeks and σ = 0.1 the fitted P* should be close to the true c·b/(1+b) for clearly elastic products.
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 200, Weeks = 104, Seed = 9, NoiseSigma = 0.1, PromotionRate = 0 });
        var result = PricingAnalysis.Run(sample.Sales);
        int inside = 0;
        foreach (var t in sample.Truth)
        {
            var r = result[t.ProductId].Recommendation;
            Assert.Equal(t.UnitCost, r.UnitCost); // cost taken from the data's unit_cost column
            inside += r.PriceLower <= t.OptimalPrice && t.OptimalPrice <= r.PriceUpper ? 1 : 0;
        }

        // The price interval is the image of the b interval under a monotone map, so it covers as often (≈ 95%).
        Assert.InRange(inside, 180, 200);
    }

    [Fact]
    public void Run_InterleavedProducts_FirstAppearanceOrderAndExclusionsPerProduct()
    {
        SaleObservation[] rows =
        [
            new("B", 10, 5), new("A", 10, 50), new("B", 12, 4), new("A", 12, 0), new("A", 11, 45), new("B", 11, 4.5),
            new("A", 13, 40), new("C", 5, 0), new("B", 13, 3.7),
        ];
        var result = PricingAnalysis.Run(rows, new PricingAnalysisOptions { Optimizer = new() { UnitCost = 5 } });
        Assert.Equal(["B", "A", "C"], result.Products.Select(p => p.ProductId));
        Assert.Equal(1, result["A"].Estimate.Excluded);
        Assert.Equal(3, result["A"].Estimate.N);
        Assert.Equal(ElasticityStatus.NoData, result["C"].Estimate.Status);
        Assert.Equal(PriceStatus.NoEstimate, result["C"].Recommendation.Status);
        Assert.Equal(2, result.Exclusions.Total);
        Assert.Equal(Elasticity.Fit(rows.Where(r => r.ProductId == "B")).B, result["B"].Estimate.B);
    }

    [Fact]
    public void Run_CostResolution_MapThenLatestRowThenOption()
    {
        SaleObservation[] rows =
        [
            new("A", 10, 50, new DateTime(2024, 1, 8), 4), new("A", 12, 30, new DateTime(2024, 1, 1), 3), new("A", 11, 40),
            new("B", 10, 50, UnitCost: 4), new("B", 12, 30), new("B", 11, 40, UnitCost: 4.5),
            new("C", 10, 50), new("C", 12, 30), new("C", 11, 40),
            new("D", 10, 50), new("D", 12, 30), new("D", 11, 40),
        ];
        var options = new PricingAnalysisOptions
        {
            Optimizer = new() { UnitCost = 2 },
            UnitCosts = new Dictionary<string, double> { ["D"] = 7 },
        };
        var result = PricingAnalysis.Run(rows, options);
        Assert.Equal(4, result["A"].Recommendation.UnitCost);   // latest date, not last row
        Assert.Equal(4.5, result["B"].Recommendation.UnitCost); // no dates: last row with a cost
        Assert.Equal(2, result["C"].Recommendation.UnitCost);   // fallback option
        Assert.Equal(7, result["D"].Recommendation.UnitCost);   // explicit map wins
    }

    [Fact]
    public void Run_NoCostAnywhere_MissingUnitCostStatus()
    {
        var result = PricingAnalysis.Run([new SaleObservation("A", 10, 50), new("A", 12, 30), new("A", 11, 40)]);
        Assert.Equal(PriceStatus.MissingUnitCost, result["A"].Recommendation.Status);
        Assert.Contains("unit_cost", result["A"].Recommendation.Message);
    }

    [Fact]
    public void Run_BadParallelism_NamesOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PricingAnalysis.Run([new SaleObservation("A", 10, 50)], new PricingAnalysisOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Equal("MaxDegreeOfParallelism", ex.ParamName);
    }

    [Fact]
    public void ToDataFrame_OneRowPerProduct()
    {
        var sample = PricingSampleGenerator.Generate(7, 52, 1);
        var result = PricingAnalysis.Run(sample.ToSalesData());
        var df = result.ToDataFrame();
        Assert.Equal(7, df.Rows.Count);
        Assert.Equal("P0001", df["product_id"][0]);
        Assert.Equal(result.Products[0].Recommendation.Price, (double)df["price"][0]!);
        Assert.Equal(7, result.StatusCounts.Values.Sum());
    }
}

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
        // No range from the observed prices here: the interval of P* itself is under test, not the clamping.
        var result = PricingAnalysis.Run(sample.Sales, new PricingAnalysisOptions { Optimizer = new() { MaxChange = null } });
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
        // Q = 1000·P^-2 exactly, so the estimate is sharp and only the cost is missing.
        var result = PricingAnalysis.Run([new SaleObservation("A", 10, 10), new("A", 12, 1000 / 144.0), new("A", 11, 1000 / 121.0)]);
        Assert.Equal(PriceStatus.MissingUnitCost, result["A"].Recommendation.Status);
        Assert.Contains("unit_cost", result["A"].Recommendation.Message);
    }

    [Fact]
    public void Run_BadParallelism_NamesOption()
    {
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() =>
            PricingAnalysis.Run([new SaleObservation("A", 10, 50)], new PricingAnalysisOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Equal(EcomAI.Core.Data.ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Equal("MaxDegreeOfParallelism", ex.Column);
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

    [Fact]
    public void Run_SalesDataAndObservations_SameResults()
    {
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 50, Weeks = 40, Seed = 12, StockoutRate = 0.1 });
        var fromList = PricingAnalysis.Run(sample.Sales);
        var fromData = PricingAnalysis.Run(sample.ToSalesData());
        Assert.True(fromList.Exclusions.Total > 100); // about 10% of 2,000 weeks are stock-outs with quantity 0
        Assert.Equal(fromList.Exclusions.Total, fromData.Exclusions.Total);
        Assert.Equal(fromList.Products, fromData.Products);
    }

    [Fact]
    public void Run_StrictWithZeroQuantity_FailsNamingRow()
    {
        SaleObservation[] rows = [new("A", 10, 5), new("A", 11, 0)];
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() =>
            PricingAnalysis.Run(rows, new PricingAnalysisOptions { Elasticity = new() { Strict = true } }));
        Assert.Equal(2, ex.Row);
        Assert.Equal("Quantity", ex.Column);
    }

    [Fact]
    public void Run_StrictLevels_ZeroQuantityIsDataAndTheErrorNamesTheLevelsFit()
    {
        // Q = 0 (row 2) is a period without sales, valid in levels; Q = -1 (row 3) is not, and the error says which model refused it.
        SaleObservation[] rows = [new("A", 10, 5), new("A", 11, 0), new("A", 12, -1)];
        var ex = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => PricingAnalysis.Run(rows,
            new PricingAnalysisOptions { Elasticity = new() { Strict = true, Method = ElasticityMethod.NonlinearLevels } }));
        Assert.Equal(3, ex.Row);
        Assert.Equal("Quantity", ex.Column);
        Assert.Contains("A demand fit in levels (NonlinearLevels) needs positive prices and quantities of 0 or more", ex.Message);
        Assert.DoesNotContain("log-log", ex.Message);

        var logLog = Assert.Throws<EcomAI.Core.Data.InputDataException>(() => PricingAnalysis.Run(rows,
            new PricingAnalysisOptions { Elasticity = new() { Strict = true } }));
        Assert.Equal(2, logLog.Row);
        Assert.Contains("A log-log demand model needs", logLog.Message);
    }

    [Fact]
    public void Run_RevenueObjectiveWithBounds_CornerPricesPerProduct()
    {
        var sample = PricingSampleGenerator.Generate(new PricingSampleOptions { Products = 40, Weeks = 52, Seed = 21, InelasticShare = 0.5, PromotionRate = 0 });
        var options = new PricingAnalysisOptions { Optimizer = new() { Objective = PricingObjective.Revenue, MinPrice = 5, MaxPrice = 200 } };
        var result = PricingAnalysis.Run(sample.Sales, options);
        foreach (var p in result.Products.Where(p => p.Recommendation.Status != PriceStatus.UnusableEstimate))
        {
            // Revenue a·P^(b+1): lowest allowed price when b < -1, highest otherwise.
            Assert.Equal(p.Estimate.B < -1 ? 5 : 200, p.Recommendation.Price);
            Assert.Contains("no interior optimum", p.Recommendation.Message);
        }

        Assert.Contains(result.Products, p => p.Recommendation.Status == PriceStatus.ElasticNoInteriorOptimum);
        Assert.Contains(result.Products, p => p.Recommendation.Status == PriceStatus.InelasticNoInteriorOptimum);
    }

    [Fact]
    public void Run_NonlinearMethod_MatchesSingleProductFit()
    {
        var sample = PricingSampleGenerator.Generate(5, 52, 30);
        var options = new ElasticityOptions { Method = ElasticityMethod.NonlinearLevels };
        var result = PricingAnalysis.Run(sample.Sales, new PricingAnalysisOptions { Elasticity = options });
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(ElasticityMethod.NonlinearLevels, result.Products[i].Estimate.Method);
            Assert.Equal(Elasticity.Fit(sample.Sales.Skip(i * 52).Take(52), options), result.Products[i].Estimate);
        }
    }

    [Fact]
    public void EstimatesToDataFrame_AllFiguresPerProduct()
    {
        var result = PricingAnalysis.Run(PricingSampleGenerator.Generate(3, 52, 2).Sales);
        var df = result.EstimatesToDataFrame();
        Assert.Equal(3, df.Rows.Count);
        Assert.Equal(result.Products[1].Estimate.StdErrorB, (double)df["se_b"][1]!);
        Assert.Equal(result.Products[2].Estimate.PromotionCoefficient, (double?)df["promotion_coef"][2]);
        Assert.Equal(1, result.Products[0].ToDataFrame().Rows.Count);
    }

    [Fact]
    public void Run_SalesDataObservations_AreReadOnly()
    {
        var data = SalesData.FromObservations([new SaleObservation("A", 1, 2)]);
        Assert.False(data.Observations is SaleObservation[] or List<SaleObservation>);
    }

    [Fact]
    public void Run_ProductWithSinglePrice_NoEstimateOthersUnaffected()
    {
        SaleObservation[] rows =
        [
            new("flat", 9.99, 10, UnitCost: 5), new("flat", 9.99, 12, UnitCost: 5), new("flat", 9.99, 11, UnitCost: 5),
            new("ok", 10, 100, UnitCost: 5), new("ok", 12, 70, UnitCost: 5), new("ok", 11, 82, UnitCost: 5), new("ok", 9, 125, UnitCost: 5),
        ];
        var result = PricingAnalysis.Run(rows);
        Assert.Equal(ElasticityStatus.SinglePriceLevel, result["flat"].Estimate.Status);
        Assert.Equal(PriceStatus.NoEstimate, result["flat"].Recommendation.Status);
        Assert.False(result["flat"].Recommendation.HasPrice);
        Assert.Equal(ElasticityStatus.Ok, result["ok"].Estimate.Status);
    }

    [Fact]
    public void Run_ZeroUnitCostInData_MissingUnitCostWithReason()
    {
        var result = PricingAnalysis.Run([new SaleObservation("A", 10, 10, UnitCost: 0), new("A", 12, 1000 / 144.0, UnitCost: 0), new("A", 11, 1000 / 121.0, UnitCost: 0)]);
        Assert.Equal(PriceStatus.MissingUnitCost, result["A"].Recommendation.Status);
        Assert.Contains("positive unit cost, got 0", result["A"].Recommendation.Message);
    }

    [Fact]
    public void Run_DoesNotModifyInput()
    {
        var sample = PricingSampleGenerator.Generate(30, 20, 4);
        var copy = sample.Sales.ToArray();
        PricingAnalysis.Run(sample.Sales);
        Assert.Equal(copy, sample.Sales);
    }
}

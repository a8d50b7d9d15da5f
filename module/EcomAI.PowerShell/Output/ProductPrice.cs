using EcomAI.Core.Data;
using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell;

/// <summary>
/// One product's price to act on: the output of <c>Get-OptimalPrice</c>. Today's price and the recommended price with
/// the expected quantity, revenue and profit per period at both, the profit change and its interval, the allowed range
/// and which bound set the price, the cost and its source, the elasticity and the status with its explanation.
/// </summary>
public sealed class ProductPrice
{
    private readonly PricingAnalysisResult _result;

    internal ProductPrice(ProductPricingResult product, PricingAnalysisResult result, IReadOnlyList<SaleObservation> sales)
    {
        _result = result;
        Sales = sales;
        var r = product.Recommendation;
        var e = product.Estimate;
        ProductId = product.ProductId;
        Status = r.Status;
        CurrentPrice = r.CurrentPrice;
        RecommendedPrice = r.Price;
        ProfitChange = r.ProfitChange;
        ProfitChangeLower = r.ProfitChangeLower;
        ProfitChangeUpper = r.ProfitChangeUpper;
        CurrentQuantity = r.CurrentQuantity;
        ExpectedQuantity = r.ExpectedQuantity;
        CurrentRevenue = r.CurrentRevenue;
        ExpectedRevenue = r.ExpectedRevenue;
        RevenueChange = r.RevenueChange;
        CurrentProfit = r.CurrentProfit;
        ExpectedProfit = r.ExpectedProfit;
        UnitCost = r.UnitCost;
        CostSource = product.CostSource;
        MinPrice = r.MinPrice;
        MinPriceSource = r.MinPriceSource;
        MaxPrice = r.MaxPrice;
        MaxPriceSource = r.MaxPriceSource;
        BoundApplied = r.BoundApplied;
        BoundSource = r.BoundAppliedSource;
        Elasticity = e.B;
        ElasticityLower = e.BLower;
        ElasticityUpper = e.BUpper;
        PriceLower = r.PriceLower;
        PriceUpper = r.PriceUpper;
        N = e.N;
        Period = result.Period;
        Objective = r.Objective;
        Message = r.Message;
        IntervalMessage = r.IntervalMessage;
    }

    /// <summary>The product.</summary>
    public string ProductId { get; }

    /// <summary>Optimal (the whole interval of b below −1), OptimumUncertain, Clamped…, no interior optimum, or why there is no price.</summary>
    public PriceStatus Status { get; }

    /// <summary>Today's price: the product's price in its last period (NaN when unknown).</summary>
    public double CurrentPrice { get; }

    /// <summary>The price to set, within the allowed range (P* = c·b/(1+b) for profit when b &lt; −1); NaN when there is none (see Status).</summary>
    public double RecommendedPrice { get; }

    /// <summary>Expected profit per period at the recommended price minus at today's price: the expected gain.</summary>
    public double ProfitChange { get; }

    /// <summary>Lower end of the profit change over the elasticity's confidence interval.</summary>
    public double ProfitChangeLower { get; }

    /// <summary>Upper end of the profit change over the elasticity's confidence interval.</summary>
    public double ProfitChangeUpper { get; }

    /// <summary>Expected quantity per period at today's price, a·P₀^b.</summary>
    public double CurrentQuantity { get; }

    /// <summary>Expected quantity per period at the recommended price, a·P^b.</summary>
    public double ExpectedQuantity { get; }

    /// <summary>Expected revenue per period at today's price.</summary>
    public double CurrentRevenue { get; }

    /// <summary>Expected revenue per period at the recommended price, P·Q.</summary>
    public double ExpectedRevenue { get; }

    /// <summary>Expected revenue at the recommended price minus at today's.</summary>
    public double RevenueChange { get; }

    /// <summary>Expected profit per period at today's price, (P₀ − c)·Q₀.</summary>
    public double CurrentProfit { get; }

    /// <summary>Expected profit per period at the recommended price, (P − c)·Q.</summary>
    public double ExpectedProfit { get; }

    /// <summary>Unit cost used (NaN when none).</summary>
    public double UnitCost { get; }

    /// <summary>Where the unit cost came from: Data (the cost column), Given, UnitCost (-UnitCost), CostRatio (-CostRatio × median price) or None.</summary>
    public CostSource CostSource { get; }

    /// <summary>Lowest allowed price, if any.</summary>
    public double? MinPrice { get; }

    /// <summary>Where MinPrice came from: Observed (lowest observed × (1 − MaxChange)), Given (-MinPrice), Data (the product's min_price) or None.</summary>
    public BoundSource MinPriceSource { get; }

    /// <summary>Highest allowed price, if any.</summary>
    public double? MaxPrice { get; }

    /// <summary>Where MaxPrice came from: Observed (highest observed × (1 + MaxChange)), Given (-MaxPrice), Data (the product's max_price) or None.</summary>
    public BoundSource MaxPriceSource { get; }

    /// <summary>Which bound set the recommended price: Min, Max, or None (the optimum lies inside the range, or there is no price).</summary>
    public PriceBound BoundApplied { get; }

    /// <summary>Where the bound that set the price came from (None when no bound did).</summary>
    public BoundSource BoundSource { get; }

    /// <summary>Elasticity b of Q = a·P^b.</summary>
    public double Elasticity { get; }

    /// <summary>Lower end of the confidence interval of b.</summary>
    public double ElasticityLower { get; }

    /// <summary>Upper end of the confidence interval of b.</summary>
    public double ElasticityUpper { get; }

    /// <summary>Lower end of the price interval carried over from the elasticity interval.</summary>
    public double PriceLower { get; }

    /// <summary>Upper end of the price interval (may be unbounded: see IntervalMessage).</summary>
    public double PriceUpper { get; }

    /// <summary>Periods the fit used (one observation per product and Period).</summary>
    public int N { get; }

    /// <summary>The period of each observation (Day, Week, Month); empty when the rows were used as given.</summary>
    public SalesPeriod? Period { get; }

    /// <summary>Profit or Revenue.</summary>
    public PricingObjective Objective { get; }

    /// <summary>Explanation of the status, with what data would settle an uncertain optimum.</summary>
    public string Message { get; }

    /// <summary>Explanation of the price interval.</summary>
    public string IntervalMessage { get; }

    /// <summary>The sales the analysis was run on (for the demand curves of the report).</summary>
    internal IReadOnlyList<SaleObservation> Sales { get; }

    /// <summary>The whole pricing analysis.</summary>
    public PricingAnalysisResult GetResult() => _result;
}

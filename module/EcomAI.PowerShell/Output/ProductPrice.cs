using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell;

/// <summary>One product's recommended price: the output of <c>Get-OptimalPrice</c>.</summary>
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
        Elasticity = e.B;
        ElasticityLower = e.BLower;
        ElasticityUpper = e.BUpper;
        OptimalPrice = r.Price;
        PriceLower = r.PriceLower;
        PriceUpper = r.PriceUpper;
        ExpectedQuantity = r.ExpectedQuantity;
        ExpectedRevenue = r.ExpectedRevenue;
        ExpectedProfit = r.ExpectedProfit;
        UnitCost = r.UnitCost;
        CostSource = product.CostSource;
        Objective = r.Objective;
        Status = r.Status;
        Message = r.Message;
        IntervalMessage = r.IntervalMessage;
    }

    /// <summary>The product.</summary>
    public string ProductId { get; }

    /// <summary>Elasticity b of Q = a·P^b.</summary>
    public double Elasticity { get; }

    /// <summary>Lower end of the confidence interval of b.</summary>
    public double ElasticityLower { get; }

    /// <summary>Upper end of the confidence interval of b.</summary>
    public double ElasticityUpper { get; }

    /// <summary>Recommended price within the bounds (P* = c·b/(1+b) for profit when b &lt; −1); NaN when there is none (see Status).</summary>
    public double OptimalPrice { get; }

    /// <summary>Lower end of the price interval carried over from the elasticity interval.</summary>
    public double PriceLower { get; }

    /// <summary>Upper end of the price interval (may be unbounded: see IntervalMessage).</summary>
    public double PriceUpper { get; }

    /// <summary>Predicted quantity a·P^b at the recommended price.</summary>
    public double ExpectedQuantity { get; }

    /// <summary>Predicted revenue P·Q.</summary>
    public double ExpectedRevenue { get; }

    /// <summary>Predicted profit (P − c)·Q.</summary>
    public double ExpectedProfit { get; }

    /// <summary>Unit cost used.</summary>
    public double UnitCost { get; }

    /// <summary>Profit or Revenue.</summary>
    public PricingObjective Objective { get; }

    /// <summary>Where the unit cost came from: Data (the cost column), Given, UnitCost (-UnitCost), CostRatio (-CostRatio × median price) or None.</summary>
    public CostSource CostSource { get; }

    /// <summary>Optimal, clamped to a bound, no interior optimum, or why there is no price.</summary>
    public PriceStatus Status { get; }

    /// <summary>Explanation of the status.</summary>
    public string Message { get; }

    /// <summary>Explanation of the price interval.</summary>
    public string IntervalMessage { get; }

    /// <summary>The sales the analysis was run on (for the demand curves of the report).</summary>
    internal IReadOnlyList<SaleObservation> Sales { get; }

    /// <summary>The whole pricing analysis.</summary>
    public PricingAnalysisResult GetResult() => _result;
}

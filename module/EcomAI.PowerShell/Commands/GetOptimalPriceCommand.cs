using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-OptimalPrice</c>: per product, the price that maximises profit (or revenue) within bounds, with the
/// interval carried over from the elasticity's interval, expected quantity and profit, and a status.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OptimalPrice", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(ProductPrice))]
public sealed class GetOptimalPriceCommand : SalesInputCmdlet
{
    /// <summary>Unit cost for every product (a cost property in the data takes precedence per product).</summary>
    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? UnitCost { get; set; }

    /// <summary>For data without costs: unit cost = this fraction of each product's median observed price (e.g. 0.6).</summary>
    [Parameter]
    public double? CostRatio { get; set; }

    /// <summary>Lowest allowed price.</summary>
    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? MinPrice { get; set; }

    /// <summary>Highest allowed price.</summary>
    [Parameter]
    [ValidateRange(0.0, double.MaxValue)]
    public double? MaxPrice { get; set; }

    /// <summary>What to maximise.</summary>
    [Parameter]
    public PricingObjective Objective { get; set; } = PricingObjective.Profit;

    private protected override void BeginProcessingCore()
    {
        if (MinPrice is double lo && MaxPrice is double hi && hi < lo)
        {
            throw new InputDataException(ErrorIds.InvalidOption,
                string.Create(CultureInfo.InvariantCulture, $"-MaxPrice {hi} is below -MinPrice {lo}: pass MinPrice ≤ MaxPrice."));
        }
    }

    private protected override void Analyze(SalesData sales)
    {
        var result = RunAnalysis(sales, PriceOptimizerOptions.Default with { UnitCost = UnitCost, MinPrice = MinPrice, MaxPrice = MaxPrice, Objective = Objective }, CostRatio);
        foreach (var product in result.Products)
        {
            WriteObject(new ProductPrice(product, result, sales.Observations));
        }
    }
}

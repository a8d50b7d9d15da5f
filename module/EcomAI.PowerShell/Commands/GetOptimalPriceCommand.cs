using System.Management.Automation;
using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-OptimalPrice</c>: per product, the price to set within its allowed range, how sure it is (status, intervals), and
/// what changes against today's price; products come out by expected gain, largest first.
/// </summary>
[Cmdlet(VerbsCommon.Get, "OptimalPrice", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(ProductPrice))]
public sealed class GetOptimalPriceCommand : SalesInputCmdlet
{
    /// <summary>Unit cost for every product (a cost property in the data takes precedence per product).</summary>
    [Parameter]
    public double? UnitCost { get; set; }

    /// <summary>For data without costs: unit cost = this fraction of each product's median observed price (e.g. 0.6).</summary>
    [Parameter]
    public double? CostRatio { get; set; }

    /// <summary>Lowest allowed price for every product (overrides the observed range; a product's own min_price wins).</summary>
    [Parameter]
    public double? MinPrice { get; set; }

    /// <summary>Highest allowed price for every product (overrides the observed range; a product's own max_price wins).</summary>
    [Parameter]
    public double? MaxPrice { get; set; }

    /// <summary>
    /// How far beyond its observed prices a product's price may go, as a fraction (the core's default,
    /// <see cref="PriceOptimizerOptions.MaxChange"/>, when not given); $null for no bound from the data.
    /// </summary>
    [Parameter]
    public double? MaxChange { get; set; }

    /// <summary>What to maximise.</summary>
    [Parameter]
    public PricingObjective Objective { get; set; } = PriceOptimizerOptions.Default.Objective;

    private protected override void Analyze(SalesData sales)
    {
        var optimizer = PriceOptimizerOptions.Default with
        {
            UnitCost = UnitCost,
            MinPrice = MinPrice,
            MaxPrice = MaxPrice,
            MaxChange = MyInvocation.BoundParameters.ContainsKey(nameof(MaxChange)) ? MaxChange : PriceOptimizerOptions.Default.MaxChange,
            Objective = Objective,
        };
        var result = RunAnalysis(sales, optimizer, CostRatio);
        foreach (var product in result.ByExpectedGain)
        {
            WriteObject(new ProductPrice(product, result, sales.Observations));
        }
    }
}

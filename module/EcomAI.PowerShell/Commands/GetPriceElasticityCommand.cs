using System.Management.Automation;
using EcomAI.Core.Pricing;

namespace EcomAI.PowerShell.Commands;

/// <summary><c>Get-PriceElasticity</c>: the constant-elasticity demand model Q = a·P^b per product, with its interval.</summary>
[Cmdlet(VerbsCommon.Get, "PriceElasticity", DefaultParameterSetName = PipelineSet)]
[OutputType(typeof(ProductElasticity))]
public sealed class GetPriceElasticityCommand : SalesInputCmdlet
{
    private protected override void Analyze(SalesData sales)
    {
        // Revenue needs no cost: the estimates are the same whatever the objective.
        var result = RunAnalysis(sales, PriceOptimizerOptions.Default with { Objective = PricingObjective.Revenue });
        foreach (var product in result.Products)
        {
            WriteObject(new ProductElasticity(product.Estimate, product.ProductId, result, sales.Observations));
        }
    }
}

using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// Base of the pricing cmdlets: the order lines become one sales observation per product and period (the core's
/// <see cref="OrderLineData.ToSales"/>: total quantity, quantity-weighted mean price); lines without a customer count.
/// </summary>
public abstract class SalesInputCmdlet : OrderLineInputCmdlet
{
    /// <summary>The period demand is observed over (default Week). A file with one row per product and period is used as it is.</summary>
    [Parameter]
    public SalesPeriod Period { get; set; } = OrderLineSql.DefaultSalesPeriod;

    /// <summary>How the demand curve is fitted: LogLog (OLS on ln Q = ln a + b ln P, the default) or NonlinearLevels (the seed's least squares in levels).</summary>
    [Parameter]
    public ElasticityMethod ElasticityMethod { get; set; } = ElasticityOptions.Default.Method;

    /// <summary>Confidence level of the intervals.</summary>
    [Parameter]
    public double ConfidenceLevel { get; set; } = ElasticityOptions.Default.ConfidenceLevel;

    /// <summary>Add a promotion term to the demand model when the data has a promotion column (default: the core's default; -IncludePromotion:$false turns it off).</summary>
    [Parameter]
    public SwitchParameter IncludePromotion { get; set; }

    private protected override string RowNoun => "sales lines";

    private protected override SalesPeriod SqlPeriod => Period;

    private protected sealed override void Analyze(OrderLineData data)
    {
        if (IncludePromotion.IsPresent && !data.Columns.Has(ColumnRole.Promotion))
        {
            throw new InputDataException(ErrorIds.MissingColumn,
                $"-IncludePromotion needs a promotion column: {data.SourceName} has no column {OrderLineSchema.Describe(ColumnRole.Promotion)}. " +
                "Name it with -PromotionProperty, or leave -IncludePromotion out.", null, null, OrderLineSchema.Get(ColumnRole.Promotion).Name, null);
        }

        var sales = Timed(string.Create(CultureInfo.InvariantCulture, $"Derived sales per product and {Period.ToString().ToLowerInvariant()}"), () => data.ToSales(Period));
        Verbose(string.Create(CultureInfo.InvariantCulture, $"{sales.Observations.Count:N0} observations (one per product and {Period.ToString().ToLowerInvariant()})."));
        Analyze(sales);
    }

    /// <summary>Runs the job on the period sales.</summary>
    private protected abstract void Analyze(SalesData sales);

    /// <summary>Runs the bulk analysis (estimate per product, then price) and reports excluded rows.</summary>
    private protected PricingAnalysisResult RunAnalysis(SalesData sales, PriceOptimizerOptions optimizer, double? costRatio = null)
    {
        bool promotion = MyInvocation.BoundParameters.ContainsKey(nameof(IncludePromotion)) ? IncludePromotion.IsPresent : ElasticityOptions.Default.IncludePromotion;
        var options = PricingAnalysisOptions.Default with
        {
            Elasticity = ElasticityOptions.Default with { Method = ElasticityMethod, ConfidenceLevel = ConfidenceLevel, IncludePromotion = promotion },
            Optimizer = optimizer,
            CostRatio = costRatio,
        };
        Progress("Pricing", "Estimating elasticities", force: sales.Observations.Count >= 50_000);
        var result = Timed(string.Create(CultureInfo.InvariantCulture, $"Estimated {ElasticityMethod} elasticities for {sales.Observations.Count:N0} observations"),
            () => PricingAnalysis.Run(sales, options));
        if (result.Exclusions.Total > 0)
        {
            WriteWarning(result.Exclusions.Summary + ".");
        }

        Verbose(string.Create(CultureInfo.InvariantCulture, $"{result.Products.Count:N0} products; {result.Exclusions.Summary}."));
        return result;
    }
}

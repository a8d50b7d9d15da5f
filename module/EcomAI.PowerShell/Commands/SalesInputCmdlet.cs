using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Pricing;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>Base of the cmdlets that read sales observations (product, price, quantity; optional date, unit cost, promotion).</summary>
public abstract class SalesInputCmdlet : RowInputCmdlet<SaleObservation>
{
    private const int Product = 0, Price = 1, Quantity = 2, Date = 3, Cost = 4, Promotion = 5;

    /// <summary>Property (or CSV column) with the product id.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProductProperty { get; set; }

    /// <summary>Property with the price of the period.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PriceProperty { get; set; }

    /// <summary>Property with the quantity sold in the period.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? QuantityProperty { get; set; }

    /// <summary>Optional property with the period's date.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? DateProperty { get; set; }

    /// <summary>Optional property with the unit cost (the latest dated value per product is used).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CostProperty { get; set; }

    /// <summary>Optional property flagging promotion periods (true/false, yes/no, 1/0).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? PromotionProperty { get; set; }

    /// <summary>How the demand curve is fitted: LogLog (OLS on ln Q = ln a + b ln P, the default) or NonlinearLevels (the seed's least squares in levels).</summary>
    [Parameter]
    public ElasticityMethod ElasticityMethod { get; set; } = ElasticityOptions.Default.Method;

    /// <summary>Confidence level of the intervals.</summary>
    [Parameter]
    [ValidateRange(0.5, 0.999)]
    public double ConfidenceLevel { get; set; } = ElasticityOptions.Default.ConfidenceLevel;

    /// <summary>Add a promotion term to the demand model (needs a promotion property).</summary>
    [Parameter]
    public SwitchParameter IncludePromotion { get; set; }

    private protected override string RowNoun => "sales rows";

    private protected override IReadOnlyList<InputColumn> InputColumns() =>
    [
        new("ProductId", ProductProperty, ["product_id", "product", "sku", "item_id", "itemid", "StockCode"]),
        new("Price", PriceProperty, ["unit_price", "unitprice"]),
        new("Quantity", QuantityProperty, ["qty", "units", "units_sold"]),
        new("Date", DateProperty, ["week", "week_start", "period"], Required: DateProperty is not null),
        new("UnitCost", CostProperty, ["unit_cost", "cost"], Required: CostProperty is not null),
        new("Promotion", PromotionProperty, ["promo", "on_promotion"], Required: PromotionProperty is not null || IncludePromotion),
    ];

    private protected override SaleObservation ReadRow(in InputRow row)
    {
        string product = row.Id(Product);
        double price = row.Number(Price);
        double quantity = row.Number(Quantity);
        DateTime? date = row.Has(Date) && row.OptionalText(Date) is not null ? row.Date(Date) : null;
        double? cost = row.Has(Cost) ? row.OptionalNumber(Cost) : null;
        if (cost is < 0)
        {
            throw row.Error(Cost, ErrorIds.OutOfRange, "a unit cost cannot be negative", "Fix the cost or leave the cell empty.");
        }

        bool promotion = row.Has(Promotion) && row.Flag(Promotion);
        return new SaleObservation(product, price, quantity, date, cost, promotion);
    }

    /// <summary>Runs the bulk analysis (estimate per product, then price) and reports excluded rows.</summary>
    private protected PricingAnalysisResult RunAnalysis(IReadOnlyList<SaleObservation> rows, PriceOptimizerOptions optimizer)
    {
        var options = new PricingAnalysisOptions
        {
            Elasticity = ElasticityOptions.Default with { Method = ElasticityMethod, ConfidenceLevel = ConfidenceLevel, IncludePromotion = IncludePromotion },
            Optimizer = optimizer,
        };
        Progress("Pricing", "Estimating elasticities", force: IsLargeInput);
        var result = Timed(string.Create(CultureInfo.InvariantCulture, $"Estimated {ElasticityMethod} elasticities for {rows.Count:N0} sales rows"),
            () => PricingAnalysis.Run(rows, options));
        if (result.Exclusions.Total > 0)
        {
            WriteWarning(result.Exclusions.Summary + ".");
        }

        Verbose(string.Create(CultureInfo.InvariantCulture, $"{result.Products.Count:N0} products; {result.Exclusions.Summary}."));
        return result;
    }
}

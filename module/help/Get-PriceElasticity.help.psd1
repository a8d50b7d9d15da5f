@{
    Synopsis    = 'Estimates each product''s price elasticity of demand with its confidence interval.'
    Description = @'
Reads sales observations (product, price, quantity per period; optionally date, unit cost and a promotion flag) and
fits the constant-elasticity demand model Q = a * P^b per product. The default method is ordinary least squares on
ln Q = ln a + b ln P, giving the elasticity b (the % change in quantity per 1 % change in price, the same at every
price), its standard error, its confidence interval, R-squared and n. -ElasticityMethod NonlinearLevels fits Q = a * P^b
in levels instead (as the seed document does; it weights large quantities more).

Rows with a non-positive price or quantity cannot enter a log model: they are excluded and counted (a warning says how
many). A product with a single price level, or too few observations, gets a Status explaining why there is no
estimate. Parsing is strict: "abc" or "2,5" in a number column is a non-terminating error for that row.

Input comes from the pipeline or from -Path (the fast path for large files).
'@
    Parameters  = @{
        InputObject       = 'A sales observation: any object with product, price and quantity properties. Bound from the pipeline.'
        Path              = 'A CSV file of sales observations, read directly (the fast path for large files).'
        ProductProperty   = 'Property (or CSV column) with the product id. Default: ProductId (also product_id, product, sku, item_id, StockCode).'
        PriceProperty     = 'Property with the price. Default: Price (also unit_price).'
        QuantityProperty  = 'Property with the quantity sold. Default: Quantity (also qty, units, units_sold).'
        DateProperty      = 'Optional property with the period date (ISO 8601). Default: Date (also week, week_start).'
        CostProperty      = 'Optional property with the unit cost. Default: UnitCost (also unit_cost, cost).'
        PromotionProperty = 'Optional property flagging promotion periods (true/false, yes/no, 1/0). Default: Promotion (also promo, on_promotion).'
        ElasticityMethod  = 'LogLog (default: OLS on the logs) or NonlinearLevels (least squares in levels, as in the seed document).'
        ConfidenceLevel   = 'Confidence level of the intervals, between 0.5 and 0.999. Default 0.95.'
        IncludePromotion  = 'Add a promotion term to the model, so promotion weeks do not bias the price effect (needs a promotion property).'
    }
    Defaults    = @{ ElasticityMethod = 'LogLog'; ConfidenceLevel = '0.95' }
    Outputs     = 'EcomAI.PowerShell.ProductElasticity: ProductId, Elasticity, ElasticityLower, ElasticityUpper, StdError, A, RSquared, N, Excluded, Method, Status, Message.'
    Notes       = 'Error ids: InvalidNumber, InvalidDate, MissingValue, NonFiniteNumber, OutOfRange (negative unit cost), MissingColumn, EmptyInput, FileError.'
    Examples    = @(
        @{
            Title   = 'Elasticities of the sample products'
            Code    = 'Get-EcomSampleData -Name Sales | Get-PriceElasticity -WarningAction SilentlyContinue'
            Remarks = 'One row per product: the elasticity, its 95 % interval, R-squared, n and status. Rows with quantity 0 are excluded (the warning is silenced here).'
        }
        @{
            Title   = 'Compare log-log and the seed''s fit in levels from a CSV file'
            Code    = @'
Get-EcomSampleData -Name Sales | Export-Csv sales.csv -NoTypeInformation -UseQuotes AsNeeded
$log = Get-PriceElasticity -Path sales.csv -WarningAction SilentlyContinue
$lvl = Get-PriceElasticity -Path sales.csv -ElasticityMethod NonlinearLevels -WarningAction SilentlyContinue
for ($i = 0; $i -lt $log.Count; $i++) { [pscustomobject]@{ Product = $log[$i].ProductId; LogLog = $log[$i].Elasticity; Levels = $lvl[$i].Elasticity } }
'@
            Remarks = 'Side-by-side elasticities from the two methods.'
        }
    )
    Links       = @('Get-OptimalPrice', 'Export-EcomReport')
}

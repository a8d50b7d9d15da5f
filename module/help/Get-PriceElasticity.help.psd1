@{
    Synopsis    = 'Estimates each product''s price elasticity of demand with its confidence interval.'
    Description = @'
Reads order lines (or a sales file: product, price, quantity, optionally date, unit cost and a promotion flag), turns
them into one observation per product and period (-Period, default Week: total quantity and quantity-weighted mean
price; a file that is already one row per product and period is used as it is), and fits the constant-elasticity
demand model Q = a * P^b per product. The default method is ordinary least squares on
ln Q = ln a + b ln P, giving the elasticity b (the % change in quantity per 1 % change in price, the same at every
price), its standard error, its confidence interval, R-squared and n. -ElasticityMethod NonlinearLevels fits Q = a * P^b
in levels instead (as the seed document does; it weights large quantities more). Each output states the period of its observations (Period: Day, Week or Month;
empty for a file used as it is) and the number of periods the fit used (N); the default table shows them as, for
example, "52 weeks".

Rows with a non-positive price or quantity cannot enter a log model: they are excluded and counted (a warning says how
many). A product with a single price level, or too few observations, gets a Status explaining why there is no
estimate.

Input: an order-lines export (one row per order line: order id, customer, product, description, quantity, unit price,
date; the column names of common exports such as InvoiceNo, StockCode, CustomerID and UnitPrice are recognised) read
with -Path (CSV, .csv.gz or Parquet), pipeline rows (Import-Csv, hashtables, objects), or the output of
Import-EcomOrderLine. The preparation rules apply (cancellations and returns, exact
duplicates, -ExcludeProduct, -DateFormat; see Get-Help Import-EcomOrderLine): each rule that applies is reported once,
as a warning with its line count, its money and its first file lines, and nothing is dropped silently. A value that
cannot be read ("abc" or "2,5" in a number column, a date not in the format) excludes its line and is reported the
same way; -Strict writes one error per bad line instead, and -ErrorAction Stop stops at the first.
'@
    Parameters  = @{
        ElasticityMethod  = 'LogLog (default: OLS on the logs) or NonlinearLevels (least squares in levels, as in the seed document).'
        ConfidenceLevel   = 'Confidence level of the intervals, strictly between 0 and 1. Default 0.95.'
        IncludePromotion  = 'Add a promotion term to the model when the data has a promotion column, so promotion weeks do not bias the price effect. Default: on, as in the core (ElasticityOptions.IncludePromotion); -IncludePromotion:$false turns it off.'
        Period            = 'The period demand is observed over: Day, Week (default; weeks start on Monday) or Month. Each product gets one observation per period with sales: total quantity and quantity-weighted mean price. A file with one row per product and period is used as it is.'
    }
    Defaults    = @{ ElasticityMethod = 'LogLog'; ConfidenceLevel = '0.95' }
    Outputs     = 'EcomAI.PowerShell.ProductElasticity: ProductId, Elasticity, ElasticityLower, ElasticityUpper, StdError, ConfidenceLevel, A, RSquared, N (periods used), Period, Excluded (periods excluded), Method, Status, Message.'
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

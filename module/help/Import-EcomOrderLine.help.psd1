@{
    Synopsis    = 'Reads and prepares a shop''s order-lines export once, for every job.'
    Description = @'
Reads an order-lines export — one row per line of an order: order id, customer, product, description, quantity, unit
price, date, and any other columns (country, channel), which are kept — and prepares it with the rules every job uses.
The output pipes into Get-CustomerSegment, Measure-CustomerSegment, Get-Recommendation, Measure-Recommender,
Get-PriceElasticity and Get-OptimalPrice, which then do not read or prepare the file again.

Columns are found by name: the canonical names (order_id, customer_id, product_id, description, quantity, unit_price,
amount, order_date, unit_cost, promotion) and the names common exports use (InvoiceNo, StockCode, CustomerID or
Customer ID, UnitPrice or Price, InvoiceDate); case, spaces and underscores are ignored. Each -...Property parameter
chooses a column by name instead. Without an amount column, line amount = quantity x unit price.

The rules, in order (a line is counted under the first that applies): a value that cannot be read ("abc" or "2,5" in
a number column, a date not in the format) excludes the line; an exact duplicate of an earlier line is dropped
(-KeepDuplicates keeps it); a product matching -ExcludeProduct (postage, fees) is left out; an order id starting with
C is a cancellation and a negative quantity a return, both left out of purchases (-Returns Net subtracts them instead);
zero quantities and non-positive unit prices are left out. Lines without a customer stay for pricing and are left out
of the customer-level jobs. Ids written as 17850.0 (a spreadsheet artefact) are the id 17850.

Each rule that applied is reported once, as a warning: the number of lines, the money on them and the first file lines
(physical lines of the file, also when a quoted field spans lines). -Strict writes one error per bad line instead;
-ErrorAction Stop stops at the first. The preparation runs in the embedded DuckDB engine (nothing to install); -ShowSql
prints it as SQL that also runs on Spark.
'@
    Parameters  = @{}
    Outputs     = 'EcomAI.Core.Data.OrderLineData: SourceName, Report (LinesRead, PurchaseLines, PurchaseAmount, Findings with Rule, Lines, Amount, FirstLines, Message), ColumnHeaders, Options; ToTransactions(), ToInteractions(), ToSales(period), ToSql().'
    Notes       = 'Error ids: FileError (missing file), MissingColumn (no order-lines column, or a chosen column absent), EmptyInput, InvalidDate (no date of the file can be read: the message names the patterns every value fits), InvalidNumber, InvalidOption; with -Strict one InvalidNumber, InvalidDate, NonFiniteNumber, MissingValue or MalformedCsv error per bad line.'
    Examples    = @(
        @{
            Title   = 'Prepare a generated export once and run three jobs on it'
            Code    = @'
Get-EcomSampleData -Name OrderLines -Path orders.csv | Out-Null
$lines = Import-EcomOrderLine -Path orders.csv -ExcludeProduct POST, M, 'BANK CHARGES' -WarningAction SilentlyContinue
$lines.Report.Findings | Format-Table Title, Lines, Amount
$lines | Get-CustomerSegment -K 4 -Summary | Format-Table Segment, Label, Customers
$lines | Get-OptimalPrice -CostRatio 0.6 -WarningAction SilentlyContinue | Select-Object -First 3
'@
            Remarks = 'The file is read and prepared once; the findings table shows what each rule did (duplicates, postage, cancellations, returns, free items, guest orders).'
        }
        @{
            Title   = 'US dates and the preparation SQL'
            Code    = @'
"InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID`n1,A,2,12/1/2010 8:26,1.5,17850.0`nC2,A,-1,12/3/2010 9:00,1.5,17850.0" | Set-Content us.csv
Import-EcomOrderLine -Path us.csv -DateFormat 'M/d/yyyy H:mm' | Get-CustomerSegment -K 1
Import-EcomOrderLine -Path us.csv -DateFormat 'M/d/yyyy H:mm' -ShowSql | Select-String 'CREATE OR REPLACE TEMPORARY VIEW transactions' -SimpleMatch
'@
            Remarks = 'Without -DateFormat the import stops and says that every date fits M/d/yyyy H:mm. The warning reports the cancellation; the customer id 17850.0 reads as 17850. -ShowSql prints the statements that run unchanged on Spark.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Get-Recommendation', 'Get-OptimalPrice', 'Get-EcomSampleData')
}

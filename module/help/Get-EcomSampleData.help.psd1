@{
    Synopsis    = 'Gets the sample tables of EcomAI: a shop''s order-lines export, transactions, ratings or weekly sales.'
    Description = @'
Returns one object per row of an embedded sample table, with text properties exactly as Import-Csv would return them
from the CSV file. The objects pipe straight into the analysis cmdlets, and Export-Csv writes them back to an
identical CSV, so every example in this module runs with no input files.

Transactions (customer_id, date, amount, ...) feed Get-CustomerSegment and Measure-CustomerSegment; Ratings
(user_id, item_id, rating) feed Get-Recommendation and Measure-Recommender; Sales (product_id, price, quantity, ...)
feed Get-PriceElasticity and Get-OptimalPrice. OrderLines is a generated order-lines export (InvoiceNo, StockCode,
Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country; 300 customers, seed 2010) with the quirks of real
ones: guest orders without a customer, cancellations (InvoiceNo starting with C), returns, exact duplicate lines,
postage (POST), manual (M) and bank-charge lines, free items, customer ids written as 17850.0. It feeds every job.

With -Path the table is written to a CSV file instead (atomically) and the file is output.
'@
    Parameters  = @{
        Name = 'Which sample table: OrderLines, Transactions, Ratings or Sales.'
        Path = 'Write the table to this CSV file and output the file (a FileInfo), instead of one object per row.'
    }
    Outputs     = 'One PSCustomObject per row, with one text property per CSV column; with -Path, the FileInfo of the file written.'
    Examples    = @(
        @{
            Title   = 'Look at the sample transactions'
            Code    = 'Get-EcomSampleData -Name Transactions | Select-Object -First 5 | Format-Table'
            Remarks = 'Shows the first five rows of the embedded transactions table.'
        }
        @{
            Title   = 'A raw order-lines export to try every job on'
            Code    = @'
Get-EcomSampleData -Name OrderLines -Path orders.csv | Select-Object Name, Length
Get-CustomerSegment -Path orders.csv -K 4 -Summary -WarningAction SilentlyContinue | Format-Table Segment, Label, Customers
'@
            Remarks = 'Writes the generated export and segments its customers straight from the raw file (the warnings, silenced here, report each preparation rule).'
        }
        @{
            Title   = 'Write a sample to a CSV file'
            Code    = @'
Get-EcomSampleData -Name Sales | Export-Csv -Path sales.csv -NoTypeInformation -UseQuotes AsNeeded
(Import-Csv sales.csv).Count
'@
            Remarks = 'Saves the weekly sales sample as sales.csv, ready for Get-OptimalPrice -Path sales.csv, and counts its rows.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Get-Recommendation', 'Get-OptimalPrice')
}

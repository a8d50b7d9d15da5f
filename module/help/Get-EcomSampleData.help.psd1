@{
    Synopsis    = 'Gets the sample tables embedded in EcomAI: transactions, ratings or weekly sales.'
    Description = @'
Returns one object per row of an embedded sample table, with text properties exactly as Import-Csv would return them
from the CSV file. The objects pipe straight into the analysis cmdlets, and Export-Csv writes them back to an
identical CSV, so every example in this module runs with no input files.

Transactions (customer_id, date, amount, ...) feed Get-CustomerSegment and Measure-CustomerSegment; Ratings
(user_id, item_id, rating) feed Get-Recommendation and Measure-Recommender; Sales (product_id, price, quantity, ...)
feed Get-PriceElasticity and Get-OptimalPrice.
'@
    Parameters  = @{
        Name = 'Which sample table: Transactions, Ratings or Sales.'
    }
    Outputs     = 'One PSCustomObject per row, with one text property per CSV column.'
    Examples    = @(
        @{
            Title   = 'Look at the sample transactions'
            Code    = 'Get-EcomSampleData -Name Transactions | Select-Object -First 5 | Format-Table'
            Remarks = 'Shows the first five rows of the embedded transactions table.'
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

@{
    Synopsis    = 'Segments the same customers at two dates with the same model or map: the transition table and each customer''s move.'
    Description = @'
Answers the monthly question "how many Champions became At risk?". The customers are segmented as of -AsOf (K-means
named from the RFM map, or -Method RfmMap, exactly as Get-CustomerSegment would at that date, using only the
transactions before it). Then every customer as of -Against is placed in those same segments: with K-means, the nearest
centre of the same model after the same scaling; with the map, the cell of its scores measured against the -AsOf
customers' cut points. A customer therefore changes segment because its own behaviour changed, not because others'
did. Customers whose first purchase came between the two dates appear as coming from "(no purchase yet)".

The output is one object per cell of the transition table that holds customers (-IncludeEmpty for all cells): the
segment at each date, the number of customers, their share of the from-segment (each from-segment sums to 1) and of
all customers. With -PerCustomer the output is one object per customer with its segment and RFM values at both dates.
Pipe the output to Export-EcomReport for a report with a transition heatmap and a Sankey diagram.

Input, column names, preparation rules and warnings work as in Get-CustomerSegment; what RFM leaves out at the second
date is reported in one more warning.
'@
    Parameters  = @{
        AsOf             = 'The first date (required): the segments are fitted on the customers as of this day, from the transactions before it.'
        Against          = 'The second date, after -AsOf. Default: the day after the last transaction.'
        K                = 'Number of K-means segments, fitted at -AsOf. Omitted: chosen automatically among -MinK..-MaxK as in Get-CustomerSegment.'
        MinK             = 'Smallest K tried when -K is omitted. Default 3.'
        MaxK             = 'Largest K tried when -K is omitted. Default 8.'
        Method           = 'KMeans (default) or RfmMap, as in Get-CustomerSegment (-K, -MinK, -MaxK, -Restarts and -Seed are then not used; a warning names any that were given).'
        Seed             = 'Random seed for K-means. Default 0.'
        Restarts         = 'K-means restarts. Default 10.'
        PerCustomer      = 'Output one object per customer (segment and RFM values at both dates) instead of one per transition.'
        IncludeEmpty     = 'Also output the transitions no customer made (Customers = 0), for a complete table.'
    }
    Defaults    = @{ Against = 'day after the last transaction'; K = 'chosen automatically among 3..8'; MinK = '3'; MaxK = '8'; Method = 'KMeans'; Seed = '0'; Restarts = '10' }
    Outputs     = 'EcomAI.PowerShell.SegmentTransitionRow (FromDate, ToDate, From, To, FromSegment, ToSegment, Customers, ShareOfFrom, ShareOfAll), or EcomAI.PowerShell.CustomerSegmentMove with -PerCustomer. GetResult() returns the whole movement for Export-EcomReport.'
    Notes       = 'Error ids as in Get-CustomerSegment; a missing -AsOf, or -Against not after -AsOf, gives InvalidOption; no purchase before -AsOf gives EmptyInput.'
    Examples    = @(
        @{
            Title   = 'Movement of the sample customers over the last quarter'
            Code    = 'Get-EcomSampleData -Name Transactions | Compare-CustomerSegment -AsOf 2024-10-01 -Against 2025-01-01 -Seed 1'
            Remarks = 'Segments the customers as of 1 October 2024, places them again as of 1 January 2025 with the same model, and prints the transitions.'
        }
        @{
            Title   = 'Who left the best segments, on the RFM map'
            Code    = @'
Get-EcomSampleData -Name Transactions | Export-Csv orders.csv -NoTypeInformation -UseQuotes AsNeeded
Compare-CustomerSegment -Path orders.csv -AsOf 2024-10-01 -Method RfmMap -PerCustomer |
    Where-Object { $_.From -in 'Champions', 'Loyal' -and $_.Moved } | Select-Object -First 10
'@
            Remarks = 'Against defaults to the day after the last transaction; lists customers who were Champions or Loyal on 1 October and are no longer.'
        }
        @{
            Title   = 'A report with the transition heatmap and Sankey diagram'
            Code    = @'
Get-EcomSampleData -Name Transactions | Compare-CustomerSegment -AsOf 2024-10-01 -Method RfmMap | Export-EcomReport -Path movement.html
'@
            Remarks = 'Writes an offline HTML report with the headline, both charts, the transition table and each customer''s move.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Measure-CustomerSegment', 'Export-EcomReport')
}

@{
    Synopsis    = 'Measures segmentation quality for every K of a range: inertia, silhouette, Calinski-Harabasz, Davies-Bouldin and the smallest segment.'
    Description = @'
Builds the same scaled RFM features as Get-CustomerSegment and runs K-means for every K from -MinK to -MaxK (default
3 to 8), reporting the within-cluster sum of squares (inertia, for the elbow), the mean silhouette (higher is better),
the Calinski-Harabasz index (higher is better), the Davies-Bouldin index (lower is better) and the share of customers
in the smallest segment. The Status column marks the K that Get-CustomerSegment would choose when -K is omitted
("recommended": the best mean silhouette among K whose smallest segment holds at least 2 % of the customers), the
best other candidate ("runner-up"), K whose smallest segment is too small to act on, and K that cannot be evaluated
on these customers ("skipped:" and the reason: more segments than distinct RFM values, or more than n - 1 for the
silhouette). Every K of the range gets one row; a skipped K has NaN figures.

The rule for how many segments the data allows is the core's (EcomAI.Core.Segmentation.SegmentCountRule), shared by
Get-CustomerSegment, Compare-CustomerSegment and this cmdlet. Input, column names, preparation rules and warnings work exactly as in Get-CustomerSegment; use -Path for large
files.
'@
    Parameters  = @{
        AsOf             = 'Reference date for recency. Default: the day after the last purchase.'
        MinK             = 'Smallest number of segments tried (at least 2). Default 3.'
        MaxK             = 'Largest number of segments tried. Default 8. Every K of MinK..MaxK is output: evaluated, or skipped with the reason.'
        Seed             = 'Random seed; the same input and seed give the same table. Default 0.'
        Restarts         = 'K-means restarts per K. Default 10.'
    }
    Defaults    = @{ MinK = '3'; MaxK = '8'; Seed = '0'; Restarts = '10' }
    Outputs     = 'EcomAI.PowerShell.SegmentCountQuality: one object per K of the range (K, Evaluated, Inertia, Silhouette, CalinskiHarabasz, DaviesBouldin, SmallestShare, Recommended, Status, Rule).'
    Notes       = 'Error ids as in Get-CustomerSegment; -MaxK smaller than -MinK, or -MinK below 2, gives InvalidOption; no K of the range possible gives InsufficientData naming the largest K the data allows.'
    Examples    = @(
        @{
            Title   = 'Choose K for the sample customers'
            Code    = 'Get-EcomSampleData -Name Transactions | Measure-CustomerSegment -Seed 1'
            Remarks = 'Prints the quality table for K = 3..8; the Status column marks the recommended K and the runner-up.'
        }
        @{
            Title   = 'A range partly above what the data allows'
            Code    = @'
$rows = 'a', 'b', 'c', 'd', 'e' | ForEach-Object -Begin { $i = 0 } -Process { $i++; [pscustomobject]@{ customer_id = $_; date = "2024-01-0$i"; amount = "$(10 * $i * $i)" } }
$rows | Measure-CustomerSegment -MinK 2 -MaxK 6 | Format-Table K, Evaluated, Silhouette, Status
'@
            Remarks = 'Five customers: K = 2..4 are evaluated, K = 5 and 6 are listed as skipped with the reason.'
        }
        @{
            Title   = 'Pick the K with the best Calinski-Harabasz index instead'
            Code    = @'
Get-EcomSampleData -Name Transactions | Export-Csv orders.csv -NoTypeInformation -UseQuotes AsNeeded
$best = Measure-CustomerSegment -Path orders.csv -MaxK 6 | Where-Object Evaluated | Sort-Object CalinskiHarabasz -Descending | Select-Object -First 1
Get-CustomerSegment -Path orders.csv -K $best.K -Summary
'@
            Remarks = 'Uses a different rule for K, then segments with it.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Compare-CustomerSegment')
}

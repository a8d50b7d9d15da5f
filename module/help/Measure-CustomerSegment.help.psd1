@{
    Synopsis    = 'Measures segmentation quality for a range of K: inertia, silhouette, Calinski-Harabasz and Davies-Bouldin.'
    Description = @'
Builds the same scaled RFM features as Get-CustomerSegment and runs K-means for every K from -MinK to -MaxK, reporting
the within-cluster sum of squares (inertia, for the elbow), the mean silhouette (higher is better), the
Calinski-Harabasz index (higher is better) and the Davies-Bouldin index (lower is better). The row marked Recommended
is the K that Get-CustomerSegment would choose when -K is omitted (highest mean silhouette; ties go to the smaller K).

Input, column names, preparation rules and warnings work exactly as in Get-CustomerSegment; use -Path for large files.
'@
    Parameters  = @{
        AsOf             = 'Reference date for recency. Default: the day after the last purchase.'
        MinK             = 'Smallest number of segments tried (at least 2). Default 2.'
        MaxK             = 'Largest number of segments tried, capped at the number of customers minus one. Default 8.'
        Seed             = 'Random seed; the same input and seed give the same table. Default 0.'
        Restarts         = 'K-means restarts per K. Default 10.'
    }
    Defaults    = @{ MinK = '2'; MaxK = '8'; Seed = '0'; Restarts = '10' }
    Outputs     = 'EcomAI.PowerShell.SegmentCountQuality: one object per K (K, Inertia, Silhouette, CalinskiHarabasz, DaviesBouldin, Recommended, Rule).'
    Notes       = 'Error ids as in Get-CustomerSegment; -MaxK smaller than -MinK gives InvalidOption.'
    Examples    = @(
        @{
            Title   = 'Choose K for the sample customers'
            Code    = 'Get-EcomSampleData -Name Transactions | Measure-CustomerSegment -MinK 2 -MaxK 6 -Seed 1'
            Remarks = 'Prints the quality table for K = 2..6; the Recommended column marks the K with the highest mean silhouette.'
        }
        @{
            Title   = 'Pick the K with the best Calinski-Harabasz index instead'
            Code    = @'
Get-EcomSampleData -Name Transactions | Export-Csv orders.csv -NoTypeInformation -UseQuotes AsNeeded
$best = Measure-CustomerSegment -Path orders.csv -MaxK 6 | Sort-Object CalinskiHarabasz -Descending | Select-Object -First 1
Get-CustomerSegment -Path orders.csv -K $best.K -Summary
'@
            Remarks = 'Uses a different rule for K, then segments with it.'
        }
    )
    Links       = @('Get-CustomerSegment')
}

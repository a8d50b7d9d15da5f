@{
    Synopsis    = 'Writes EcomAI results as one self-contained, offline HTML report with charts and tables.'
    Description = @'
Collects the results piped in and writes a single HTML file with interactive charts (plotly.js is embedded, so the
report opens offline, with no CDN) and tables: customer segments (customer map, quality by K, segment profiles, RFM
map, RFM grid), segment movement between two dates (transition heatmap, Sankey diagram, transition table), choosing
K, recommendation lists with their reasons, cross-validation metrics per method, and pricing.

The pricing section reads for thousands of products: what the statuses and figures mean, the elasticity of the 50
products with the largest observed revenue (sorted by b, the axis clipped so a few huge intervals cannot squash the
rest, with the number clipped stated), demand and profit curves (today's price and the recommended price marked) for
the -Top products with the largest expected gain, and the table of the 200 products with the largest expected gain.
-ProductId restricts the section to the products named (wildcards allowed), with curves for each.

Pipe in the output objects of Get-CustomerSegment, Measure-CustomerSegment, Compare-CustomerSegment, Get-Recommendation, Measure-Recommender,
Get-PriceElasticity or Get-OptimalPrice (one object of a result is enough: the whole result it belongs to is
reported once), or the core's result objects (SegmentationResult, ClusterQualityReport, SegmentMovement, RecommendationList,
EvaluationResult, PricingAnalysisResult). Anything else is a non-terminating UnsupportedInput error.

The file is written to a temporary file and renamed, so a reader never sees half a report; an existing file is
replaced. The report holds no timestamp, so the same results give the same file. Supports -WhatIf and -Confirm.
'@
    Parameters  = @{
        InputObject = 'A result object from an EcomAI cmdlet (or a core result). Bound from the pipeline.'
        Path        = 'The HTML file to write. Relative paths are resolved from the current location.'
        Title       = 'The title at the top of the report. Default: EcomAI report.'
        Top         = 'Pricing results: how many products, by largest expected gain (profit change against today''s price), get demand and profit curves. Default 3 (EcomReport.DefaultPricingCurves); with -ProductId, every selected product.'
        ProductId   = 'Pricing results: report only these products (wildcards allowed, case-insensitive; ids written as 17850.0 match 17850). A name that matches no product is a non-terminating ProductNotFound error; the others are still reported.'
    }
    Defaults    = @{ Title = 'EcomAI report'; Top = '3' }
    Outputs     = 'System.IO.FileInfo of the report written.'
    Notes       = 'Error ids: UnsupportedInput (an object that is not an EcomAI result), EmptyInput (nothing to report), ProductNotFound (-ProductId matches no product), InvalidOption (a negative -Top, a blank -Title), FileError.'
    Examples    = @(
        @{
            Title   = 'Report the segments of the sample customers'
            Code    = 'Get-EcomSampleData -Name Transactions | Get-CustomerSegment -Seed 1 | Export-EcomReport -Path segments.html -Title ''Customer segments'''
            Remarks = 'Writes segments.html with the customer map, the quality-by-K chart and the segment profiles, and returns the file.'
        }
        @{
            Title   = 'One report for all three capabilities'
            Code    = @'
$segments = Get-EcomSampleData -Name Transactions | Get-CustomerSegment -K 4 -Seed 1
$recommendations = Get-EcomSampleData -Name Ratings | Get-Recommendation -UserId U0001 -Top 5
$prices = Get-EcomSampleData -Name Sales | Get-OptimalPrice -MaxPrice 500 -WarningAction SilentlyContinue
@($segments[0]) + @($recommendations) + @($prices[0]) | Export-EcomReport -Path report.html
'@
            Remarks = 'One object from each result is enough; the report holds the whole segmentation, the list for U0001 and every product''s price.'
        }
        @{
            Title   = 'Pricing report for a large catalogue: curves for the ten largest gains, or for chosen products'
            Code    = @'
$prices = Get-EcomSampleData -Name Sales | Get-OptimalPrice -WarningAction SilentlyContinue
$prices | Export-EcomReport -Path prices-top.html -Top 10
$prices | Export-EcomReport -Path prices-selected.html -ProductId P0003, 'P001*'
'@
            Remarks = 'The first report draws demand and profit curves for the ten products with the largest expected gain; the second reports P0003 and every product whose id starts with P001.'
        }
    )
    Links       = @('Get-CustomerSegment', 'Get-Recommendation', 'Get-OptimalPrice')
}

<#
.SYNOPSIS
    EcomAI demo: builds and imports the module, writes a generated order-lines export with the quirks of real ones
    (orders.csv beside the report), prepares it once, then segments customers, recommends products and prices products
    from it, prints the tables and writes report.html (offline, self-contained).
.DESCRIPTION
    Run from the repository root:
        dotnet tool restore && dotnet pwsh -NoProfile -File module/demo.ps1
    The module is built into artifacts/module/EcomAI. A loaded module dll cannot be replaced inside a process, so
    when this session already has EcomAI loaded the demo runs itself again in a new pwsh process.
#>
[CmdletBinding()]
param(
    # Where to write the HTML report (relative paths are resolved from the current directory).
    [string] $ReportPath = 'report.html',
    # Use an already-built module folder instead of building (the tests pass their build).
    [string] $ModuleDirectory,
    # Run in this process even if EcomAI is already loaded (used by the re-launch).
    [switch] $InProcess
)
$ErrorActionPreference = 'Stop'
$env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$ReportPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($ReportPath)

if (-not $ModuleDirectory) {
    Write-Host 'Building the EcomAI module (dotnet publish -c Release) ...'
    $manifest = & (Join-Path $PSScriptRoot 'build.ps1')
    $ModuleDirectory = Split-Path $manifest -Parent
}
$manifest = Join-Path $ModuleDirectory 'EcomAI.psd1'

if ((Get-Module EcomAI) -and -not $InProcess) {
    # Fresh process: Import-Module -Force would keep the previously loaded dll.
    Write-Host 'EcomAI is already loaded in this session: running the demo in a new pwsh process.'
    $exe = [Environment]::ProcessPath
    $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    & $exe @prefix -NoProfile -NonInteractive -File $PSCommandPath -ModuleDirectory $ModuleDirectory -ReportPath $ReportPath -InProcess
    exit $LASTEXITCODE
}
Import-Module $manifest

function Show([string] $title) { Write-Host ''; Write-Host "== $title" -ForegroundColor Cyan }

# 0. A shop's raw export: guest orders, cancellations, returns, duplicate lines, postage, ids written as 17850.0.
$ordersPath = Join-Path (Split-Path $ReportPath -Parent) 'orders.csv'
$file = Get-EcomSampleData -Name OrderLines -Path $ordersPath
Show "Preparing $($file.Name) ($([math]::Round($file.Length / 1MB, 1)) MB) once for every job (Import-EcomOrderLine)"
$lines = Import-EcomOrderLine -Path $ordersPath -ExcludeProduct POST, M, 'BANK CHARGES' -WarningAction Continue
$lines | Out-Host

# 1. Customer segmentation: RFM + K-means, K chosen by silhouette.
Show 'Choosing K (Measure-CustomerSegment)'
$quality = $lines | Measure-CustomerSegment -Seed 42
$quality | Format-Table | Out-Host
Show 'Customer segments (Get-CustomerSegment -Summary)'
$profiles = $lines | Get-CustomerSegment -Seed 42 -Summary
$profiles | Format-Table | Out-Host
Show 'Ten customers and their segment (Get-CustomerSegment)'
$customers = $lines | Get-CustomerSegment -Seed 42
$customers | Select-Object -First 10 | Format-Table | Out-Host

# 2. Recommendations from the purchases (the default top-N model for the catalogue, explained with the products bought);
#    the field's offline protocol on the ratings sample, with RMSE where a method predicts ratings.
Show 'Top 5 products for two customers (Get-Recommendation, default model)'
$recommendations = $lines | Get-Recommendation -UserId 12346, 12347 -Top 5
$recommendations | Format-Table -Wrap | Out-Host
Show 'Per-user stratified 75/25 evaluation, top-10, on the ratings sample (Measure-Recommender)'
$scores = Get-EcomSampleData -Name Ratings | Measure-Recommender -Method Ease, Als, ItemBased, Svd, Popularity -Seed 1
$scores | Format-Table | Out-Host

# 3. Pricing: weekly demand per product, elasticity with intervals, the profit-maximising price within each product's
#    observed range +-20 %; the export has no costs, so each product's cost is assumed to be 60 % of its median price
#    (the output says so). Products come out by expected gain against today's price, largest first.
Show 'Prices to act on, from weekly demand (Get-OptimalPrice -CostRatio 0.6), largest expected gain first'
$prices = $lines | Get-OptimalPrice -CostRatio 0.6 -WarningAction SilentlyContinue
$prices | Group-Object Status -NoElement | Sort-Object Count -Descending | Format-Table Count, @{ n = 'Status'; e = { $_.Name } } | Out-Host
$prices | Select-Object -First 12 | Format-Table | Out-Host
$uncertain = $prices | Where-Object Status -eq 'OptimumUncertain' | Select-Object -First 1
if ($uncertain) { Write-Host "Why $($uncertain.ProductId) is not called optimal: $($uncertain.Message)" }

# 4. One offline HTML report with the charts and tables of all three.
Show 'Report'
$report = @($customers[0]) + @($quality[0]) + @($recommendations) + @($scores) + @($prices[0]) |
    Export-EcomReport -Path $ReportPath -Title 'EcomAI demo on a generated order-lines export'
Write-Host "Wrote $($report.FullName) ($([math]::Round($report.Length / 1MB, 1)) MB, opens offline in any browser)."
$lines.Dispose()

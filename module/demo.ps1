<#
.SYNOPSIS
    EcomAI demo: builds and imports the module, segments customers, recommends products, prices products on the
    built-in sample data, prints the tables and writes report.html (offline, self-contained).
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

# 1. Customer segmentation: RFM + K-means, K chosen by silhouette.
$transactions = Get-EcomSampleData -Name Transactions
Show "Choosing K for $($transactions.Count) sample transactions (Measure-CustomerSegment)"
$quality = $transactions | Measure-CustomerSegment -MinK 2 -MaxK 8 -Seed 42
$quality | Format-Table | Out-Host
Show 'Customer segments (Get-CustomerSegment -Summary)'
$profiles = $transactions | Get-CustomerSegment -Seed 42 -Summary
$profiles | Format-Table | Out-Host
Show 'Ten customers and their segment (Get-CustomerSegment)'
$customers = $transactions | Get-CustomerSegment -Seed 42
$customers | Select-Object -First 10 | Format-Table | Out-Host

# 2. Recommendations: the default top-N model (EASE for this catalogue) with explanations, and the field's offline protocol.
$ratings = Get-EcomSampleData -Name Ratings
Show 'Top 5 items for two customers (Get-Recommendation, default model)'
$recommendations = $ratings | Get-Recommendation -UserId U0001, U0002 -Top 5
$recommendations | Format-Table -Wrap | Out-Host
Show 'Per-user stratified 75/25 evaluation, top-10 (Measure-Recommender); RMSE where a method predicts ratings'
$scores = $ratings | Measure-Recommender -Method Ease, Als, ItemBased, Svd, Popularity -Seed 1
$scores | Format-Table | Out-Host

# 3. Pricing: elasticity with intervals and the profit-maximising price within bounds.
$sales = Get-EcomSampleData -Name Sales
Show 'Profit-maximising prices, capped at 3x the highest observed price (Get-OptimalPrice)'
$cap = 3 * ($sales | ForEach-Object { [double]::Parse($_.price, [cultureinfo]::InvariantCulture) } | Measure-Object -Maximum).Maximum
$prices = $sales | Get-OptimalPrice -MaxPrice $cap -WarningAction Continue
$prices | Format-Table | Out-Host

# 4. One offline HTML report with the charts and tables of all three.
Show 'Report'
$report = @($customers[0]) + @($quality[0]) + @($recommendations) + @($scores) + @($prices[0]) |
    Export-EcomReport -Path $ReportPath -Title 'EcomAI demo on the built-in sample data'
Write-Host "Wrote $($report.FullName) ($([math]::Round($report.Length / 1MB, 1)) MB, opens offline in any browser)."

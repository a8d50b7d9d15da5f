<#
.SYNOPSIS
    Timed harness for the PowerShell module (issue [5/6]): cold start, -Path on 1,000,000 transactions, Import-Csv |.
.DESCRIPTION
    1. Builds the module (Release) into artifacts/module/EcomAI.
    2. Writes artifacts/bench/transactions-1m.csv: the core's seeded generator (TransactionGenerator, seed 1), cut to
       exactly 1,000,000 data rows (once; reused afterwards).
    3. Cold: a new `dotnet pwsh` process per run doing Import-Module + Get-CustomerSegment on the embedded sample
       (wall time of the whole process, median of -ColdRuns). The empty process (`-Command exit`) is timed alongside.
    4. Get-CustomerSegment -Path on the 1M file (K chosen automatically, and -K 4), each run in a fresh process,
       timed inside with Measure-Command (median of -PathRuns).
    5. Import-Csv | Get-CustomerSegment on the same file (-PipelineRuns runs).
    6. Peer: pandas + scikit-learn doing the same job (peers/rfm_kmeans_pandas.py, K = 4, n_init = 10) under /usr/bin/python3.
    Run:
        dotnet tool restore && dotnet pwsh -NoProfile -File tests/EcomAI.Benchmarks/powershell/Measure-EcomAIModule.ps1
#>
[CmdletBinding()]
param(
    [int] $ColdRuns = 7,
    [int] $PathRuns = 3,
    [int] $PipelineRuns = 1,
    [int] $Rows = 1000000,
    [switch] $SkipPipeline
)
$ErrorActionPreference = 'Stop'
$env:NO_COLOR = '1'; $env:POWERSHELL_TELEMETRY_OPTOUT = '1'
$repo = (Resolve-Path (Join-Path $PSScriptRoot '../../..')).Path
$manifest = & (Join-Path $repo 'module/build.ps1') -Configuration Release
$exe = [Environment]::ProcessPath
$prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })

function Median([double[]] $values) {
    $s = $values | Sort-Object
    if ($s.Count % 2) { $s[[int][math]::Floor($s.Count / 2)] } else { ($s[$s.Count / 2 - 1] + $s[$s.Count / 2]) / 2 }
}
function Run-Pwsh([string] $command) {
    $out = & $exe @prefix -NoProfile -NonInteractive -Command $command 2>&1
    if ($LASTEXITCODE -ne 0) { throw "pwsh failed: $out" }
    $out
}
function F([double] $x) { $x.ToString('0.00', [cultureinfo]::InvariantCulture) }

# Data: 1,000,000 transactions from the seeded generator.
$benchDir = Join-Path $repo 'artifacts/bench'
New-Item -ItemType Directory -Force -Path $benchDir | Out-Null
$csv = Join-Path $benchDir "transactions-$Rows.csv"
if (-not (Test-Path $csv)) {
    Write-Host "Generating $csv ..."
    Run-Pwsh @"
Import-Module '$manifest'
`$customers = [int][math]::Ceiling($Rows / 14.0)
`$g = [EcomAI.Core.Samples.TransactionGenerator]::Generate(`$customers, 1)
while (`$g.Transactions.Count -lt $Rows) { `$customers = [int](`$customers * 1.1); `$g = [EcomAI.Core.Samples.TransactionGenerator]::Generate(`$customers, 1) }
`$lines = `$g.ToCsv() -split "``n"
[IO.File]::WriteAllLines('$csv', [string[]]`$lines[0..$Rows])
"@ | Out-Null
}
$dataRows = [IO.File]::ReadLines($csv) | Measure-Object | ForEach-Object { $_.Count - 1 }
Write-Host "Data: $csv ($dataRows transactions)"
function Load { if (Test-Path /proc/loadavg) { (Get-Content /proc/loadavg).Split(' ')[0] } else { '?' } }
Write-Host "Machine: $([Environment]::ProcessorCount) cores, shared with other builds (load average $(Load) at start); pwsh $($PSVersionTable.PSVersion)"

# Cold start.
$empty = 1..$ColdRuns | ForEach-Object { (Measure-Command { Run-Pwsh 'exit 0' | Out-Null }).TotalSeconds }
$cold = 1..$ColdRuns | ForEach-Object {
    (Measure-Command { Run-Pwsh "Import-Module '$manifest'; Get-EcomSampleData Transactions | Get-CustomerSegment -Seed 1 | Out-Null" | Out-Null }).TotalSeconds
}
Write-Host "cold pwsh + Import-Module + Get-CustomerSegment (sample): median $(F (Median $cold)) s over $ColdRuns runs [$(($cold | ForEach-Object { F $_ }) -join ', ')]"
Write-Host "  empty dotnet pwsh process: median $(F (Median $empty)) s"

# -Path on the big file, fresh process per run, timed inside.
foreach ($k in @('', '-K 4')) {
    $times = 1..$PathRuns | ForEach-Object {
        # The preparation's warnings (lines without a customer, ...) are not timed output: keep the last line, the time.
        [double]((Run-Pwsh "Import-Module '$manifest'; (Measure-Command { Get-CustomerSegment -Path '$csv' -Seed 1 $k -WarningAction SilentlyContinue | Out-Null }).TotalSeconds.ToString([cultureinfo]::InvariantCulture)") | Select-Object -Last 1)
    }
    $label = if ($k) { $k } else { 'K automatic (3..8)' }
    Write-Host "Get-CustomerSegment -Path ($dataRows rows, $label): median $(F (Median $times)) s over $PathRuns runs [$(($times | ForEach-Object { F $_ }) -join ', ')]"
}
# The same call repeated in one process (after the first, JIT and file cache are warm): separates machine noise from cost.
$warm = @(Run-Pwsh "Import-Module '$manifest'; 1..$PathRuns | ForEach-Object { (Measure-Command { Get-CustomerSegment -Path '$csv' -Seed 1 -K 4 -WarningAction SilentlyContinue | Out-Null }).TotalSeconds.ToString([cultureinfo]::InvariantCulture) }") | Select-Object -Last $PathRuns | ForEach-Object { [double]$_ }
Write-Host "  same process, $PathRuns calls in a row (-K 4): [$(($warm | ForEach-Object { F $_ }) -join ', ')] s"

if (-not $SkipPipeline) {
    $times = 1..$PipelineRuns | ForEach-Object {
        [double](Run-Pwsh "Import-Module '$manifest'; (Measure-Command { Import-Csv '$csv' | Get-CustomerSegment -Seed 1 -K 4 | Out-Null }).TotalSeconds.ToString([cultureinfo]::InvariantCulture)")
    }
    $importOnly = [double](Run-Pwsh "(Measure-Command { Import-Csv '$csv' | Out-Null }).TotalSeconds.ToString([cultureinfo]::InvariantCulture)")
    Write-Host "Import-Csv | Get-CustomerSegment -K 4 ($dataRows rows): median $(F (Median $times)) s over $PipelineRuns run(s); Import-Csv alone $(F $importOnly) s"
}

# Peer: pandas + scikit-learn, same job with K = 4.
$peer = & /usr/bin/python3 (Join-Path $PSScriptRoot '../peers/rfm_kmeans_pandas.py') $csv 4 10 | ConvertFrom-Json
Write-Host "load average at the end: $(Load)"
Write-Host "peer pandas + scikit-learn (K = 4, n_init = 10): total $(F $peer.total_s) s (read $(F $peer.read_s), RFM $(F $peer.rfm_s), KMeans $(F $peer.kmeans_s)); $($peer.customers) customers"

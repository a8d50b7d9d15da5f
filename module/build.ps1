<#
.SYNOPSIS
    Builds the EcomAI module into a loadable folder (default: artifacts/module/EcomAI) and prints its path.
.DESCRIPTION
    The folder holds EcomAI.psd1, EcomAI.format.ps1xml, en-US/EcomAI.PowerShell.dll-Help.xml and every dependency dll
    (EcomAI.Core, EcomAI.Charts, DuckDB.NET with this platform's native libduckdb, MathNet.Numerics, Plotly.NET, ...), so
    `Import-Module <folder>/EcomAI.psd1` works, or copy the folder into a $env:PSModulePath directory and use
    `Import-Module EcomAI`.
    A module dll cannot be unloaded: after a rebuild, import it in a new pwsh process (Import-Module -Force keeps the old dll).
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File module/build.ps1
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release',
    [string] $OutputDirectory = (Join-Path (Split-Path $PSScriptRoot -Parent) 'artifacts/module/EcomAI')
)
$ErrorActionPreference = 'Stop'
$project = Join-Path $PSScriptRoot 'EcomAI.PowerShell/EcomAI.PowerShell.csproj'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
# publish (not build -o): one folder with the module and exactly its runtime dependencies, and the native DuckDB
# library of this platform only (the NuGet package carries every platform's, about 420 MB).
$os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
$rid = "$os-$([System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture.ToString().ToLowerInvariant())"
# Release: the assemblies are also compiled ahead of time for this platform (ReadyToRun), so a session's first cmdlet
# does not wait for the JIT (about 0.3 s less on a million-line segmentation; tests/EcomAI.Benchmarks/README.md).
$readyToRun = if ($Configuration -eq 'Release') { 'true' } else { 'false' }
$log = & dotnet publish $project -c $Configuration -r $rid --self-contained false "-p:PublishReadyToRun=$readyToRun" -o $OutputDirectory -nologo -v quiet 2>&1
if ($LASTEXITCODE -ne 0) {
    $log | Write-Host
    throw "Building the EcomAI module failed (dotnet publish exit code $LASTEXITCODE)."
}
$manifest = Join-Path $OutputDirectory 'EcomAI.psd1'
if (-not (Test-Path $manifest)) { throw "The build produced no $manifest." }
(Resolve-Path $manifest).Path

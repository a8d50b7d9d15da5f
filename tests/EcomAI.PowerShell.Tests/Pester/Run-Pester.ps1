<#
.SYNOPSIS
    Runs the EcomAI Pester suite in this (real) pwsh and ends with a plain "N passed, N failed" line.
.DESCRIPTION
    Launched by the xunit test PesterSuiteTests (part of `dotnet test EcomAI.Interactive.sln`), or by hand:
        dotnet tool restore && dotnet build tests/EcomAI.PowerShell.Tests
        dotnet pwsh -NoProfile -NonInteractive -File tests/EcomAI.PowerShell.Tests/Pester/Run-Pester.ps1
    Exit code: 0 when every test passed, 1 otherwise (also when no test ran).
#>
[CmdletBinding()]
param(
    # The built module folder (holding EcomAI.psd1); default: the Debug build output.
    [string] $ModuleDirectory = (Join-Path $PSScriptRoot '../../../module/EcomAI.PowerShell/bin/Debug/net10.0'),
    # Pester's manifest inside the NuGet package folder (downloaded by the test project's PackageDownload).
    [string] $PesterManifest,
    # Run only test files whose name matches.
    [string] $Filter = '*'
)
$ErrorActionPreference = 'Stop'
if (-not $PesterManifest) {
    $root = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $PesterManifest = Join-Path $root 'pester/5.7.1/tools/Pester.psd1'
}
if (-not (Test-Path $PesterManifest)) { Write-Host "Pester not found at ${PesterManifest}: build tests/EcomAI.PowerShell.Tests first."; exit 1 }
$manifest = Join-Path $ModuleDirectory 'EcomAI.psd1'
if (-not (Test-Path $manifest)) { Write-Host "Module not found at ${manifest}: build module/EcomAI.PowerShell first."; exit 1 }

Import-Module $PesterManifest -Force
# The test files import the module from here.
$env:ECOMAI_MODULE_MANIFEST = (Resolve-Path $manifest).Path

$config = New-PesterConfiguration
$config.Run.Path = @(Get-ChildItem $PSScriptRoot -Filter "$Filter.Tests.ps1" | ForEach-Object FullName)
$config.Run.PassThru = $true
$config.Output.Verbosity = 'Detailed'
$config.Should.ErrorAction = 'Continue'
$result = Invoke-Pester -Configuration $config

# Pester's own summary is not a plain "N passed, N failed" line: print one.
Write-Host ("{0} passed, {1} failed, {2} skipped" -f $result.PassedCount, $result.FailedCount, $result.SkippedCount)
if ($result.FailedCount -gt 0 -or $result.PassedCount -eq 0 -or $result.Result -ne 'Passed') { exit 1 }
exit 0

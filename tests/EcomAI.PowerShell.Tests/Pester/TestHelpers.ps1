# Shared by the Pester test files (dot-sourced in BeforeAll).

# Runs a script file in a new pwsh process (the same pwsh as this one, also when it is `dotnet pwsh`);
# returns its output lines and sets $LASTEXITCODE.
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)] [string[]] $Arguments)
    $exe = [Environment]::ProcessPath
    $prefix = @()
    # Under `dotnet pwsh` the process is dotnet itself: start pwsh.dll through it.
    if ([System.IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { $prefix = @(Join-Path $PSHOME 'pwsh.dll') }
    & $exe @prefix -NoProfile -NonInteractive @Arguments 2>&1
}

# A fresh empty temporary folder.
function New-TestFolder {
    $path = Join-Path ([System.IO.Path]::GetTempPath()) ("ecomai-test-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $path | Select-Object -ExpandProperty FullName
}

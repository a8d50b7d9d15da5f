# module/demo.ps1 end to end in a new pwsh process, on the module under test (no rebuild).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:report = Join-Path $work 'report.html'
    $script:output = Invoke-FreshPwsh -Arguments @('-File', (Join-Path $PSScriptRoot '../../../module/demo.ps1'),
        '-ModuleDirectory', (Split-Path $env:ECOMAI_MODULE_MANIFEST -Parent), '-ReportPath', $report)
    $script:exitCode = $LASTEXITCODE
    $script:text = ($output | Out-String)
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'module/demo.ps1' {
    It 'Demo_Runs_ExitCodeZero' {
        $exitCode | Should -Be 0 -Because $text
    }

    It 'Demo_Output_StartsFromARawExportAndHasAllThreeCapabilitiesAsTables' {
        $text | Should -Match 'Preparing orders.csv'
        $text | Should -Match 'Cancellations: \d+ lines'
        $text | Should -Match 'Lines without a customer: [\d,]+ lines'
        $text | Should -Match 'Measure-CustomerSegment'
        $text | Should -Match 'Segment Label\s+Customers'
        $text | Should -Match 'UserId Rank ItemId'
        $text | Should -Match 'RMSE'
        $text | Should -Match 'ProductId\s+Status\s+Today\s+Price'
        $text | Should -Match 'Gain interval'
        $text | Should -Match 'CostRatio'
    }

    It 'Demo_Report_WrittenWithTheThreeSections' {
        $report | Should -Exist
        $html = Get-Content $report -Raw
        $html | Should -Match 'Customer segments'
        $html | Should -Match 'Recommendations for user 12346'
        $html | Should -Match 'Prices \('
    }
}

Describe 'module/demo.ps1 from a session that already has EcomAI loaded' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
        $script:work2 = New-TestFolder
        $script:report2 = Join-Path $work2 'report.html'
        $demo = Join-Path $PSScriptRoot '../../../module/demo.ps1'
        $moduleDir = Split-Path $env:ECOMAI_MODULE_MANIFEST -Parent
        # A loaded module dll cannot be replaced in-process: the demo must re-run itself in a new pwsh.
        $script:output2 = Invoke-FreshPwsh -Arguments @('-Command',
            "Import-Module '$env:ECOMAI_MODULE_MANIFEST'; & '$demo' -ModuleDirectory '$moduleDir' -ReportPath '$report2'; exit `$LASTEXITCODE")
        $script:exitCode2 = $LASTEXITCODE
    }
    AfterAll { Remove-Item -Recurse -Force $work2 -ErrorAction SilentlyContinue }

    It 'Demo_ModuleAlreadyLoaded_RerunsInNewProcessAndSucceeds' {
        $exitCode2 | Should -Be 0 -Because ($output2 | Out-String)
        ($output2 | Out-String) | Should -Match 'running the demo in a new pwsh process'
        ($output2 | Out-String) | Should -Match 'Wrote .*report\.html'
        $report2 | Should -Exist
    }
}

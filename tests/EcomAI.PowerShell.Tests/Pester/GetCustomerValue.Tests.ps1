# Get-CustomerValue in the real pwsh: ranking, model summary, holdout check, the CDNOW format, errors and the report.
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fq = ',EcomAI.PowerShell.Commands.GetCustomerValueCommand'
    $script:sample = Get-EcomSampleData -Name Transactions
    $script:values = $sample | Get-CustomerValue -WarningAction SilentlyContinue
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-CustomerValue' {
    It 'GetCustomerValue_SampleData_OneRankedObjectPerCustomer' {
        $customers = @($sample | Select-Object -ExpandProperty customer_id -Unique)
        $values.Count | Should -Be $customers.Count
        $values[0] | Should -BeOfType ([EcomAI.PowerShell.CustomerLifetimeValue])
        ($values | ForEach-Object Rank) -join ',' | Should -Be ((1..$values.Count) -join ',')
        for ($i = 1; $i -lt $values.Count; $i++) { $values[$i].Clv | Should -BeLessOrEqual $values[$i - 1].Clv }
        $values | ForEach-Object { $_.ProbabilityAlive | Should -BeGreaterOrEqual 0; $_.ProbabilityAlive | Should -BeLessOrEqual 1 }
        $values[0].PSObject.Properties.Name | Should -Contain 'ExpectedPurchases'
        $values[0].PSObject.Properties.Name | Should -Contain 'ExpectedSpend'
    }

    It 'GetCustomerValue_Margin_ScalesClvLinearly' {
        $half = $sample | Get-CustomerValue -Margin 0.5 -WarningAction SilentlyContinue
        $top = $values[0]
        ($half | Where-Object CustomerId -eq $top.CustomerId).Clv | Should -BeGreaterThan ($top.Clv * 0.5 - 1e-9)
        ($half | Where-Object CustomerId -eq $top.CustomerId).Clv | Should -BeLessThan ($top.Clv * 0.5 + 1e-9)
    }

    It 'GetCustomerValue_HorizonAndDiscountRate_UndiscountedIsSpendTimesPurchasesAndLongerIsMore' {
        # Undiscounted, CLV = margin (1) × expected spend per purchase × expected purchases over the horizon; discounting
        # lowers it; 24 months expect more purchases than the default 12.
        $flat = $sample | Get-CustomerValue -DiscountRate 0 -Horizon 24 -WarningAction SilentlyContinue
        foreach ($v in $flat) {
            $expected = $v.ExpectedSpend * $v.ExpectedPurchases
            [math]::Abs($v.Clv - $expected) | Should -BeLessOrEqual (1e-9 * [math]::Max(1, [math]::Abs($expected)))
        }
        $byId = @{}; foreach ($v in $values) { $byId[$v.CustomerId] = $v }
        foreach ($v in $flat | Where-Object ExpectedPurchases -gt 0) {
            $v.ExpectedPurchases | Should -BeGreaterThan $byId[$v.CustomerId].ExpectedPurchases
            $v.Clv | Should -BeGreaterThan $byId[$v.CustomerId].Clv
        }
    }

    It 'GetCustomerValue_ModelSummary_SevenParametersWithIntervals' {
        $summary = $sample | Get-CustomerValue -ModelSummary -WarningAction SilentlyContinue
        ($summary | ForEach-Object Parameter) -join ',' | Should -Be 'r,alpha,a,b,p,q,v'
        ($summary | ForEach-Object Model | Select-Object -Unique) -join ',' | Should -Be 'BG/NBD,Gamma-Gamma'
        foreach ($p in $summary) {
            $p.Lower | Should -BeLessOrEqual $p.Estimate
            $p.Upper | Should -BeGreaterOrEqual $p.Estimate
        }
        ($summary | Where-Object Parameter -eq 'r').StdError | Should -BeGreaterThan 0
    }

    It 'GetCustomerValue_CalibrationEnd_HoldoutForecastCloseToActual' {
        $split = $sample | Get-CustomerValue -CalibrationEnd 2024-09-30 -PurchasePeriod Day -WarningAction SilentlyContinue
        $actual = ($split | Measure-Object HoldoutPurchases -Sum).Sum
        $expected = ($split | Measure-Object ExpectedHoldoutPurchases -Sum).Sum
        $actual | Should -BeGreaterThan 100
        $expected / $actual | Should -BeGreaterThan 0.8
        $expected / $actual | Should -BeLessThan 1.25
    }

    It 'GetCustomerValue_PathCsv_SameAsPipeline' {
        $csv = Join-Path $work 'orders.csv'
        $sample | Export-Csv $csv -NoTypeInformation -UseQuotes AsNeeded
        $fromFile = Get-CustomerValue -Path $csv -WarningAction SilentlyContinue
        $fromFile[0].CustomerId | Should -Be $values[0].CustomerId
        $fromFile[0].Clv | Should -Be $values[0].Clv
    }

    It 'GetCustomerValue_CdnowFormat_SummaryAsPapers' {
        # The first lines of CDNOW_sample.txt: customer 0001 has x = 2, t_x = 30.43, T = 38.86 weeks in the published summary.
        $lines = @(
            ' 00004 0001 19970101  2   29.33', ' 00004 0001 19970118  2   29.73', ' 00004 0001 19970802  1   14.96', ' 00004 0001 19971212  2   26.48',
            ' 00021 0002 19970101  3   63.34', ' 00021 0002 19970113  1   11.77',
            ' 00111 0006 19970101  1   35.99', ' 00111 0006 19970111  1   32.99', ' 00111 0006 19970315  4   77.96', ' 00111 0006 19970416  3   59.30',
            ' 00111 0006 19970424  2  134.98', ' 00111 0006 19970623  1   91.92', ' 00111 0006 19970722  3   47.08', ' 00111 0006 19970726  2   71.96',
            ' 00112 0007 19970101  1   11.77', ' 00112 0007 19970205  1   11.77', ' 00131 0010 19970101  2   30.32')
        $path = Join-Path $work 'cdnow.txt'
        Set-Content -Path $path -Value $lines
        $c = Get-CustomerValue -Path $path -Format Cdnow -Penalty 0.01 -WarningAction SilentlyContinue | Where-Object CustomerId -eq '0001'
        $c.Frequency | Should -Be 2
        [math]::Round($c.Recency, 2) | Should -Be 30.43
        [math]::Round($c.T, 2) | Should -Be 38.86
        $c.HoldoutPurchases | Should -Be 1
    }

    It 'GetCustomerValue_MarginAboveOne_InvalidOption' {
        { $sample | Get-CustomerValue -Margin 2 -ErrorAction Stop } | Should -Throw -ErrorId "InvalidOption$fq"
    }

    It 'GetCustomerValue_NoRepeatPurchases_InsufficientData' {
        $once = 1..5 | ForEach-Object { [pscustomobject]@{ customer_id = "N$_"; date = "2024-01-0$_"; amount = '10' } }
        { $once | Get-CustomerValue -ErrorAction Stop } | Should -Throw -ErrorId "InsufficientData$fq"
    }

    It 'GetCustomerValue_BadAmount_LineLeftOutWithWarningOrErrorWithStrict' {
        $bad = @($sample | Select-Object -First 400) + [pscustomobject]@{ customer_id = 'X'; order_id = 'OX'; date = '2024-05-01'; amount = '2,5'; quantity = '1' }
        $out = $bad | Get-CustomerValue -WarningVariable warned -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        ($warned -join "`n") | Should -Match '2,5'
        $out.CustomerId | Should -Not -Contain 'X'
        $out.Count | Should -BeGreaterThan 0
        { $bad | Get-CustomerValue -Strict -ErrorAction Stop -WarningAction SilentlyContinue } | Should -Throw -ErrorId "InvalidNumber$fq"
    }

    It 'GetCustomerValue_WithSegments_ReportHasClvBySegment' {
        $path = Join-Path $work 'clv.html'
        $segments = $sample | Get-CustomerSegment -K 3 -Seed 1
        @($segments[0]) + @($values[0]) | Export-EcomReport -Path $path -Title 'Value' | Out-Null
        $html = Get-Content $path -Raw
        $html | Should -Match 'Customer lifetime value \('
        $html | Should -Match 'CLV by RFM segment'
        $html | Should -Match 'Probability a customer is still active'
        $html | Should -Not -Match '<script[^>]+src="https?://'
    }
}

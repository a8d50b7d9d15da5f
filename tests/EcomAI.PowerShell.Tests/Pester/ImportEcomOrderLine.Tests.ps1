# The front doors on a raw order-lines export (issue 10): every job runs from the file with no other argument, the
# preparation is reported once per rule as warnings, and the figures agree with the documented rules re-stated here in
# plain PowerShell over Import-Csv (an independent reading of the same file, not the module's code).
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:orders = Join-Path $work 'orders.csv'
    Get-EcomSampleData -Name OrderLines -Path $orders | Out-Null
    $script:invariant = [System.Globalization.CultureInfo]::InvariantCulture

    # The rules of docs/order-lines.md: a purchase line has a readable quantity > 0, unit price > 0 and ISO date, and an
    # order id not starting with C. Ids written as 17850.0 are 17850. (Exact duplicates repeat an earlier line, so they
    # change no set computed below.)
    $script:purchases = foreach ($row in (Import-Csv $orders)) {
        $q = 0.0; $p = 0.0; $d = [datetime]::MinValue
        if (-not [double]::TryParse($row.Quantity, [System.Globalization.NumberStyles]::Float, $invariant, [ref]$q)) { continue }
        if (-not [double]::TryParse($row.UnitPrice, [System.Globalization.NumberStyles]::Float, $invariant, [ref]$p)) { continue }
        if (-not [datetime]::TryParseExact($row.InvoiceDate.Trim(), 'yyyy-MM-dd HH:mm:ss', $invariant, 'None', [ref]$d)) { continue }
        if ($row.InvoiceNo.StartsWith('C') -or $q -le 0 -or $p -le 0) { continue }
        $customer = $row.CustomerID.Trim() -replace '^(\d+)\.0$', '$1'
        [pscustomobject]@{ Customer = $customer; Product = $row.StockCode.Trim(); Date = $d; Order = $row.InvoiceNo.Trim() }
    }
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Order lines through every front door' {
    It 'ImportEcomOrderLine_RawExport_OneWarningPerRuleAndTheReport' {
        $lines = Import-EcomOrderLine -Path $orders -WarningVariable warned -WarningAction SilentlyContinue
        $findings = @($lines.Report.Findings)
        $findings.Count | Should -BeGreaterThan 3     # duplicates, cancellations, returns, guests at least
        # One warning per rule (and one per note), never one per line.
        $warned.Count | Should -Be ($findings.Count + @($lines.Report.Notes).Count)
        foreach ($finding in $findings) { @($warned | Where-Object { "$_" -eq $finding.Message }).Count | Should -Be 1 }
        $lines.Dispose()
    }

    It 'ImportEcomOrderLine_PostageHint_ItsAdviceRunsAsWritten' {
        # The hint quotes the option by its core name (ExcludeProducts = ...); the parameter takes that name too.
        $null = Import-EcomOrderLine -Path $orders -WarningVariable warned -WarningAction SilentlyContinue
        $hint = @($warned | Where-Object { "$_" -match 'ExcludeProducts = (.+)\.$' })
        $hint.Count | Should -Be 1
        $codes = @("$($hint[0])" -replace '^.*ExcludeProducts = (.+)\.$', '$1' -split ', ')
        $codes.Count | Should -BeGreaterThan 0
        $lines = Import-EcomOrderLine -Path $orders -ExcludeProducts $codes -WarningVariable again -WarningAction SilentlyContinue
        $lines.Report.Count([EcomAI.Core.Data.LineRule]::NonProduct) | Should -BeGreaterThan 0
        @($again | Where-Object { "$_" -like '*ExcludeProducts = *' }).Count | Should -Be 0
        $lines.Dispose()
    }

    It 'GetCustomerSegment_PathNoFlags_EveryCustomerWithAPurchaseSegmented' {
        $out = Get-CustomerSegment -Path $orders -WarningAction SilentlyContinue
        $expected = @($purchases | Where-Object Customer -ne '' | ForEach-Object Customer | Sort-Object -Unique)
        @($out | ForEach-Object CustomerId | Sort-Object -Unique) | Should -Be $expected
        # Ids written as 12346.0 in the file come out as 12346.
        @($out | Where-Object { $_.CustomerId -like '*.0' }).Count | Should -Be 0
    }

    It 'GetCustomerSegment_PipedImport_SameSegmentsAsThePath' {
        $viaPath = Get-CustomerSegment -Path $orders -K 4 -Seed 3 -WarningAction SilentlyContinue
        $viaImport = Import-EcomOrderLine -Path $orders -WarningAction SilentlyContinue | Get-CustomerSegment -K 4 -Seed 3
        ($viaImport | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" }) | Should -Be ($viaPath | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" })
    }

    It 'GetRecommendation_PathUserIdWithoutPointZero_UnboughtProductsExplainedByDescriptions' {
        # The most active customer, named as a user would type it (the file writes it with ".0").
        $user = ($purchases | Where-Object Customer -ne '' | Group-Object Customer | Sort-Object Count -Descending | Select-Object -First 1).Name
        $bought = @($purchases | Where-Object Customer -eq $user | ForEach-Object Product | Sort-Object -Unique)
        $out = Get-Recommendation -Path $orders -UserId $user -Top 5 -WarningAction SilentlyContinue
        $out.Count | Should -Be 5
        foreach ($r in $out) {
            $r.ItemId | Should -Not -BeIn $bought
            $r.Description | Should -Not -BeNullOrEmpty
            $r.Because | Should -Match '^because you bought [A-Z]'
        }
    }

    It 'GetPriceElasticity_PathNoFlags_OneObservationPerProductAndWeek' {
        $out = Get-PriceElasticity -Path $orders -WarningAction SilentlyContinue
        # Weeks start on Monday; guests' lines count for pricing.
        $weeks = @{}
        foreach ($p in $purchases) {
            $monday = $p.Date.Date.AddDays(-((([int]$p.Date.DayOfWeek) + 6) % 7))
            if (-not $weeks.ContainsKey($p.Product)) { $weeks[$p.Product] = [System.Collections.Generic.HashSet[datetime]]::new() }
            [void]$weeks[$p.Product].Add($monday)
        }
        $checked = 0
        foreach ($e in $out | Select-Object -First 20) {
            $e.N | Should -Be $weeks[$e.ProductId].Count -Because "product $($e.ProductId)"
            $checked++
        }
        $checked | Should -BeGreaterThan 0
    }

    It 'GetOptimalPrice_PathCostRatio_SaysWhichCostWasUsed' {
        $out = @(Get-OptimalPrice -Path $orders -CostRatio 0.6 -WarningAction SilentlyContinue)
        $out.Count | Should -BeGreaterThan 0
        foreach ($p in $out) { "$($p.CostSource)" | Should -Be 'CostRatio' }
    }

    It 'ImportEcomOrderLine_ShowSql_PrintsThePortablePreparation' {
        $sql = Import-EcomOrderLine -Path $orders -ShowSql -WarningAction SilentlyContinue
        "$sql" | Should -Match 'CREATE OR REPLACE TEMPORARY VIEW transactions AS'
        "$sql" | Should -Match 'CREATE OR REPLACE TEMPORARY VIEW period_sales AS'
    }

    It 'GetCustomerSegment_DecimalCommaExport_ReadWithDecimalSeparator' {
        # A semicolon export written with a European locale: 2 x 2,55 + 1 x 4,0 = 9,10 for customer 17850.
        $eu = Join-Path $work 'eu.csv'
        Set-Content $eu -Value 'InvoiceNo;StockCode;Description;Quantity;InvoiceDate;UnitPrice;CustomerID',
            '1;A;Apple;2;2011-01-03 10:00:00;2,55;17850.0', '1;B;Bread;1;2011-01-03 10:00:00;4,0;17850.0',
            '2;B;Bread;1;2011-01-05 10:00:00;4,5;17851.0', '3;A;Apple;1;2011-01-06 10:00:00;2,55;17852.0'
        # Without the option no price is a number: the job stops and names the option.
        { Get-CustomerSegment -Path $eu -K 2 -WarningAction SilentlyContinue } | Should -Throw -ExpectedMessage "*set DecimalSeparator to ','*"
        $out = Get-CustomerSegment -Path $eu -K 2 -DecimalSeparator ',' -WarningAction SilentlyContinue
        ($out | Where-Object CustomerId -eq '17850').Monetary | Should -Be 9.1
    }

    It 'GetCustomerSegment_BadQuantity_OneWarningOrWithStrictOneErrorNamingLineAndColumn' {
        $bad = Join-Path $work 'bad.csv'
        Set-Content $bad -Value 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID',
            '1,A,Apple,2,2011-01-03 10:00:00,1.5,17850.0', '2,A,Apple,abc,2011-01-04 10:00:00,1.5,17851.0',
            '3,B,Pear,1,2011-01-05 10:00:00,2.5,17852.0', '4,B,Pear,1,2011-01-06 10:00:00,2.5,17853.0'
        $out = Get-CustomerSegment -Path $bad -K 2 -WarningVariable warned -WarningAction SilentlyContinue
        @($out | ForEach-Object CustomerId) | Should -Be @('17850', '17852', '17853')
        @($warned | Where-Object { "$_" -match 'line 3' }).Count | Should -Be 1
        $null = Get-CustomerSegment -Path $bad -K 2 -Strict -ErrorVariable failed -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Match '^InvalidNumber,'
        "$($failed[0])" | Should -Match 'line 3'
        "$($failed[0])" | Should -Match 'Quantity'
    }
}

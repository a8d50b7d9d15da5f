# Compare-CustomerSegment in the real pwsh: the same customers at two dates, the transition table checked by hand.
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fq = ',EcomAI.PowerShell.Commands.CompareCustomerSegmentCommand'

    # Six customers on the RFM map as of 2024-07-01; n = 6, score = 1 + floor(5 (rank - 1) / 6), ties share the lowest rank:
    #   days   A 1, B 3, C 10, D 30, E 100, F 200   -> ranks on -days 6, 5, 4, 3, 2, 1 -> R 5, 4, 3, 2, 1, 1
    #   orders A 4, B 1, C 3, D 2, E 5, F 1         -> ranks 5, 1, 4, 3, 6, 1         -> F 4, 1, 3, 2, 5, 1
    #   spend  A 400, B 10, C 150, D 60, E 900, F 5 -> ranks 5, 2, 4, 3, 6, 1         -> M 4, 1, 3, 2, 5, 1
    #   FM = floor((F + M + 1) / 2): A 4, B 1, C 3, D 2, E 5, F 1
    #   cells: A R5 FM4 Champions; B R4 FM1 Promising; C R3 FM3 Need attention; D R2 FM2 Hibernating;
    #          E R1 FM5 Can't lose them; F R1 FM1 Lost.
    # By 2024-10-01 (92 days later) only A buys again (2024-09-30, 100). Scored against the July customers
    # (score = 1 + floor(5 w / 6), w = July customers strictly worse, at most 5):
    #   A 1 day (w 5), 5 orders (w 5), 500 (w 5) -> 5, 5, 5 -> Champions.
    #   B 95 days (w 2: 100, 200) -> R2; 1 order (w 0) -> 1; 10 (w 1) -> 1; FM 1 -> Hibernating.
    #   C 102 days (w 1) -> R1; 3 orders (w 3) -> 3; 150 (w 3) -> 3; FM 3 -> At risk.
    #   D 122 days -> R1; 2 orders (w 2) -> 2; 60 (w 2) -> 2; FM 2 -> Lost.
    #   E 192 days -> R1; FM 5 -> Can't lose them.   F 292 days (w 0) -> R1; FM 1 -> Lost.
    $script:csv = @'
customer_id,order_id,date,amount
A,1,2024-06-09,100
A,2,2024-06-16,100
A,3,2024-06-23,100
A,4,2024-06-30,100
B,5,2024-06-28,10
C,6,2024-06-07,50
C,7,2024-06-14,50
C,8,2024-06-21,50
D,9,2024-05-25,30
D,10,2024-06-01,30
E,11,2024-02-23,180
E,12,2024-03-01,180
E,13,2024-03-08,180
E,14,2024-03-15,180
E,15,2024-03-23,180
F,16,2023-12-14,5
A,17,2024-09-30,100
'@
    $script:csvPath = Join-Path $work 'orders.csv'
    Set-Content -Path $csvPath -Value $csv -NoNewline
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Compare-CustomerSegment' {
    It 'CompareCustomerSegment_RfmMap_TransitionTableCheckedByHand' {
        $rows = Compare-CustomerSegment -Path $csvPath -AsOf 2024-07-01 -Against 2024-10-01 -Method RfmMap
        $table = $rows | ForEach-Object { "$($_.From) -> $($_.To): $($_.Customers)" }
        $table | Should -Be @(
            'Champions -> Champions: 1'
            'Promising -> Hibernating: 1'
            'Need attention -> At risk: 1'
            "Can't lose them -> Can't lose them: 1"
            'Hibernating -> Lost: 1'
            'Lost -> Lost: 1'
        )
        $rows[0] | Should -BeOfType ([EcomAI.PowerShell.SegmentTransitionRow])
        [math]::Round(($rows | Measure-Object ShareOfAll -Sum).Sum, 12) | Should -Be 1
        $rows | ForEach-Object { $_.ShareOfFrom | Should -Be 1 }
        $rows[0].GetResult().Stayed | Should -Be 3
    }

    It 'CompareCustomerSegment_RfmMapWithKRange_OneWarningNamesTheIgnoredParameters' {
        $null = Compare-CustomerSegment -Path $csvPath -AsOf 2024-07-01 -Against 2024-10-01 -Method RfmMap -MaxK 4 -MinK 2 -WarningVariable warned -WarningAction SilentlyContinue
        @($warned).Count | Should -Be 1
        $warned[0].Message | Should -Be '-Method RfmMap does not use -MinK, -MaxK: they were ignored.'
    }

    It 'CompareCustomerSegment_PerCustomer_EachMoveWithTheValuesAtBothDates' {
        $moves = Compare-CustomerSegment -Path $csvPath -AsOf 2024-07-01 -Against 2024-10-01 -Method RfmMap -PerCustomer
        $moves.CustomerId | Should -Be @('A', 'B', 'C', 'D', 'E', 'F')
        $b = $moves | Where-Object CustomerId -eq 'B'
        $b.From | Should -Be 'Promising'
        $b.To | Should -Be 'Hibernating'
        $b.FromRecency | Should -Be 3
        $b.ToRecency | Should -Be 95
        $b.Moved | Should -BeTrue
        ($moves | Where-Object CustomerId -eq 'A').ToMonetary | Should -Be 500
    }

    It 'CompareCustomerSegment_KMeans_SameSegmentsAtBothDates' {
        $rows = Get-EcomSampleData Transactions | Compare-CustomerSegment -AsOf 2024-10-01 -Against 2025-01-01 -K 4 -Seed 1 -IncludeEmpty
        $movement = $rows[0].GetResult()
        $movement.From.Profiles.Label | Should -Be $movement.To.Profiles.Label
        # Full table: (4 segments + new customers) x 4 segments, and every customer at the second date counted once.
        $rows.Count | Should -Be (5 * 4)
        ($rows | Measure-Object Customers -Sum).Sum | Should -Be $movement.To.Customers.Count
        ($rows | Where-Object FromSegment -eq 0 | Measure-Object Customers -Sum).Sum | Should -Be $movement.NewCustomers
    }

    It 'CompareCustomerSegment_AgainstOmitted_DayAfterTheLastTransaction' {
        $rows = Compare-CustomerSegment -Path $csvPath -AsOf 2024-07-01 -Method RfmMap
        $rows[0].ToDate | Should -Be ([datetime]'2024-10-01')
    }

    It 'CompareCustomerSegment_NoAsOf_InvalidOption' {
        { Compare-CustomerSegment -Path $csvPath } | Should -Throw -ErrorId ('InvalidOption' + $fq)
    }

    It 'CompareCustomerSegment_AgainstBeforeAsOf_InvalidOption' {
        $caught = $null
        try { Compare-CustomerSegment -Path $csvPath -AsOf 2024-10-01 -Against 2024-07-01 } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be ('InvalidOption' + $fq)
        $caught.Exception.Message | Should -Match 'to = 2024-07-01 is not after from = 2024-10-01'
    }

    It 'CompareCustomerSegment_ToReport_HeatmapAndSankeyOffline' {
        $path = Join-Path $work 'movement.html'
        $file = Compare-CustomerSegment -Path $csvPath -AsOf 2024-07-01 -Method RfmMap | Export-EcomReport -Path $path
        $html = Get-Content $file.FullName -Raw
        $html | Should -Match 'Segment movement 2024-07-01 → 2024-10-01'
        $html | Should -Match '"type":"sankey"'
        $html | Should -Match '"type":"heatmap"'
    }
}

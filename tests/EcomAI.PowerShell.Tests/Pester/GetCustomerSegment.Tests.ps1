# Get-CustomerSegment and Measure-CustomerSegment in the real pwsh: binding, hand-checked RFM values, strict errors.
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fqSuffix = ',EcomAI.PowerShell.Commands.GetCustomerSegmentCommand'

    # Two obvious groups. As of 2024-02-01 (hand computation):
    #   A1: 2024-01-30 (100) + 2024-01-31 (120)  -> recency 1 day,  frequency 2, monetary 220
    #   A2: 2024-01-29 (90) + 2024-01-31 (150)   -> recency 1 day,  frequency 2, monetary 240
    #   A3: 2024-01-28 (110) + 2024-01-30 (95)   -> recency 2 days, frequency 2, monetary 205
    #   B1: 2023-06-01 (5)                       -> recency 245 days, frequency 1, monetary 5
    #   B2: 2023-05-20 (4)                       -> recency 257 days, frequency 1, monetary 4
    #   B3: 2023-06-10 (6)                       -> recency 236 days, frequency 1, monetary 6
    $script:csv = @'
customer_id,date,amount
A1,2024-01-30,100
A1,2024-01-31,120
A2,2024-01-29,90
A2,2024-01-31,150
A3,2024-01-28,110
A3,2024-01-30,95
B1,2023-06-01,5
B2,2023-05-20,4
B3,2023-06-10,6
'@
    $script:csvPath = Join-Path $work 'orders.csv'
    Set-Content -Path $csvPath -Value $csv -NoNewline
    $script:asOf = [datetime]'2024-02-01'
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-CustomerSegment' {
    It 'GetCustomerSegment_PipelineRows_RfmMatchesHandComputation' {
        $out = Import-Csv $csvPath | Get-CustomerSegment -K 2 -AsOf $asOf -Seed 1
        $out.Count | Should -Be 6
        $a1 = $out | Where-Object CustomerId -eq 'A1'
        $a1.Recency | Should -Be 1
        $a1.Frequency | Should -Be 2
        $a1.Monetary | Should -Be 220
        $b2 = $out | Where-Object CustomerId -eq 'B2'
        $b2.Recency | Should -Be 257
        $b2.Frequency | Should -Be 1
        $b2.Monetary | Should -Be 4
    }

    It 'GetCustomerSegment_TwoObviousGroups_SeparatedAndBestGroupIsSegment1' {
        $out = Import-Csv $csvPath | Get-CustomerSegment -K 2 -AsOf $asOf -Seed 1
        @($out | Where-Object CustomerId -like 'A*' | ForEach-Object Segment | Sort-Object -Unique) | Should -Be @(1)
        @($out | Where-Object CustomerId -like 'B*' | ForEach-Object Segment | Sort-Object -Unique) | Should -Be @(2)
        $out[0] | Should -BeOfType ([EcomAI.PowerShell.SegmentedCustomer])
    }

    It 'GetCustomerSegment_PathAndPipeline_GiveTheSameSegments' {
        $fromPath = Get-CustomerSegment -Path $csvPath -K 2 -AsOf $asOf -Seed 3 | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" }
        $fromPipe = Import-Csv $csvPath | Get-CustomerSegment -K 2 -AsOf $asOf -Seed 3 | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" }
        $fromPath | Should -Be $fromPipe
    }

    It 'GetCustomerSegment_SameSeed_SameOutput' {
        $one = Get-EcomSampleData Transactions | Get-CustomerSegment -Seed 7 | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" }
        $two = Get-EcomSampleData Transactions | Get-CustomerSegment -Seed 7 | ForEach-Object { "$($_.CustomerId)=$($_.Segment)" }
        $one | Should -Be $two
    }

    It 'GetCustomerSegment_KOmitted_OutputSaysChosenAutomatically' {
        $out = Get-EcomSampleData Transactions | Get-CustomerSegment -Seed 1
        $out[0].KChoice | Should -Match 'chosen automatically'
        $best = Get-EcomSampleData Transactions | Measure-CustomerSegment -Seed 1 | Where-Object Recommended
        $out[0].K | Should -Be $best.K
        (Import-Csv $csvPath | Get-CustomerSegment -K 2 -Seed 1)[0].KChoice | Should -Be 'K-means, K = 2 given'
    }

    It 'GetCustomerSegment_Summary_SizesAddUpToCustomers' {
        $profiles = Import-Csv $csvPath | Get-CustomerSegment -K 2 -AsOf $asOf -Summary
        $profiles.Count | Should -Be 2
        ($profiles | Measure-Object Customers -Sum).Sum | Should -Be 6
        # Segment 1 = the A group: mean monetary (220 + 240 + 205) / 3 = 221.666...
        ($profiles | Where-Object Segment -eq 1).MeanMonetary | Should -BeGreaterThan 221.666 -Because 'hand mean 665/3'
        ($profiles | Where-Object Segment -eq 1).MeanMonetary | Should -BeLessThan 221.667
    }

    It 'GetCustomerSegment_HashtablesAndCustomNames_AreBound' {
        $rows = @(
            @{ who = 'x'; when = [datetime]'2024-01-01'; paid = 10 }
            @{ who = 'y'; when = [datetime]'2024-01-02'; paid = 20 }
            @{ who = 'z'; when = [datetime]'2024-01-03'; paid = 30 }
        )
        $out = $rows | Get-CustomerSegment -CustomerProperty who -DateProperty when -AmountProperty paid -K 1 -AsOf '2024-01-04'
        ($out | Where-Object CustomerId -eq 'x').Recency | Should -Be 3
        ($out | Where-Object CustomerId -eq 'z').Monetary | Should -Be 30
    }

    It 'GetCustomerSegment_Verbose_ReportsWhatAndHowLong' {
        $verbose = Import-Csv $csvPath | Get-CustomerSegment -K 2 -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'Prepared 9 pipeline rows in \d+\.\d+ s'
        ($verbose.Message -join "`n") | Should -Match '9 lines read, 9 used as purchases'
        ($verbose.Message -join "`n") | Should -Match 'K-means.* in \d+\.\d+ s'
    }
}

Describe 'Get-CustomerSegment bad input' {
    It 'GetCustomerSegment_TextAmount_OneWarningAndTheGoodRowsSegmented' {
        $rows = @(Import-Csv $csvPath)
        $rows[1].amount = 'abc'   # data row 2 = line 3 of the CSV
        $out = $rows | Get-CustomerSegment -K 2 -AsOf $asOf -WarningVariable warned -WarningAction SilentlyContinue -ErrorVariable bad
        $bad.Count | Should -Be 0
        @($warned | Where-Object { $_.Message -like 'Not a number*' }).Count | Should -Be 1
        ($warned.Message -join "`n") | Should -Match "Not a number in 'amount': 1 row excluded from every job; first at row 2 \('abc'\)"
        # The good rows are still segmented: A1 keeps only its 100 purchase.
        $out.Count | Should -Be 6
        ($out | Where-Object CustomerId -eq 'A1').Monetary | Should -Be 100
    }

    It 'GetCustomerSegment_Strict_OneErrorPerBadRowWithRowAndColumn' {
        $rows = @(Import-Csv $csvPath)
        $rows[1].amount = 'abc'
        $out = $rows | Get-CustomerSegment -K 2 -AsOf $asOf -Strict -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -Be ('InvalidNumber' + $fqSuffix)
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidData'
        [object]::ReferenceEquals($bad[0].TargetObject, $rows[1]) | Should -BeTrue
        $bad[0].Exception.Message | Should -Match "row 2, column 'amount'"
        $out.Count | Should -Be 6
    }

    It 'GetCustomerSegment_CommaDecimal_IsExcludedNot25' {
        $rows = @([pscustomobject]@{ customer_id = 'a'; date = '2024-01-01'; amount = '2,5' }, [pscustomobject]@{ customer_id = 'b'; date = '2024-01-01'; amount = '3' })
        $out = $rows | Get-CustomerSegment -K 1 -Strict -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -Be ('InvalidNumber' + $fqSuffix)
        @($out).Count | Should -Be 1
        $out.CustomerId | Should -Be 'b'
    }

    It 'GetCustomerSegment_GermanCulture_ParsingStaysInvariant' {
        # Under de-DE "2,5" would be 2.5 and "2.5" 25 with culture-sensitive parsing; the module must not care.
        $saved = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = 'de-DE'
            $rows = @(
                [pscustomobject]@{ customer_id = 'a'; date = '2024-01-01'; amount = '2.5' }
                [pscustomobject]@{ customer_id = 'b'; date = '2024-01-01'; amount = '2,5' }
            )
            $out = $rows | Get-CustomerSegment -K 1 -Strict -ErrorVariable bad -ErrorAction SilentlyContinue
            $out.CustomerId | Should -Be 'a'
            $out.Monetary | Should -Be 2.5
            $bad[0].FullyQualifiedErrorId | Should -Be ('InvalidNumber' + $fqSuffix)
        }
        finally { [cultureinfo]::CurrentCulture = $saved }
    }

    It 'GetCustomerSegment_BadDateInFile_LineNumberOfTheFile' {
        $path = Join-Path $work 'baddate.csv'
        Set-Content $path "customer_id,date,amount`nA,2024-01-01,1`nB,03/04/2024,2`nC,2024-01-03,3`n"
        $null = Get-CustomerSegment -Path $path -K 1 -WarningVariable warned -WarningAction SilentlyContinue
        ($warned.Message -join "`n") | Should -Match "Not a date in 'order_date': 1 line excluded from every job; first at line 3 \('03/04/2024'\)"
        $null = Get-CustomerSegment -Path $path -K 1 -Strict -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -Be ('InvalidDate' + $fqSuffix)
        $bad[0].Exception.Message | Should -Match "baddate.csv, line 3, column 'order_date'"
    }

    It 'GetCustomerSegment_ErrorActionStop_StopsWithTheRowError' {
        $rows = @(Import-Csv $csvPath)
        $rows[4].date = 'yesterday'
        $caught = $null
        try { $rows | Get-CustomerSegment -K 2 -ErrorAction Stop } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Be ('InvalidDate' + $fqSuffix)
    }

    It 'GetCustomerSegment_NegativeAmount_ExcludedAsReturnUnlessNetOrReject' {
        $rows = @([pscustomobject]@{ customer_id = 'a'; date = '2024-01-01'; amount = '10' }, [pscustomobject]@{ customer_id = 'a'; date = '2024-01-02'; amount = '-4' })
        $out = $rows | Get-CustomerSegment -K 1 -WarningVariable warned -WarningAction SilentlyContinue
        $out.Monetary | Should -Be 10
        ($warned.Message -join "`n") | Should -Match 'Returns: 1 row \(-4.00 in line amounts\) excluded from purchases'
        ($rows | Get-CustomerSegment -K 1 -Returns Net -WarningAction SilentlyContinue).Monetary | Should -Be 6
        { $rows | Get-CustomerSegment -K 1 -Returns Reject } | Should -Throw -ErrorId ('OutOfRange' + $fqSuffix)
    }

    It 'GetCustomerSegment_MissingProperty_TerminatingMissingColumn' {
        { [pscustomobject]@{ id = 1 } | Get-CustomerSegment -ErrorAction Stop } | Should -Throw -ErrorId ('MissingColumn' + $fqSuffix)
    }

    It 'GetCustomerSegment_MissingFile_FileError' {
        { Get-CustomerSegment -Path (Join-Path $work 'nope.csv') } | Should -Throw -ErrorId ('FileError' + $fqSuffix)
    }

    It 'GetCustomerSegment_KLargerThanCustomers_InsufficientData' {
        { Import-Csv $csvPath | Get-CustomerSegment -K 20 } | Should -Throw -ErrorId ('InsufficientData' + $fqSuffix)
    }

    It 'GetCustomerSegment_NoDateReadable_InvalidDateNamingTheFormat' {
        $rows = @([pscustomobject]@{ customer_id = 'a'; date = '12/31/2024 10:00'; amount = '1' })
        { $rows | Get-CustomerSegment -K 1 } | Should -Throw -ErrorId ('InvalidDate' + $fqSuffix) -ExpectedMessage "*'M/d/yyyy H:mm'*"
        ($rows | Get-CustomerSegment -K 1 -DateFormat 'M/d/yyyy H:mm').Monetary | Should -Be 1
    }

    It 'GetCustomerSegment_AllRowsExcluded_EmptyInputNamingTheReport' {
        $rows = @([pscustomobject]@{ customer_id = 'a'; date = '2024-01-01'; amount = '-1' })
        { $rows | Get-CustomerSegment -K 1 -WarningAction SilentlyContinue } | Should -Throw -ErrorId ('EmptyInput' + $fqSuffix)
    }

    It 'GetCustomerSegment_EmptyPipelineOrHeaderOnlyFile_EmptyInput' {
        { @() | Get-CustomerSegment } | Should -Throw -ErrorId ('EmptyInput' + $fqSuffix)
        $headerOnly = Join-Path $work 'header.csv'
        Set-Content $headerOnly 'customer_id,date,amount'
        { Get-CustomerSegment -Path $headerOnly } | Should -Throw -ErrorId ('EmptyInput' + $fqSuffix)
    }

    It 'GetCustomerSegment_RaggedCsvLine_MalformedCsvNamesTheLine' {
        $ragged = Join-Path $work 'ragged.csv'
        Set-Content $ragged "customer_id,date,amount`nA,2024-01-01,1`nB,2024-01-02,2,extra`nC,2024-01-03,3`n"
        $out = Get-CustomerSegment -Path $ragged -K 1 -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match 'Malformed CSV lines: 1 line excluded from every job; first at line 3'
        @($out).Count | Should -Be 2
        $caught = $null
        try { Get-CustomerSegment -Path $ragged -K 1 -ErrorAction Stop } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be ('MalformedCsv' + $fqSuffix)
        $caught.Exception.Message | Should -Match 'ragged.csv, line 3'
    }

    It 'GetCustomerSegment_KOutOfRange_InvalidOptionFromTheCore' {
        # The cmdlet binds -K and the core checks it: the one id every invalid option has, and the message names K.
        $caught = $null
        try { Import-Csv $csvPath | Get-CustomerSegment -K 0 -WarningAction SilentlyContinue } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be 'InvalidOption,EcomAI.PowerShell.Commands.GetCustomerSegmentCommand'
        $caught.Exception.Message | Should -Match '^K\b'
    }
}

Describe 'Get-CustomerSegment segments to act on' {
    BeforeAll {
        # Returns: A 120 - 30 = 90; B 20 - 45 = -25 (refunds above purchases); C 60; Z only a refund.
        $script:returns = @(
            [pscustomobject]@{ customer_id = 'A'; date = '2024-01-05'; amount = '120' }
            [pscustomobject]@{ customer_id = 'A'; date = '2024-01-20'; amount = '-30' }
            [pscustomobject]@{ customer_id = 'B'; date = '2023-11-02'; amount = '20' }
            [pscustomobject]@{ customer_id = 'B'; date = '2024-01-10'; amount = '-45' }
            [pscustomobject]@{ customer_id = 'C'; date = '2024-01-25'; amount = '60' }
            [pscustomobject]@{ customer_id = 'Z'; date = '2024-01-26'; amount = '-15' }
        )
        # Five customers with different RFM values (a..e: 1..5 January, spend 10, 40, 90, 160, 250).
        $script:five = 'a', 'b', 'c', 'd', 'e' | ForEach-Object -Begin { $i = 0 } -Process { $i++; [pscustomobject]@{ customer_id = $_; date = "2024-01-0$i"; amount = "$(10 * $i * $i)" } }
    }

    It 'GetCustomerSegment_NegativeNetSpend_SegmentedNotAnError' {
        $out = $returns | Get-CustomerSegment -Returns Net -K 2 -Seed 1 -WarningAction SilentlyContinue -ErrorVariable bad
        $bad.Count | Should -Be 0
        ($out | Where-Object CustomerId -eq 'B').Monetary | Should -Be -25
        ($out | Where-Object CustomerId -eq 'A').Monetary | Should -Be 90
        @($out).Count | Should -Be 3
    }

    It 'GetCustomerSegment_RefundOnlyCustomer_OneWarningNamingIt' {
        $null = $returns | Get-CustomerSegment -Returns Net -K 2 -Seed 1 -WarningVariable warned -WarningAction SilentlyContinue
        # The preparation reports the return lines (one warning); RFM reports the customer it had to leave out (one more).
        @($warned | Where-Object { $_.Message -like 'Returns:*' }).Count | Should -Be 1
        $rfm = @($warned | Where-Object { $_.Message -like 'Left out of RFM*' })
        $rfm.Count | Should -Be 1
        $rfm[0].Message | Should -Be 'Left out of RFM: 1 customer with only returns, no purchase (Z).'
    }

    It 'GetCustomerSegment_ReturnsExclude_CountedOnceWithTheRightVerboseFigures' {
        $records = $returns | Get-CustomerSegment -Returns Exclude -K 2 -Seed 1 -Verbose -WarningVariable warned -WarningAction SilentlyContinue 4>&1
        $verbose = ($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n"
        # 6 lines read, the 3 negative ones left out (Z had nothing else), so RFM works from 3 orders of 3 customers.
        $verbose | Should -Match '6 lines read, 3 used as purchases'
        $verbose | Should -Match 'from 3 of the 3 transactions \(orders\) prepared: 3 return or cancellation lines left out \(-Returns Exclude\)'
        $verbose | Should -Match '; 3 customers, '
        # Two warnings: the preparation's (the return lines) and RFM's, naming the customer who left with them.
        @($warned).Count | Should -Be 2
        $warned[0].Message | Should -Match '^Returns: 3 rows'
        $warned[1].Message | Should -Match '^Left out of RFM: 1 customer .*\(Z\)'
        @($records | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 3
    }

    It 'GetCustomerSegment_DefaultSearch_ThreeToEightWithRunnerUps' {
        $out = Get-EcomSampleData Transactions | Get-CustomerSegment -Seed 1 -Summary
        $out[0].KChoice | Should -Match 'chosen automatically \(K = \d of 3\.\.8: mean silhouette'
        $out[0].KChoice | Should -Match 'runner-ups K = \d \('
        $out[0].K | Should -BeGreaterOrEqual 3
        # Names come from the RFM map and are unique; each profile says what sets it apart and what to do.
        @($out.Label | Sort-Object -Unique).Count | Should -Be $out.Count
        $out | ForEach-Object { $_.MapSegment | Should -BeIn ([EcomAI.Core.Segmentation.RfmSegmentMap]::Segments) }
        $out | ForEach-Object { $_.Distinction | Should -Match '× the average|\(average ' }
        $out | ForEach-Object { $_.Action | Should -Not -BeNullOrEmpty }
    }

    It 'GetCustomerSegment_RfmMap_SameObjectsNumberedByMapPosition' {
        $out = Get-EcomSampleData Transactions | Get-CustomerSegment -Method RfmMap
        $out[0] | Should -BeOfType ([EcomAI.PowerShell.SegmentedCustomer])
        $out | ForEach-Object { $_.Label | Should -Be $_.MapSegment }
        $out | ForEach-Object { $_.Segment | Should -Be ([EcomAI.Core.Segmentation.RfmSegmentMap]::IndexOf($_.Label) + 1) }
        $out[0].KChoice | Should -Match '^RFM map: \d+ of its 11 segments hold customers$'
    }

    It 'GetCustomerSegment_RfmMapWithKOptions_OneWarningNamesTheIgnoredParameters' {
        # The map does not cluster: -K, -Restarts and -Seed change nothing, and the user is told so once.
        $given = Import-Csv $csvPath | Get-CustomerSegment -Method RfmMap -K 5 -Seed 3 -Restarts 2 -AsOf $asOf -WarningVariable warned -WarningAction SilentlyContinue
        @($warned).Count | Should -Be 1
        $warned[0].Message | Should -Be '-Method RfmMap does not use -K, -Restarts, -Seed: they were ignored.'
        $plain = Import-Csv $csvPath | Get-CustomerSegment -Method RfmMap -AsOf $asOf -WarningVariable quiet -WarningAction SilentlyContinue
        @($quiet).Count | Should -Be 0
        ($given | ForEach-Object { "$($_.CustomerId) $($_.Label)" }) | Should -Be ($plain | ForEach-Object { "$($_.CustomerId) $($_.Label)" })
    }

    It 'GetCustomerSegment_KMeansWithKOptions_NoWarning' {
        $null = Import-Csv $csvPath | Get-CustomerSegment -K 2 -MinK 2 -MaxK 3 -Seed 3 -Restarts 2 -AsOf $asOf -WarningVariable warned -WarningAction SilentlyContinue
        @($warned).Count | Should -Be 0
    }

    It 'GetCustomerSegment_AutomaticKAboveTheData_SaysWhatWorks' {
        $caught = $null
        try { $five | Get-CustomerSegment -MinK 6 -MaxK 8 } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -Be ('InsufficientData' + $fqSuffix)
        $caught.Exception.Message | Should -Match 'No K of 6\.\.8 can be evaluated on 5 customers'
        $caught.Exception.Message | Should -Match 'Give a fixed K of at most 5'
    }

    It 'GetCustomerSegment_KEqualsDistinctCustomers_EveryCustomerItsOwnSegment' {
        $out = $five | Get-CustomerSegment -K 5 -Seed 1
        @($out.Segment | Sort-Object -Unique).Count | Should -Be 5
        @($out.Label | Sort-Object -Unique).Count | Should -Be 5
    }

    It 'SegmentationCmdlets_OneMinimumSizeRule_SameRangeSameAnswer' {
        # The same five customers and range in both cmdlets: the K the table recommends is the K the segmentation takes,
        # and the K the table skips are those the segmentation could not use.
        $table = $five | Measure-CustomerSegment -MinK 2 -MaxK 6 -Seed 1
        $segmented = $five | Get-CustomerSegment -MinK 2 -MaxK 6 -Seed 1
        $segmented[0].K | Should -Be ($table | Where-Object Recommended).K
        @($table | Where-Object { -not $_.Evaluated }).K | Should -Be @(5, 6)
        $segmented[0].KChoice | Should -Match 'skipped K = 5 \(the silhouette needs K ≤ n − 1 = 4'
    }
}

Describe 'Measure-CustomerSegment' {
    It 'MeasureCustomerSegment_Range_OneRowPerKAndOneRecommended' {
        $rows = Get-EcomSampleData Transactions | Measure-CustomerSegment -MinK 2 -MaxK 5 -Seed 1
        $rows.K | Should -Be @(2, 3, 4, 5)
        @($rows | Where-Object Recommended).Count | Should -Be 1
        # Inertia never increases with K for the best of several restarts on the same data.
        for ($i = 1; $i -lt $rows.Count; $i++) { $rows[$i].Inertia | Should -BeLessOrEqual $rows[$i - 1].Inertia }
        $eligible = $rows | Where-Object { $_.SmallestShare -ge 0.02 }
        ($rows | Where-Object Recommended).Silhouette | Should -Be ($eligible | Measure-Object Silhouette -Maximum).Maximum
    }

    It 'MeasureCustomerSegment_Defaults_ThreeToEightFromTheCore' {
        $rows = Get-EcomSampleData Transactions | Measure-CustomerSegment -Seed 1
        $rows.K | Should -Be @(3, 4, 5, 6, 7, 8)
        ($rows | Where-Object Recommended).Status | Should -Be 'recommended'
        @($rows | Where-Object Status -eq 'runner-up').Count | Should -Be 1
    }

    It 'MeasureCustomerSegment_RangePartlyAboveN_EveryKListedSkippedOnesWithTheReason' {
        $rows = 'a', 'b', 'c', 'd', 'e' | ForEach-Object -Begin { $i = 0 } -Process { $i++; [pscustomobject]@{ customer_id = $_; date = "2024-01-0$i"; amount = "$(10 * $i * $i)" } } |
            Measure-CustomerSegment -MinK 2 -MaxK 7 -Verbose 4>$null
        $rows.K | Should -Be @(2, 3, 4, 5, 6, 7)
        @($rows | Where-Object Evaluated).K | Should -Be @(2, 3, 4)
        ($rows | Where-Object K -eq 5).Status | Should -Be 'skipped: the silhouette needs K ≤ n − 1 = 4 (n = 5 customers)'
        ($rows | Where-Object K -eq 7).Status | Should -Match '^skipped: more than the 5 distinct points'
        [double]::IsNaN(($rows | Where-Object K -eq 6).Silhouette) | Should -BeTrue
    }

    It 'MeasureCustomerSegment_Verbose_SaysWhatWasEvaluatedAndSkipped' {
        $records = 'a', 'b', 'c', 'd', 'e' | ForEach-Object -Begin { $i = 0 } -Process { $i++; [pscustomobject]@{ customer_id = $_; date = "2024-01-0$i"; amount = "$(10 * $i * $i)" } } |
            Measure-CustomerSegment -MinK 2 -MaxK 6 -Verbose 4>&1
        $verbose = ($records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message -join "`n"
        $verbose | Should -Match 'Evaluated 3 of the 5 K in 2\.\.6, skipped 5, 6\.'
    }

    It 'MeasureCustomerSegment_MaxKBelowMinK_InvalidOption' {
        { Import-Csv $csvPath | Measure-CustomerSegment -MinK 4 -MaxK 3 } | Should -Throw -ErrorId 'InvalidOption,EcomAI.PowerShell.Commands.MeasureCustomerSegmentCommand'
    }
}

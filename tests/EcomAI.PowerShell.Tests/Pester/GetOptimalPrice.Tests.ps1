# Get-PriceElasticity and Get-OptimalPrice against closed forms (DESIGN.md): Q = a*P^b exactly gives b back,
# and P* = c*b/(1+b) (a = 1000, b = -2, c = 10 -> P* = 20).
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $inv = [cultureinfo]::InvariantCulture
    # Noise-free demand: E = 1000 * P^-2 (elastic), I = 500 * P^-0.5 (inelastic).
    $script:rows = foreach ($p in 5, 8, 10, 12, 15, 20, 25) {
        [pscustomobject]@{ product_id = 'E'; price = $p.ToString($inv); quantity = (1000 * [math]::Pow($p, -2)).ToString('R', $inv); unit_cost = '10' }
        [pscustomobject]@{ product_id = 'I'; price = $p.ToString($inv); quantity = (500 * [math]::Pow($p, -0.5)).ToString('R', $inv); unit_cost = '10' }
    }
    $script:fqPrice = ',EcomAI.PowerShell.Commands.GetOptimalPriceCommand'
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-PriceElasticity' {
    It 'GetPriceElasticity_ExactPowerLaw_RecoversExponent' {
        $e = $rows | Get-PriceElasticity
        ($e | Where-Object ProductId -eq 'E').Elasticity | Should -BeGreaterThan (-2 - 1e-9)
        ($e | Where-Object ProductId -eq 'E').Elasticity | Should -BeLessThan (-2 + 1e-9)
        ($e | Where-Object ProductId -eq 'I').Elasticity | Should -BeGreaterThan (-0.5 - 1e-9)
        ($e | Where-Object ProductId -eq 'I').Elasticity | Should -BeLessThan (-0.5 + 1e-9)
        ($e | Where-Object ProductId -eq 'E').N | Should -Be 7
        ($e | Where-Object ProductId -eq 'E').Status | Should -Be 'Ok'
    }

    It 'GetPriceElasticity_ZeroQuantity_ExcludedWithWarning' {
        $more = @($rows) + [pscustomobject]@{ product_id = 'E'; price = '30'; quantity = '0'; unit_cost = '10' }
        $e = $more | Get-PriceElasticity -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match 'Zero quantities: 1 row excluded from every job; first at row 15\.'
        ($e | Where-Object ProductId -eq 'E').N | Should -Be 7
    }

    It 'GetPriceElasticity_SinglePrice_StatusExplains' {
        $flat = 1..4 | ForEach-Object { [pscustomobject]@{ product_id = 'F'; price = '9.99'; quantity = "$(10 + $_)" } }
        ($flat | Get-PriceElasticity).Status | Should -Be 'SinglePriceLevel'
    }
}

Describe 'Get-OptimalPrice' {
    It 'GetOptimalPrice_ElasticDemand_ClosedFormPrice20' {
        $p = $rows | Get-OptimalPrice | Where-Object ProductId -eq 'E'
        $p.RecommendedPrice | Should -BeGreaterThan (20 - 1e-6)
        $p.RecommendedPrice | Should -BeLessThan (20 + 1e-6)
        $p.Status | Should -Be 'Optimal'
        # Expected quantity 1000 * 20^-2 = 2.5, profit (20 - 10) * 2.5 = 25.
        $p.ExpectedQuantity | Should -BeGreaterThan (2.5 - 1e-6)
        $p.ExpectedQuantity | Should -BeLessThan (2.5 + 1e-6)
        $p.ExpectedProfit | Should -BeGreaterThan (25 - 1e-5)
        $p.ExpectedProfit | Should -BeLessThan (25 + 1e-5)
    }

    It 'GetOptimalPrice_InelasticDemand_UpperBoundAndStatus' {
        $p = $rows | Get-OptimalPrice -MaxPrice 40 | Where-Object ProductId -eq 'I'
        $p.RecommendedPrice | Should -Be 40
        $p.Status | Should -Be 'InelasticNoInteriorOptimum'
    }

    It 'GetOptimalPrice_UnitCostParameter_UsedWithoutCostColumn' {
        $noCost = $rows | Where-Object product_id -eq 'E' | Select-Object product_id, price, quantity
        $p = $noCost | Get-OptimalPrice -UnitCost 7
        # P* = 7 * (-2) / (1 - 2) = 14.
        $p.RecommendedPrice | Should -BeGreaterThan (14 - 1e-6)
        $p.RecommendedPrice | Should -BeLessThan (14 + 1e-6)
    }

    It 'GetOptimalPrice_MinPriceAboveOptimum_Clamped' {
        $p = $rows | Get-OptimalPrice -MinPrice 25 | Where-Object ProductId -eq 'E'
        $p.RecommendedPrice | Should -Be 25
        $p.Status | Should -Be 'ClampedToMinPrice'
    }

    It 'GetOptimalPrice_PathInput_SameAsPipeline' {
        $path = Join-Path $work 'sales.csv'
        $rows | Export-Csv $path -NoTypeInformation -UseQuotes AsNeeded
        $a = Get-OptimalPrice -Path $path | ForEach-Object { '{0}={1:R}' -f $_.ProductId, $_.Elasticity }
        $b = $rows | Get-OptimalPrice | ForEach-Object { '{0}={1:R}' -f $_.ProductId, $_.Elasticity }
        $a | Should -Be $b
    }

    It 'GetOptimalPrice_BadPrice_InvalidNumberAndOtherProductsStillPriced' {
        $bad = @($rows)
        $bad[0] = [pscustomobject]@{ product_id = 'E'; price = '1.000,50'; quantity = '3'; unit_cost = '10' }
        $out = $bad | Get-OptimalPrice -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match "Not a number in 'unit_price': 1 row excluded from every job; first at row 1 \('1.000,50'\)"
        @($out).Count | Should -Be 2
        $null = $bad | Get-OptimalPrice -Strict -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -Be ('InvalidNumber' + $fqPrice)
        $errs[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $errs[0].Exception.Message | Should -Match "row 1, column 'unit_price'"
    }

    It 'GetOptimalPrice_NegativeCost_OutOfRange' {
        $bad = @([pscustomobject]@{ product_id = 'E'; price = '5'; quantity = '3'; unit_cost = '-1' }) + @($rows)
        $null = $bad | Get-OptimalPrice -Strict -ErrorVariable errs -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $errs[0].FullyQualifiedErrorId | Should -Be ('OutOfRange' + $fqPrice)
        $errs[0].Exception.Message | Should -Match "row 1, column 'unit_cost'"
    }

    It 'GetOptimalPrice_MaxBelowMin_InvalidOption' {
        { $rows | Get-OptimalPrice -MinPrice 10 -MaxPrice 5 } | Should -Throw -ErrorId ('InvalidOption' + $fqPrice)
    }

    It 'GetOptimalPrice_ProfitWithoutAnyCost_EveryProductSaysMissingUnitCost' {
        # No cost anywhere is not an error of the command: every product's status says what is missing.
        $noCost = $rows | Select-Object product_id, price, quantity
        $out = $noCost | Get-OptimalPrice -ErrorAction Stop
        @($out | Where-Object Status -ne 'UnusableEstimate' | ForEach-Object Status | Sort-Object -Unique) | Should -Be @('MissingUnitCost')
        ($out | Where-Object Status -eq 'MissingUnitCost')[0].Message | Should -Match 'CostRatio'
    }

    It 'GetOptimalPrice_UnitCostZeroForProfit_InvalidOptionLikeEveryOption' {
        # The core refuses c = 0 for the profit objective with the one id every invalid option has.
        { $rows | Get-OptimalPrice -UnitCost 0 -ErrorAction Stop } | Should -Throw -ErrorId ('InvalidOption' + $fqPrice)
    }

    It 'GetOptimalPrice_RevenueObjective_NeedsNoCostAndGivesBoundOrNoPrice' {
        # Revenue P*Q = a*P^(1+b) rises with P for b > -1 and falls for b < -1: E (b = -2) goes to the lower bound.
        $noCost = $rows | Select-Object product_id, price, quantity
        $p = $noCost | Get-OptimalPrice -Objective Revenue -MinPrice 6 -MaxPrice 30 | Where-Object ProductId -eq 'E'
        $p.RecommendedPrice | Should -Be 6
    }
}

Describe 'Get-OptimalPrice acting on the result' {
    BeforeAll {
        # Weekly rows, today's price last. W: Q = 1000 * P^-2 exactly, cost 10, today 16. N: the same curve with a
        # deterministic +-10 % wobble, so b has a real interval. C: Q = 1000 * P^-1.5, cost 10, P* = 10 * 1.5 / 0.5 = 30.
        $start = [datetime]'2024-01-01'
        $wobble = 1.1, 0.9, 1.05, 0.95, 1.1, 0.92, 1.0
        $script:weekly = for ($i = 0; $i -lt 7; $i++) {
            $p = @(5, 8, 10, 12, 20, 25, 16)[$i]
            $date = $start.AddDays(7 * $i).ToString('yyyy-MM-dd')
            [pscustomobject]@{ product_id = 'W'; date = $date; price = $p.ToString($inv); quantity = (1000 * [math]::Pow($p, -2)).ToString('R', $inv); unit_cost = '10' }
            [pscustomobject]@{ product_id = 'N'; date = $date; price = $p.ToString($inv); quantity = (1000 * [math]::Pow($p, -2) * $wobble[$i]).ToString('R', $inv); unit_cost = '10' }
            [pscustomobject]@{ product_id = 'C'; date = $date; price = $p.ToString($inv); quantity = (1000 * [math]::Pow($p, -1.5)).ToString('R', $inv); unit_cost = '10' }
        }
        $script:out = $weekly | Get-OptimalPrice
    }

    It 'GetOptimalPrice_WhatIf_HandComputedAgainstTodaysPrice' {
        $w = $out | Where-Object ProductId -eq 'W'
        # Today 16 (the last week's price); P* = 20. Q0 = 1000 / 16^2 = 3.90625, revenue 62.5, profit (16 - 10) * Q0 = 23.4375;
        # at 20: Q = 2.5, revenue 50, profit 25; changes: profit +1.5625, revenue -12.5.
        $w.CurrentPrice | Should -Be 16
        $w.RecommendedPrice | Should -BeGreaterThan (20 - 1e-6); $w.RecommendedPrice | Should -BeLessThan (20 + 1e-6)
        [math]::Abs($w.CurrentQuantity - 3.90625) | Should -BeLessThan 1e-6
        [math]::Abs($w.CurrentRevenue - 62.5) | Should -BeLessThan 1e-6
        [math]::Abs($w.CurrentProfit - 23.4375) | Should -BeLessThan 1e-6
        [math]::Abs($w.ExpectedProfit - 25) | Should -BeLessThan 1e-6
        [math]::Abs($w.ProfitChange - 1.5625) | Should -BeLessThan 1e-6
        [math]::Abs($w.RevenueChange - -12.5) | Should -BeLessThan 1e-6
        $w.CostSource | Should -Be 'Data'
        $w.Period | Should -Be 'Week'
        $w.N | Should -Be 7
    }

    It 'GetOptimalPrice_WhatIfInterval_ProfitChangeAtBothEndsOfTheElasticityInterval' {
        $n = $out | Where-Object ProductId -eq 'N'
        # Pivoting the curve at today's point: change(b) = Q0 * ((P - c) * (P / P0)^b - (P0 - c)) at both ends of b's interval.
        $change = { param($b) $n.CurrentQuantity * (($n.RecommendedPrice - 10) * [math]::Pow($n.RecommendedPrice / $n.CurrentPrice, $b) - ($n.CurrentPrice - 10)) }
        $ends = @((& $change $n.ElasticityLower), (& $change $n.ElasticityUpper)) | Sort-Object
        $n.ElasticityUpper - $n.ElasticityLower | Should -BeGreaterThan 0.01
        [math]::Abs($n.ProfitChangeLower - $ends[0]) | Should -BeLessThan 1e-9
        [math]::Abs($n.ProfitChangeUpper - $ends[1]) | Should -BeLessThan 1e-9
        $n.ProfitChange | Should -BeGreaterThan $n.ProfitChangeLower
        $n.ProfitChange | Should -BeLessThan $n.ProfitChangeUpper
    }

    It 'GetOptimalPrice_Output_SortedByExpectedGain' {
        $gains = @($out | ForEach-Object ProfitChange)
        $gains.Count | Should -Be 3
        for ($i = 1; $i -lt $gains.Count; $i++) { $gains[$i] | Should -BeLessOrEqual $gains[$i - 1] }
    }

    It 'GetOptimalPrice_MaxChange_DefaultFromTheCoreAndWhichBoundApplied' {
        # Observed 5..25; by default the range is [5 * (1 - m), 25 * (1 + m)] with the core's m.
        $m = [EcomAI.Core.Pricing.PriceOptimizerOptions]::Default.MaxChange
        $c = $out | Where-Object ProductId -eq 'C'
        $c.MaxPrice | Should -Be (25 * (1 + $m))
        $c.MaxPriceSource | Should -Be 'Observed'
        # -MaxChange 0.1: P* = 30 lies above 27.5, so the price is clamped to it and the output says which bound.
        $tight = $weekly | Get-OptimalPrice -MaxChange 0.1 | Where-Object ProductId -eq 'C'
        $tight.Status | Should -Be 'ClampedToMaxPrice'
        [math]::Abs($tight.RecommendedPrice - 27.5) | Should -BeLessThan 1e-9
        $tight.BoundApplied | Should -Be 'Max'
        $tight.BoundSource | Should -Be 'Observed'
        $tight.Message | Should -Match 'the highest observed price 25 plus MaxChange'
        # -MaxChange 0.5 allows 37.5: the optimum 30 itself, no bound applied.
        $wide = $weekly | Get-OptimalPrice -MaxChange 0.5 | Where-Object ProductId -eq 'C'
        $wide.Status | Should -Be 'Optimal'
        [math]::Abs($wide.RecommendedPrice - 30) | Should -BeLessThan 1e-6
        $wide.BoundApplied | Should -Be 'None'
        # -MaxPrice for all products overrides the observed range.
        $given = $weekly | Get-OptimalPrice -MaxPrice 28 | Where-Object ProductId -eq 'C'
        $given.RecommendedPrice | Should -Be 28
        $given.BoundSource | Should -Be 'Given'
        # -MaxChange $null: no bound from the data, so the optimum 30 with no upper bound at all.
        $free = $weekly | Get-OptimalPrice -MaxChange $null | Where-Object ProductId -eq 'C'
        [math]::Abs($free.RecommendedPrice - 30) | Should -BeLessThan 1e-6
        $free.MaxPrice | Should -BeNullOrEmpty
        $free.MaxPriceSource | Should -Be 'None'
    }

    It 'GetOptimalPrice_ProductMaxPriceColumn_WinsOverTheOptionsAndSaysSo' {
        # C's own max_price 28 (the schema's max_price column) beats -MaxPrice 40: P* = 30 is clamped to 28 from the data.
        $own = $weekly | Where-Object product_id -eq 'C' | Select-Object *, @{ n = 'max_price'; e = { '28' } }
        $c = $own | Get-OptimalPrice -MaxPrice 40
        [math]::Abs($c.RecommendedPrice - 28) | Should -BeLessThan 1e-9
        $c.Status | Should -Be 'ClampedToMaxPrice'
        $c.MaxPriceSource | Should -Be 'Data'
        $c.BoundSource | Should -Be 'Data'
        $c.Message | Should -Match "the product's max_price"
    }

    It 'GetOptimalPrice_MaxChangeOutOfRange_InvalidOption' {
        { $weekly | Get-OptimalPrice -MaxChange 1.5 } | Should -Throw -ErrorId ('InvalidOption' + $fqPrice)
    }

    It 'GetPriceElasticity_WeeklyRows_StatesPeriodAndPeriods' {
        $e = $weekly | Get-PriceElasticity | Where-Object ProductId -eq 'W'
        $e.Period | Should -Be 'Week'
        $e.N | Should -Be 7
        ($e | Format-Table | Out-String) | Should -Match '7 weeks'
        # Rows without dates are taken as given: no period.
        ($rows | Get-PriceElasticity | Select-Object -First 1).Period | Should -BeNullOrEmpty
    }

    It 'GetOptimalPrice_DefaultTable_ShowsTodayPriceGainAndBound' {
        $text = $weekly | Get-OptimalPrice -MaxChange 0.1 | Format-Table | Out-String -Width 200
        $text | Should -Match 'Today'
        $text | Should -Match 'Gain interval'
        $text | Should -Match 'Max \(Observed\)'
    }
}

Describe 'Get-PriceElasticity options' {
    It 'GetPriceElasticity_IncludePromotionWithoutProperty_MissingColumn' {
        { $rows | Get-PriceElasticity -IncludePromotion } | Should -Throw -ErrorId 'MissingColumn,EcomAI.PowerShell.Commands.GetPriceElasticityCommand'
    }
}


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
        $p.OptimalPrice | Should -BeGreaterThan (20 - 1e-6)
        $p.OptimalPrice | Should -BeLessThan (20 + 1e-6)
        $p.Status | Should -Be 'Optimal'
        # Expected quantity 1000 * 20^-2 = 2.5, profit (20 - 10) * 2.5 = 25.
        $p.ExpectedQuantity | Should -BeGreaterThan (2.5 - 1e-6)
        $p.ExpectedQuantity | Should -BeLessThan (2.5 + 1e-6)
        $p.ExpectedProfit | Should -BeGreaterThan (25 - 1e-5)
        $p.ExpectedProfit | Should -BeLessThan (25 + 1e-5)
    }

    It 'GetOptimalPrice_InelasticDemand_UpperBoundAndStatus' {
        $p = $rows | Get-OptimalPrice -MaxPrice 40 | Where-Object ProductId -eq 'I'
        $p.OptimalPrice | Should -Be 40
        $p.Status | Should -Be 'InelasticNoInteriorOptimum'
    }

    It 'GetOptimalPrice_UnitCostParameter_UsedWithoutCostColumn' {
        $noCost = $rows | Where-Object product_id -eq 'E' | Select-Object product_id, price, quantity
        $p = $noCost | Get-OptimalPrice -UnitCost 7
        # P* = 7 * (-2) / (1 - 2) = 14.
        $p.OptimalPrice | Should -BeGreaterThan (14 - 1e-6)
        $p.OptimalPrice | Should -BeLessThan (14 + 1e-6)
    }

    It 'GetOptimalPrice_MinPriceAboveOptimum_Clamped' {
        $p = $rows | Get-OptimalPrice -MinPrice 25 | Where-Object ProductId -eq 'E'
        $p.OptimalPrice | Should -Be 25
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
        $p.OptimalPrice | Should -Be 6
    }
}

Describe 'Get-PriceElasticity options' {
    It 'GetPriceElasticity_IncludePromotionWithoutProperty_MissingColumn' {
        { $rows | Get-PriceElasticity -IncludePromotion } | Should -Throw -ErrorId 'MissingColumn,EcomAI.PowerShell.Commands.GetPriceElasticityCommand'
    }
}


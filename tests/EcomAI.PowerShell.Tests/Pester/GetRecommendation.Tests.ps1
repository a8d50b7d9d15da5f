# Get-Recommendation and Measure-Recommender: ordering, exclusion of seen items, explanations, fallback, errors.
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fq = ',EcomAI.PowerShell.Commands.GetRecommendationCommand'
    $script:ratings = @(Get-EcomSampleData Ratings)
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-Recommendation' {
    It 'GetRecommendation_OneUser_DescendingScoresUnseenItemsWithReasons' {
        $out = $ratings | Get-Recommendation -UserId U0001 -Top 5
        $out.Count | Should -Be 5
        # ForEach-Object, not $out.Rank: arrays have a Rank property of their own.
        ($out | ForEach-Object Rank) | Should -Be @(1, 2, 3, 4, 5)
        for ($i = 1; $i -lt 5; $i++) { $out[$i].Score | Should -BeLessOrEqual $out[$i - 1].Score }
        $seen = $ratings | Where-Object user -eq 'U0001' | ForEach-Object item
        foreach ($item in $out.ItemId) { $item | Should -Not -BeIn $seen }
        foreach ($r in $out) { $r.Because | Should -Match '^because you bought' }
    }

    It 'GetRecommendation_IncludeSeen_MayReturnRatedItems' {
        # With -IncludeSeen and a list as long as the catalogue, every item the user rated comes back.
        # ForEach-Object, not $ratings.item: arrays have an Item property of their own.
        $items = @($ratings | ForEach-Object item | Sort-Object -Unique)
        $seen = @($ratings | Where-Object user -eq 'U0001' | ForEach-Object item)
        $out = $ratings | Get-Recommendation -UserId U0001 -Top $items.Count -IncludeSeen
        foreach ($item in $seen) { $item | Should -BeIn $out.ItemId }
    }

    It 'GetRecommendation_UnknownUser_PopularItemsWithWarning' {
        $out = $ratings | Get-Recommendation -UserId nobody -Top 3 -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match 'nobody'
        @($out.Source | Sort-Object -Unique) | Should -Be @('Popularity')
        # Independent expectation: the three items with the most ratings (ties by id).
        $expected = $ratings | Group-Object item | Sort-Object @{ e = 'Count'; Descending = $true }, @{ e = 'Name'; Descending = $false } |
            Select-Object -First 3 | ForEach-Object Name
        $out.ItemId | Should -Be $expected
    }

    It 'GetRecommendation_PopularityMethod_MatchesCountsByHand' {
        $tiny = @(
            [pscustomobject]@{ user = 'u1'; item = 'a' }, [pscustomobject]@{ user = 'u2'; item = 'a' }, [pscustomobject]@{ user = 'u3'; item = 'a' },
            [pscustomobject]@{ user = 'u1'; item = 'b' }, [pscustomobject]@{ user = 'u2'; item = 'b' },
            [pscustomobject]@{ user = 'u3'; item = 'c' }
        )
        # u1 has a and b; the only unseen item is c (1 interaction).
        $out = $tiny | Get-Recommendation -UserId u1 -Method Popularity -Top 5
        $out.ItemId | Should -Be @('c')
        $out.Score | Should -Be @(1)
    }

    It 'GetRecommendation_AllUsers_WhenUserIdOmitted' {
        $tiny = @(
            [pscustomobject]@{ user = 'u1'; item = 'a'; rating = '5' }, [pscustomobject]@{ user = 'u2'; item = 'a'; rating = '4' },
            [pscustomobject]@{ user = 'u2'; item = 'b'; rating = '2' }, [pscustomobject]@{ user = 'u3'; item = 'c'; rating = '3' }
        )
        $out = $tiny | Get-Recommendation -Top 1 -Method Popularity
        @($out.UserId | Sort-Object -Unique) | Should -Be @('u1', 'u2', 'u3')
    }

    It 'GetRecommendation_BadRating_OneWarningOrWithStrictOneErrorAndTheRowKeptOut' {
        $bad = @($ratings | Select-Object -First 300)
        $bad[9] = [pscustomobject]@{ user = 'U9999'; item = 'I0001'; rating = 'five' }
        $out = $bad | Get-Recommendation -UserId U0001 -Top 2 -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match "Not a number in 'rating': 1 row excluded from every job; first at row 10 \('five'\)"
        $out.Count | Should -Be 2
        $null = $bad | Get-Recommendation -UserId U0001 -Top 2 -Strict -ErrorVariable errs -ErrorAction SilentlyContinue
        $errs.Count | Should -Be 1
        $errs[0].FullyQualifiedErrorId | Should -Be ('InvalidNumber' + $fq)
        $errs[0].Exception.Message | Should -Match "row 10, column 'rating'"
        [object]::ReferenceEquals($errs[0].TargetObject, $bad[9]) | Should -BeTrue
    }

    It 'GetRecommendation_EmptyUserId_LeftOutWithAWarning' {
        $bad = @([pscustomobject]@{ user = ''; item = 'a'; rating = '3' }) + @($ratings | Select-Object -First 50)
        $null = $bad | Get-Recommendation -UserId U0001 -WarningVariable warned -WarningAction SilentlyContinue
        ($warned -join ' ') | Should -Match 'Lines without a customer: 1 row .* left out of customer-level jobs .*first at row 1\.'
    }

    It 'GetRecommendation_NoRatingProperty_ImplicitFeedback' {
        $out = $ratings | Select-Object user, item | Get-Recommendation -UserId U0001 -Top 3 -Similarity Jaccard
        $out.Count | Should -Be 3
        $out[0].Method | Should -Match 'implicit'
    }

    It 'GetRecommendation_ExplicitWithoutRating_MissingColumn' {
        { $ratings | Select-Object user, item | Get-Recommendation -Feedback Explicit } | Should -Throw -ErrorId ('MissingColumn' + $fq)
    }

    It 'GetRecommendation_MethodCompletion_OffersTheEnumValues' {
        $completion = TabExpansion2 -inputScript 'Get-Recommendation -Method ' -cursorColumn 'Get-Recommendation -Method '.Length
        @($completion.CompletionMatches.CompletionText | Sort-Object) | Should -Be @('ItemBased', 'Popularity', 'UserBased')
    }
}

Describe 'Measure-Recommender' {
    It 'MeasureRecommender_TwoMethods_MetricsInRangeAndRepeatable' {
        $a = $ratings | Measure-Recommender -Folds 3 -Seed 5 -TopK 5
        $a.Method | Should -Be @('UserBased', 'ItemBased')
        foreach ($m in $a) {
            $m.Rmse | Should -BeGreaterThan 0
            $m.Mae | Should -BeLessOrEqual $m.Rmse   # MAE <= RMSE always (power-mean inequality)
            $m.K | Should -Be 5
            $m.PrecisionAtK | Should -BeGreaterOrEqual 0
            $m.PrecisionAtK | Should -BeLessOrEqual 1
            $m.NdcgAtK | Should -BeLessOrEqual 1
        }
        $b = $ratings | Measure-Recommender -Folds 3 -Seed 5 -TopK 5
        $b.Rmse | Should -Be $a.Rmse
    }

    It 'MeasureRecommender_OneFold_ParameterValidation' {
        { $ratings | Measure-Recommender -Folds 1 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,EcomAI.PowerShell.Commands.MeasureRecommenderCommand'
    }
}

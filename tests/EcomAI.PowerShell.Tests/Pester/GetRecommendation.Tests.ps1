# Get-Recommendation and Measure-Recommender: defaults, ordering, exclusion of seen items, explanations with descriptions,
# business filters, fallback, the evaluation protocol, errors.
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fq = ',EcomAI.PowerShell.Commands.GetRecommendationCommand'
    $script:fqMeasure = ',EcomAI.PowerShell.Commands.MeasureRecommenderCommand'
    $script:ratings = @(Get-EcomSampleData Ratings)
    $script:purchases = Join-Path $work 'purchases.csv'
    Set-Content $purchases -Value 'customer_id,product_id,description,quantity,invoice_date',
        'C1,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2024-01-02', 'C1,71053,WHITE METAL LANTERN,6,2024-01-03',
        'C2,85123A,WHITE HANGING HEART T-LIGHT HOLDER,2,2024-01-02', 'C2,71053,WHITE METAL LANTERN,1,2024-01-05', 'C2,POST,POSTAGE,1,2024-01-05',
        'C3,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,2024-01-04', 'C3,POST,POSTAGE,1,2024-01-04',
        'C4,71053,WHITE METAL LANTERN,3,2024-01-06', 'C4,22423,REGENCY CAKESTAND 3 TIER,1,2024-01-07'
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-Recommendation' {
    It 'GetRecommendation_RatingsNoFlags_DefaultModelUnseenItemsRatedReasons' {
        $out = $ratings | Get-Recommendation -UserId U0001 -Top 5
        $out.Count | Should -Be 5
        # ForEach-Object, not $out.Rank: arrays have a Rank property of their own.
        ($out | ForEach-Object Rank) | Should -Be @(1, 2, 3, 4, 5)
        for ($i = 1; $i -lt 5; $i++) { $out[$i].Score | Should -BeLessOrEqual $out[$i - 1].Score }
        $seen = $ratings | Where-Object user -eq 'U0001' | ForEach-Object item
        foreach ($item in $out.ItemId) { $item | Should -Not -BeIn $seen }
        foreach ($r in $out) { $r.Because | Should -Match '^because you rated ' }
        $out[0].Method | Should -Match '^Ease'   # 60 items: EASE is the core's choice
    }

    It 'GetRecommendation_PurchasesFile_ImplicitDetectedAndDescriptionsExplain' {
        # C3 bought the heart holder (and postage); C1 and C2 bought it with the lantern: the lantern is recommended because of it.
        $out = Get-Recommendation -Path $purchases -UserId C3 -Top 1 -ExcludeItem 'POST'
        $out.ItemId | Should -Be '71053'
        $out.Description | Should -Be 'WHITE METAL LANTERN'
        $out.Because | Should -Match '^because you bought WHITE HANGING HEART T-LIGHT HOLDER \(\d+%\)'
    }

    It 'GetRecommendation_ExcludeItemPattern_MatchesDescriptionsToo' {
        $out = Get-Recommendation -Path $purchases -UserId C4 -Top 5 -ExcludeItem '*heart*', 'POST'
        $out.ItemId | Should -Not -Contain '85123A'
        $out.ItemId | Should -Not -Contain 'POST'
    }

    It 'GetRecommendation_Candidate_RestrictsTheList' {
        $out = Get-Recommendation -Path $purchases -UserId C1 -Top 5 -Candidate 22423
        $out.ItemId | Should -Be @('22423')
    }

    It 'GetRecommendation_CandidateWrittenWithPointZero_NamesTheIntegerId' {
        # A spreadsheet writes product 22423 as 22423.0: the candidate names the same product as -UserId 17850.0 names 17850.
        $out = Get-Recommendation -Path $purchases -UserId C1 -Top 5 -Candidate '22423.0'
        $out.ItemId | Should -Be @('22423')
    }

    It 'GetRecommendation_NothingLeftToRecommend_NoObjectsAndOneWarning' {
        # C1 bought 85123A, the only candidate: the list is empty, and the user is told why.
        $out = @(Get-Recommendation -Path $purchases -UserId C1 -Candidate 85123A -WarningVariable warned -WarningAction SilentlyContinue)
        $out.Count | Should -Be 0
        @($warned | Where-Object { "$_" -match "^User 'C1' has nothing left to recommend" }).Count | Should -Be 1
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
        $out = $ratings | Select-Object user, item | Get-Recommendation -UserId U0001 -Top 3 -Method ItemBased -Similarity Jaccard
        $out.Count | Should -Be 3
        $out[0].Method | Should -Match 'Jaccard.*implicit'
        $out[0].Because | Should -Match '^because you bought '
    }

    It 'GetRecommendation_ExplicitWithoutRating_MissingColumn' {
        { $ratings | Select-Object user, item | Get-Recommendation -Feedback Explicit } | Should -Throw -ErrorId ('MissingColumn' + $fq)
    }

    It 'GetRecommendation_MethodCompletion_OffersTheEnumValues' {
        $completion = TabExpansion2 -inputScript 'Get-Recommendation -Method ' -cursorColumn 'Get-Recommendation -Method '.Length
        @($completion.CompletionMatches.CompletionText | Sort-Object) | Should -Be @('Als', 'Ease', 'ItemBased', 'Popularity', 'Svd', 'UserBased')
    }
}

Describe 'Measure-Recommender' {
    It 'MeasureRecommender_IssueCommand_PrintsTheProtocolMetricsPerMethod' {
        $ratings | Export-Csv (Join-Path $work 'ratings.csv') -NoTypeInformation -UseQuotes AsNeeded
        $a = Measure-Recommender -Path (Join-Path $work 'ratings.csv') -Method Ease, Als, ItemBased, Popularity -Split UserStratified -TestFraction 0.25 -Seed 42 -TopK 10
        $a.Method | Should -Be @('Ease', 'Als', 'ItemBased', 'Popularity')
        foreach ($m in $a) {
            $m.Split | Should -Be 'UserStratified'
            foreach ($v in $m.Map, $m.NdcgAtK, $m.PrecisionAtK, $m.RecallAtK, $m.Coverage) {
                $v | Should -BeGreaterThan 0
                $v | Should -BeLessOrEqual 1
            }
            $m.Map | Should -BeLessOrEqual $m.MapAtK   # ÷R against ÷min(K, R)
        }
        ($a | Where-Object Method -eq 'Ease').Rmse | Should -BeNullOrEmpty   # a ranking model predicts no rating
        ($a | Where-Object Method -eq 'ItemBased').Rmse | Should -BeGreaterThan 0   # Surprise's item kNN on the ratings
        $b = Measure-Recommender -Path (Join-Path $work 'ratings.csv') -Method Ease, Als, ItemBased, Popularity -Split UserStratified -TestFraction 0.25 -Seed 42 -TopK 10
        $b.NdcgAtK | Should -Be $a.NdcgAtK
    }

    It 'MeasureRecommender_FoldsGiven_KFoldWithRmse' {
        $a = $ratings | Measure-Recommender -Method Svd, UserBased -Folds 3 -Seed 5 -TopK 5
        foreach ($m in $a) {
            $m.Split | Should -Be 'KFold'
            $m.Protocol | Should -Be '3-fold CV (seed 5)'
            $m.Rmse | Should -BeGreaterThan 0
            $m.Mae | Should -BeLessOrEqual $m.Rmse   # MAE <= RMSE always (power-mean inequality)
            $m.K | Should -Be 5
        }
    }

    It 'MeasureRecommender_NoFlagsOnPurchases_DefaultModelItemBasedPopularity' {
        $a = $ratings | Select-Object user, item | Measure-Recommender
        $a.Method | Should -Be @('Ease', 'ItemBased', 'Popularity')
        $a[0].Protocol | Should -Match 'per-user stratified 25% test'
        foreach ($m in $a) { $m.Rmse | Should -BeNullOrEmpty }   # purchases: no rating to predict
    }

    It 'MeasureRecommender_LeaveLastOut_UsesTheTimestamps' {
        $a = Measure-Recommender -Path $purchases -Method Popularity -Split LeaveLastOut -TopK 3
        $a.Protocol | Should -Be 'leave-last-out by time'
        $a.UsersEvaluated | Should -BeGreaterThan 0
    }

    It 'MeasureRecommender_LeaveLastOutWithoutTimestamps_InvalidOption' {
        { $ratings | Measure-Recommender -Split LeaveLastOut } | Should -Throw -ErrorId ('InvalidOption' + $fqMeasure)
    }

    It 'MeasureRecommender_OneFold_InvalidOptionFromTheCore' {
        { $ratings | Measure-Recommender -Folds 1 } | Should -Throw -ErrorId ('InvalidOption' + $fqMeasure)
    }

    It 'MeasureRecommender_BadTestFraction_InvalidOptionFromTheCore' {
        { $ratings | Measure-Recommender -TestFraction 1.5 } | Should -Throw -ErrorId ('InvalidOption' + $fqMeasure)
    }
}

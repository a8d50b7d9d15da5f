# Export-EcomReport in the real pwsh: Plotly.NET needs FSharp.Core from the module folder (PLATFORM.md pitfall).
BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
    $script:fq = ',EcomAI.PowerShell.Commands.ExportEcomReportCommand'
    $script:segments = Get-EcomSampleData Transactions | Get-CustomerSegment -K 4 -Seed 1
    $script:recs = Get-EcomSampleData Ratings | Get-Recommendation -UserId U0001, U0002 -Top 3
    $script:scores = Get-EcomSampleData Ratings | Measure-Recommender -Folds 2
    $script:prices = Get-EcomSampleData Sales | Get-OptimalPrice -MaxPrice 500 -WarningAction SilentlyContinue
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Export-EcomReport' {
    It 'ExportEcomReport_AllResults_WritesOfflineHtmlWithEverySection' {
        $path = Join-Path $work 'all.html'
        $file = @($segments[0]) + @($recs) + @($scores) + @($prices[0]) | Export-EcomReport -Path $path -Title 'Everything'
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.FullName | Should -Be $path
        $html = Get-Content $path -Raw
        $html | Should -Match '<h1>Everything</h1>'
        $html | Should -Match 'Customer segments \(K-means, K = 4'
        $html | Should -Match 'Recommendations for user U0001'
        $html | Should -Match 'Recommendations for user U0002'
        $html | Should -Match 'Evaluation'
        $html | Should -Match 'Prices \('
        # Offline: plotly.js is inlined and nothing is loaded from the network.
        $html | Should -Not -Match '<script[^>]+src="https?://'
        $html.Length | Should -BeGreaterThan 1000000
    }

    It 'ExportEcomReport_ManyObjectsOfOneResult_ReportedOnce' {
        $path = Join-Path $work 'once.html'
        $segments | Export-EcomReport -Path $path | Out-Null
        ([regex]::Matches((Get-Content $path -Raw), 'Customer segments \(K-means, K = 4')).Count | Should -Be 1
    }

    It 'ExportEcomReport_SameResults_SameBytes' {
        $a = Join-Path $work 'a.html'; $b = Join-Path $work 'b.html'
        $prices | Export-EcomReport -Path $a | Out-Null
        $prices | Export-EcomReport -Path $b | Out-Null
        (Get-FileHash $a).Hash | Should -Be (Get-FileHash $b).Hash
    }

    It 'ExportEcomReport_Top_CurvesForTheLargestExpectedGains' {
        # Get-OptimalPrice emits by expected gain, so its first two products are the two largest gains.
        $path = Join-Path $work 'top.html'
        $prices | Export-EcomReport -Path $path -Top 2 | Out-Null
        $html = Get-Content $path -Raw
        # One elasticity chart, then a demand and a profit curve for each of the two.
        ([regex]::Matches($html, 'class="ecomai-chart"></div>')).Count | Should -Be 5
        $html | Should -Match ([regex]::Escape("Profit curve for $($prices[0].ProductId):"))
        $html | Should -Match ([regex]::Escape("Profit curve for $($prices[1].ProductId):"))
        $html | Should -Not -Match ([regex]::Escape("Profit curve for $($prices[2].ProductId):"))
        $html | Should -Match 'products with the largest expected gain'
        # A negative count is refused by the report itself, with the one id every invalid option has.
        { $prices | Export-EcomReport -Path (Join-Path $work 'bad.html') -Top -1 } | Should -Throw -ErrorId ('InvalidOption' + $fq)
    }

    It 'ExportEcomReport_ProductId_OnlyTheSelectedProductsWithWildcards' {
        $path = Join-Path $work 'selected.html'
        $prices | Export-EcomReport -Path $path -ProductId P0003, 'p001*' | Out-Null
        $html = Get-Content $path -Raw
        $rows = [regex]::Matches($html, '<tr><td>(P\d{4})</td>') | ForEach-Object { $_.Groups[1].Value }
        @($rows | Sort-Object) | Should -Be @('P0003', 'P0010', 'P0011', 'P0012')
        $html | Should -Match 'Prices \(4 products'
        $html | Should -Match 'Profit curve for P0003:'
    }

    It 'ExportEcomReport_ProductIdMatchingNothing_ProductNotFoundAndTheOthersReported' {
        $path = Join-Path $work 'missing.html'
        $prices | Export-EcomReport -Path $path -ProductId P0003, 'Z*' -ErrorVariable errs -ErrorAction SilentlyContinue | Out-Null
        $errs[0].FullyQualifiedErrorId | Should -Be ('ProductNotFound' + $fq)
        $errs[0].Exception.Message | Should -Match "'Z\*' matches no product"
        (Get-Content $path -Raw) | Should -Match 'Prices \(1 product,'
    }

    It 'ExportEcomReport_WhatIf_WritesNothing' {
        $path = Join-Path $work 'whatif.html'
        $segments[0] | Export-EcomReport -Path $path -WhatIf
        $path | Should -Not -Exist
    }

    It 'ExportEcomReport_ForeignObject_UnsupportedInputAndEmptyInput' {
        $path = Join-Path $work 'none.html'
        { 'hello' | Export-EcomReport -Path $path -ErrorVariable bad -ErrorAction SilentlyContinue } | Should -Throw -ErrorId ('EmptyInput' + $fq)
        { 'hello' | Export-EcomReport -Path $path -ErrorAction Stop } | Should -Throw -ErrorId ('UnsupportedInput' + $fq)
        $path | Should -Not -Exist
    }
}

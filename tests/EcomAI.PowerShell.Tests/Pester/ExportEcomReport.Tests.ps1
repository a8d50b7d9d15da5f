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

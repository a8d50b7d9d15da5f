BeforeAll {
    Import-Module $env:ECOMAI_MODULE_MANIFEST -Force
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:work = New-TestFolder
}
AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

Describe 'Get-EcomSampleData' {
    It 'GetEcomSampleData_<Name>_RoundTripsThroughExportCsv' -ForEach @(@{ Name = 'Transactions' }, @{ Name = 'Ratings' }, @{ Name = 'Sales' }) {
        $rows = @(Get-EcomSampleData -Name $Name)
        # Independent count: the embedded CSV's lines in the repository, minus the header.
        $source = Join-Path $PSScriptRoot "../../../src/EcomAI.Core/Samples/Data/$($Name.ToLowerInvariant()).csv"
        $rows.Count | Should -Be (@(Get-Content $source | Where-Object { $_ -ne '' }).Count - 1)
        $path = Join-Path $work "$Name.csv"
        $rows | Export-Csv $path -NoTypeInformation -UseQuotes AsNeeded
        $back = @(Import-Csv $path)
        $back.Count | Should -Be $rows.Count
        ($back[0].PSObject.Properties.Name -join ',') | Should -Be ($rows[0].PSObject.Properties.Name -join ',')
        foreach ($p in $rows[0].PSObject.Properties.Name) { $back[-1].$p | Should -Be $rows[-1].$p }
    }

    It 'GetEcomSampleData_BadName_ParameterBindingError' {
        { Get-EcomSampleData -Name Nope } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,EcomAI.PowerShell.Commands.GetEcomSampleDataCommand'
    }

    It 'GetEcomSampleData_NameCompletion_OffersTheFourTables' {
        $completion = TabExpansion2 -inputScript 'Get-EcomSampleData -Name ' -cursorColumn 'Get-EcomSampleData -Name '.Length
        @($completion.CompletionMatches.CompletionText | Sort-Object) | Should -Be @('OrderLines', 'Ratings', 'Sales', 'Transactions')
    }
}

# Help is checked, not hoped for: every cmdlet and parameter documented, the MAML in step with the code,
# and every example executed.
BeforeDiscovery {
    $module = Import-Module $env:ECOMAI_MODULE_MANIFEST -PassThru -Force
    $script:cmdlets = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
    $script:examples = @(foreach ($name in $module.ExportedCmdlets.Keys | Sort-Object) {
            $i = 0
            foreach ($example in (Get-Help $name -Examples).examples.example) {
                $i++
                @{ Name = $name; Number = $i; Code = $example.code }
            }
        })
}

BeforeAll {
    $script:module = Import-Module $env:ECOMAI_MODULE_MANIFEST -PassThru -Force
    $script:common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
    $script:repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
}

Describe 'Help for <Name>' -ForEach $cmdlets {
    BeforeAll { $script:help = Get-Help $Name -Full }

    It 'Help_Synopsis_IsWritten' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match ([regex]::Escape("$Name "))  # not the auto-generated syntax stub
    }

    It 'Help_Description_IsWritten' {
        ($help.description.Text -join ' ').Length | Should -BeGreaterThan 40
    }

    It 'Help_EveryParameter_IsDescribed' {
        $documented = @{}
        foreach ($p in $help.parameters.parameter) { $documented[$p.name] = ($p.description.Text -join ' ') }
        foreach ($p in (Get-Command $Name).Parameters.Values | Where-Object Name -NotIn $common) {
            $documented[$p.Name] | Should -Not -BeNullOrEmpty -Because "-$($p.Name) of $Name needs a description"
        }
    }

    It 'Help_Examples_AtLeastTwo' {
        @($help.examples.example).Count | Should -BeGreaterOrEqual 2
    }
}

Describe 'Generated MAML' {
    It 'Help_CommittedMaml_MatchesRegeneration' {
        # Build-Help -Check regenerates the syntax from Get-Command in a fresh process and compares.
        $out = Invoke-FreshPwsh -Arguments @('-File', (Join-Path $repo 'module/Build-Help.ps1'), '-ModuleManifest', $env:ECOMAI_MODULE_MANIFEST,
            '-OutFile', (Join-Path $repo 'module/EcomAI.PowerShell/en-US/EcomAI.PowerShell.dll-Help.xml'), '-Check')
        $LASTEXITCODE | Should -Be 0 -Because ($out -join "`n")
    }

    It 'Help_BuiltModule_CarriesTheCommittedMaml' {
        $built = Get-Content (Join-Path $module.ModuleBase 'en-US/EcomAI.PowerShell.dll-Help.xml') -Raw
        $committed = Get-Content (Join-Path $repo 'module/EcomAI.PowerShell/en-US/EcomAI.PowerShell.dll-Help.xml') -Raw
        $built | Should -BeExactly $committed
    }
}

Describe 'Documented defaults' {
    BeforeAll {
        # A default is stated twice by hand: the MAML defaultValue (Defaults in the .help.psd1) and the prose of the
        # parameter ("Default 12." or "Week (default)"). Both must be the value the code reads from the core.
        function script:Assert-HelpDefault([string] $Cmdlet, [string] $Parameter, $Expected) {
            $text = [string]::Format([cultureinfo]::InvariantCulture, '{0}', $Expected)
            $help = Get-Help $Cmdlet -Parameter $Parameter
            $help.defaultValue | Should -BeExactly $text -Because "the help of $Cmdlet -$Parameter states its default"
            $prose = ($help.description.Text -join ' ')
            if ($prose -cmatch '\bDefault (?<value>-?\d+(?:\.\d+)?)\b|\b(?<value>\w+) \(default\)') {
                $Matches.value | Should -BeExactly $text -Because "the description of $Cmdlet -$Parameter states its default: $prose"
            }
        }
    }

    It 'Help_PricingDefaults_AreTheCoresDefaults' {
        # Help prose is written by hand; the defaults it states must be the ones the code reads from the core.
        (Get-Help Get-OptimalPrice -Parameter MaxChange).defaultValue | Should -Be ([EcomAI.Core.Pricing.PriceOptimizerOptions]::Default.MaxChange)
        (Get-Help Get-OptimalPrice -Parameter Objective).defaultValue | Should -Be ([EcomAI.Core.Pricing.PriceOptimizerOptions]::Default.Objective)
        $report = [System.Reflection.Assembly]::LoadFrom((Join-Path $module.ModuleBase 'EcomAI.Charts.dll')).GetType('EcomAI.Charts.Report.EcomReport', $true)
        (Get-Help Export-EcomReport -Parameter Top).defaultValue | Should -Be $report::DefaultPricingCurves
    }

    It 'Help_SegmentationDefaults_AreTheCoresDefaults' {
        $d = [EcomAI.Core.Segmentation.SegmentationOptions]::Default
        foreach ($name in 'Get-CustomerSegment', 'Measure-CustomerSegment', 'Compare-CustomerSegment') {
            Assert-HelpDefault $name MinK $d.MinK
            Assert-HelpDefault $name MaxK $d.MaxK
            Assert-HelpDefault $name Seed $d.Seed
            Assert-HelpDefault $name Restarts $d.Restarts
        }

        foreach ($name in 'Get-CustomerSegment', 'Compare-CustomerSegment') {
            Assert-HelpDefault $name Method $d.Method
            (Get-Help $name -Parameter K).defaultValue | Should -BeExactly "chosen automatically among $($d.MinK)..$($d.MaxK)"
        }
    }

    It 'Help_CustomerValueDefaults_AreTheCoresDefaults' {
        $d = [EcomAI.Core.CustomerValue.CustomerValueOptions]::Default
        foreach ($name in 'TimeUnit', 'Horizon', 'DiscountRate', 'Margin', 'Penalty', 'ConfidenceLevel') {
            Assert-HelpDefault Get-CustomerValue $name $d.$name
        }

        # -Format is the cmdlet's own choice of reader, not a core option: its initial value.
        Assert-HelpDefault Get-CustomerValue Format ([EcomAI.PowerShell.Commands.GetCustomerValueCommand]::new().Format)
    }
}

Describe 'Help example <Number> of <Name>' -ForEach $examples {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
        $script:work = New-TestFolder
    }
    AfterAll { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

    It 'Example_Runs_WithoutError' {
        Push-Location $work
        try {
            $ErrorActionPreference = 'Stop'
            $output = & ([scriptblock]::Create($Code)) | Out-String
            $output | Should -Not -BeNullOrEmpty -Because 'an example should show something'
        }
        finally { Pop-Location }
    }
}

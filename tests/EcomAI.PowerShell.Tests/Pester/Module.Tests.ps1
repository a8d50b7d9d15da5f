# The module as a user installs it: manifest, exports, formats, help files.
BeforeAll {
    $script:manifestPath = $env:ECOMAI_MODULE_MANIFEST
    $script:module = Import-Module $manifestPath -PassThru -Force
    $script:data = Import-PowerShellDataFile $manifestPath
}

Describe 'EcomAI.psd1' {
    It 'Manifest_Exports_ExactlyTheCmdletsInTheAssembly' {
        # Independent of the manifest: the cmdlet classes compiled into the dll.
        $compiled = [System.Reflection.Assembly]::LoadFrom((Join-Path $module.ModuleBase 'EcomAI.PowerShell.dll')).GetTypes() |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" } | Sort-Object
        @($data.CmdletsToExport | Sort-Object) | Should -Be @($compiled)
        @($module.ExportedCmdlets.Keys | Sort-Object) | Should -Be @($compiled)
    }

    It 'Manifest_Requirements_Are7_4CoreWithFormats' {
        $data.PowerShellVersion | Should -Be '7.4'
        $data.CompatiblePSEditions | Should -Be @('Core')
        $data.FormatsToProcess | Should -Be @('EcomAI.format.ps1xml')
        $data.FunctionsToExport.Count | Should -Be 0
        Test-ModuleManifest $manifestPath | Should -Not -BeNullOrEmpty
    }

    It 'Cmdlets_Verbs_AreApproved' {
        $approved = (Get-Verb).Verb
        foreach ($name in $module.ExportedCmdlets.Keys) {
            ($name -split '-')[0] | Should -BeIn $approved -Because $name
        }
    }

    It 'ModuleFolder_Dependencies_AreAllPresent' {
        foreach ($dll in 'EcomAI.Core.dll', 'EcomAI.Charts.dll', 'MathNet.Numerics.dll', 'Microsoft.Data.Analysis.dll', 'Plotly.NET.dll', 'FSharp.Core.dll') {
            Join-Path $module.ModuleBase $dll | Should -Exist
        }
        Join-Path $module.ModuleBase 'en-US/EcomAI.PowerShell.dll-Help.xml' | Should -Exist
        # The host provides System.Management.Automation; a second copy would clash.
        Join-Path $module.ModuleBase 'System.Management.Automation.dll' | Should -Not -Exist
    }
}

Describe 'Embedded engine' {
    It 'Engine_InsidePwsh_FreedMemoryCanBeReturnedToTheSystem' {
        # Between passes over every line the engine's freed memory goes back to the OS (DuckDB's jemalloc control, Linux
        # builds): found from the module folder inside real pwsh too, so large inputs keep the lower peak here as in C#.
        $core = [System.Reflection.Assembly]::LoadFrom((Join-Path $module.ModuleBase 'EcomAI.Core.dll'))
        $session = $core.GetType('EcomAI.Core.Data.DuckDbSession', $true)
        $session.GetProperty('CanReleaseFreeMemory', [System.Reflection.BindingFlags]'NonPublic,Static').GetValue($null) | Should -Be $IsLinux
    }
}

Describe 'EcomAI.format.ps1xml' {
    It 'OutputTypes_EveryOneOfOurs_HasAView' {
        [xml] $formats = Get-Content (Join-Path $module.ModuleBase 'EcomAI.format.ps1xml') -Raw
        $tableViews = @($formats.Configuration.ViewDefinitions.View | Where-Object { $_.TableControl -or $_.ListControl } | ForEach-Object { $_.ViewSelectedBy.TypeName })
        $outputs = $module.ExportedCmdlets.Values | ForEach-Object OutputType | ForEach-Object Name | Sort-Object -Unique |
            Where-Object { $_ -notin 'System.Management.Automation.PSObject', 'System.IO.FileInfo', 'System.String' }
        foreach ($type in $outputs) { $type | Should -BeIn $tableViews }
    }
}

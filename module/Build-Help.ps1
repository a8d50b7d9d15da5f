<#
.SYNOPSIS
    Regenerates the MAML help (en-US/EcomAI.PowerShell.dll-Help.xml) from the module's own metadata.
.DESCRIPTION
    Syntax, parameter sets, types, positions, pipeline input, aliases and enumerated values come from Get-Command
    on the built module, so the help cannot drift from the code. The prose (synopsis, description, one description
    per parameter, examples, notes) comes from module/help/<Cmdlet>.help.psd1. The script fails when a cmdlet or a
    parameter has no prose, or a cmdlet has fewer than two examples.
    With -Check it writes nothing and exits 1 when the committed file differs from what it would generate.
    Run it in a fresh process after a build:
        dotnet pwsh -NoProfile -File module/Build-Help.ps1 -ModuleManifest module/EcomAI.PowerShell/bin/Debug/net10.0/EcomAI.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [string] $OutFile = (Join-Path $PSScriptRoot 'EcomAI.PowerShell/en-US/EcomAI.PowerShell.dll-Help.xml'),
    [string] $SourceDirectory = (Join-Path $PSScriptRoot 'help'),
    [switch] $Check
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$module = Import-Module (Resolve-Path -LiteralPath $ModuleManifest).Path -PassThru -Force
$common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
$problems = [System.Collections.Generic.List[string]]::new()

$maml = 'http://schemas.microsoft.com/maml/2004/10'
$cmd = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$dev = 'http://schemas.microsoft.com/maml/dev/2004/10'

$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.IndentChars = '  '
$settings.NewLineChars = "`n"
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
$buffer = [System.IO.MemoryStream]::new()
$w = [System.Xml.XmlWriter]::Create($buffer, $settings)

function Paras([string] $ns, [string] $text) {
    foreach ($para in ($text.Trim() -split "`n\s*`n")) {
        $w.WriteElementString('para', $maml, (($para -split "`n" | ForEach-Object Trim) -join ' '))
    }
}

function TypeName([type] $type) {
    if ($type.IsGenericType -and $type.GetGenericTypeDefinition() -eq [Nullable`1]) { $type = $type.GetGenericArguments()[0] }
    $type.FullName
}

function ShortType([type] $type) {
    if ($type.IsGenericType -and $type.GetGenericTypeDefinition() -eq [Nullable`1]) { $type = $type.GetGenericArguments()[0] }
    if ($type -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    $type.Name
}

function PipelineText($attributes) {
    $kinds = @()
    if ($attributes | Where-Object ValueFromPipeline) { $kinds += 'ByValue' }
    if ($attributes | Where-Object ValueFromPipelineByPropertyName) { $kinds += 'ByPropertyName' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function EnumValues([type] $type) {
    if ($type.IsArray) { $type = $type.GetElementType() }
    if ($type.IsGenericType -and $type.GetGenericTypeDefinition() -eq [Nullable`1]) { $type = $type.GetGenericArguments()[0] }
    if ($type.IsEnum) { return [enum]::GetNames($type) }
    @()
}

function WriteParameter($parameter, [hashtable] $attrs, [string] $description, [string] $default) {
    $type = $parameter.ParameterType
    $w.WriteStartElement('command', 'parameter', $cmd)
    $w.WriteAttributeString('required', $attrs.Required.ToString().ToLowerInvariant())
    $w.WriteAttributeString('variableLength', $type.IsArray.ToString().ToLowerInvariant())
    $w.WriteAttributeString('globbing', 'false')
    $w.WriteAttributeString('pipelineInput', $attrs.Pipeline)
    $w.WriteAttributeString('position', $attrs.Position)
    $w.WriteAttributeString('aliases', $(if ($parameter.Aliases.Count) { $parameter.Aliases -join ', ' } else { 'none' }))
    $w.WriteElementString('name', $maml, $parameter.Name)
    $w.WriteStartElement('description', $maml); Paras $maml $description; $w.WriteEndElement()
    $values = @(EnumValues $type)
    $validateSet = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
    if ($validateSet) { $values = @($validateSet.ValidValues) }
    if ($values.Count) {
        $w.WriteStartElement('command', 'parameterValueGroup', $cmd)
        foreach ($v in $values) {
            $w.WriteStartElement('command', 'parameterValue', $cmd)
            $w.WriteAttributeString('required', 'false'); $w.WriteAttributeString('variableLength', 'false')
            $w.WriteString($v); $w.WriteEndElement()
        }
        $w.WriteEndElement()
    }
    if ($type -ne [System.Management.Automation.SwitchParameter]) {
        $w.WriteStartElement('command', 'parameterValue', $cmd)
        $w.WriteAttributeString('required', 'true'); $w.WriteAttributeString('variableLength', $type.IsArray.ToString().ToLowerInvariant())
        $w.WriteString((ShortType $type)); $w.WriteEndElement()
    }
    $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, (TypeName $type)); $w.WriteEndElement()
    $w.WriteElementString('defaultValue', $dev, $(if ($default) { $default } else { 'None' }))
    $w.WriteEndElement()
}

$w.WriteStartDocument()
$w.WriteStartElement('helpItems', 'http://msh')
$w.WriteAttributeString('schema', 'maml')
$shared = Import-PowerShellDataFile (Join-Path $SourceDirectory '_OrderLineInput.help.psd1')
foreach ($command in ($module.ExportedCmdlets.Values | Sort-Object Name)) {
    $sourceFile = Join-Path $SourceDirectory "$($command.Name).help.psd1"
    if (-not (Test-Path $sourceFile)) { $problems.Add("$($command.Name): no help source $sourceFile"); continue }
    $src = Import-PowerShellDataFile $sourceFile
    foreach ($key in 'Synopsis', 'Description') {
        if (-not $src[$key]) { $problems.Add("$($command.Name): no $key") }
    }
    $examples = @($src['Examples'])
    if ($examples.Count -lt 2) { $problems.Add("$($command.Name): $($examples.Count) examples, at least 2 needed") }
    $paramText = if ($src['Parameters']) { $src.Parameters.Clone() } else { @{} }
    $defaults = if ($src['Defaults']) { $src.Defaults.Clone() } else { @{} }
    $parameters = @($command.Parameters.Values | Where-Object { $_.Name -notin $common } | Sort-Object Name)
    foreach ($name in $paramText.Keys) {
        if ($name -notin $parameters.Name) { $problems.Add("$($command.Name): help describes -$name, which does not exist") }
    }
    # The input parameters every order-lines cmdlet shares are described once (help/_OrderLineInput.help.psd1); the
    # -...Property parameters are described by the core's schema itself, so help cannot drift from what is accepted.
    $base = [EcomAI.PowerShell.Infrastructure.OrderLineInputCmdlet]
    if ($base.IsAssignableFrom($command.ImplementingType)) {
        foreach ($p in $parameters) {
            $declared = $base.GetProperty($p.Name)
            if (-not $declared -or $declared.DeclaringType -ne $base) { continue }
            if ($paramText.ContainsKey($p.Name)) { $problems.Add("$($command.Name) -$($p.Name): shared input parameter described again; describe it in _OrderLineInput.help.psd1") }
            $role = [EcomAI.PowerShell.Infrastructure.SchemaColumnCompleter]::RoleOfProperty($declared)
            if ($null -ne $role) {
                $spec = [EcomAI.Core.Data.OrderLineSchema]::Get($role)
                $paramText[$p.Name] = "Column (or property) with $($spec.Summary.Substring(0, 1).ToLowerInvariant())$($spec.Summary.Substring(1)) Not given: the first column named $(@($spec.AcceptedNames) -join ', ') (case, spaces, underscores and hyphens ignored)."
            } else {
                $paramText[$p.Name] = $shared.Parameters[$p.Name]
                if ($shared.Defaults.ContainsKey($p.Name)) { $defaults[$p.Name] = $shared.Defaults[$p.Name] }
            }
        }
    }
    foreach ($p in $parameters) {
        if (-not $paramText[$p.Name]) { $problems.Add("$($command.Name) -$($p.Name): no description") }
    }

    $verb, $noun = $command.Name -split '-', 2
    $w.WriteStartElement('command', 'command', $cmd)
    $w.WriteAttributeString('xmlns', 'maml', $null, $maml)
    $w.WriteAttributeString('xmlns', 'command', $null, $cmd)
    $w.WriteAttributeString('xmlns', 'dev', $null, $dev)
    $w.WriteStartElement('command', 'details', $cmd)
    $w.WriteElementString('name', $cmd, $command.Name)
    $w.WriteStartElement('description', $maml); Paras $maml "$($src['Synopsis'])"; $w.WriteEndElement()
    $w.WriteElementString('verb', $cmd, $verb)
    $w.WriteElementString('noun', $cmd, $noun)
    $w.WriteEndElement()
    $w.WriteStartElement('description', $maml); Paras $maml "$($src['Description'])"; $w.WriteEndElement()

    $w.WriteStartElement('command', 'syntax', $cmd)
    foreach ($set in ($command.ParameterSets | Sort-Object { -not $_.IsDefault }, Name)) {
        $w.WriteStartElement('command', 'syntaxItem', $cmd)
        $w.WriteElementString('name', $maml, $command.Name)
        $ordered = $set.Parameters | Where-Object { $_.Name -notin $common } |
            Sort-Object { if ($_.Position -ge 0) { $_.Position } else { [int]::MaxValue } }, { -not $_.IsMandatory }, Name
        foreach ($p in $ordered) {
            $attrs = @{
                Required = $p.IsMandatory
                Position = $(if ($p.Position -ge 0) { "$($p.Position)" } else { 'named' })
                Pipeline = $(if ($p.ValueFromPipeline -or $p.ValueFromPipelineByPropertyName) {
                        "True ($((@(if ($p.ValueFromPipeline) { 'ByValue' }) + @(if ($p.ValueFromPipelineByPropertyName) { 'ByPropertyName' })) -join ', '))" } else { 'False' })
            }
            WriteParameter $p $attrs "$($paramText[$p.Name])" "$($defaults[$p.Name])"
        }
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'parameters', $cmd)
    foreach ($p in $parameters) {
        $pa = @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
        $positions = @($pa | Where-Object { $_.Position -ge 0 } | ForEach-Object Position | Sort-Object -Unique)
        $attrs = @{
            Required = [bool]($pa | Where-Object Mandatory)
            Position = $(if ($positions.Count) { "$($positions[0])" } else { 'named' })
            Pipeline = PipelineText $pa
        }
        WriteParameter $p $attrs "$($paramText[$p.Name])" "$($defaults[$p.Name])"
    }
    $w.WriteEndElement()

    $inputs = @($command.Parameters.Values | Where-Object { $_.Name -notin $common } |
        Where-Object { $_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and ($_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName) } } |
        ForEach-Object { TypeName $_.ParameterType } | Sort-Object -Unique)
    $w.WriteStartElement('command', 'inputTypes', $cmd)
    foreach ($t in $(if ($inputs) { $inputs } else { @('None') })) {
        $w.WriteStartElement('command', 'inputType', $cmd)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $t); $w.WriteEndElement()
        $w.WriteStartElement('description', $maml); Paras $maml $(if ($src['Inputs']) { $src.Inputs } else { 'See the parameters that take pipeline input.' }); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'returnValues', $cmd)
    foreach ($t in @($command.OutputType | ForEach-Object Name | Sort-Object -Unique)) {
        $w.WriteStartElement('command', 'returnValue', $cmd)
        $w.WriteStartElement('type', $dev); $w.WriteElementString('name', $maml, $t); $w.WriteEndElement()
        $w.WriteStartElement('description', $maml); Paras $maml $(if ($src['Outputs']) { $src.Outputs } else { $t }); $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    if ($src['Notes']) {
        $w.WriteStartElement('alertSet', $maml); $w.WriteStartElement('alert', $maml); Paras $maml $src.Notes; $w.WriteEndElement(); $w.WriteEndElement()
    }

    $w.WriteStartElement('command', 'examples', $cmd)
    $n = 0
    foreach ($example in $examples) {
        $n++
        if (-not $example['Title'] -or -not $example['Code'] -or -not $example['Remarks']) { $problems.Add("$($command.Name) example ${n}: needs Title, Code and Remarks") }
        $w.WriteStartElement('command', 'example', $cmd)
        $w.WriteElementString('title', $maml, "-------------------------- Example ${n}: $($example['Title']) --------------------------")
        $w.WriteElementString('code', $dev, ("$($example['Code'])".Trim() -replace "`r", ''))
        $w.WriteStartElement('remarks', $dev); Paras $maml "$($example['Remarks'])"; $w.WriteEndElement()
        $w.WriteEndElement()
    }
    $w.WriteEndElement()

    $w.WriteStartElement('command', 'relatedLinks', $cmd)
    foreach ($link in @($src['Links'])) {
        if (-not $link) { continue }
        $w.WriteStartElement('navigationLink', $maml); $w.WriteElementString('linkText', $maml, $link); $w.WriteElementString('uri', $maml, ''); $w.WriteEndElement()
    }
    $w.WriteEndElement()
    $w.WriteEndElement()
}
$w.WriteEndElement()
$w.WriteEndDocument()
$w.Flush()
$text = [System.Text.Encoding]::UTF8.GetString($buffer.ToArray()) + "`n"

if ($problems.Count) {
    $problems | ForEach-Object { Write-Host "help problem: $_" }
    throw "$($problems.Count) help problem(s); fix module/help/*.help.psd1."
}
if ($Check) {
    $current = if (Test-Path $OutFile) { [System.IO.File]::ReadAllText($OutFile) } else { '' }
    if ($current -ne $text) {
        Write-Host "The committed help $OutFile is out of date: run module/Build-Help.ps1 -ModuleManifest <built EcomAI.psd1>."
        exit 1
    }
    Write-Host 'Help is up to date.'
    exit 0
}
[System.IO.File]::WriteAllText($OutFile, $text, [System.Text.UTF8Encoding]::new($false))
Write-Host "Wrote $OutFile ($($module.ExportedCmdlets.Count) cmdlets)."

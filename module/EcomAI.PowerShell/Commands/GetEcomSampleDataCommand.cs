using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-EcomSampleData</c>: the sample tables embedded in EcomAI.Core, as objects with text properties exactly
/// as <c>Import-Csv</c> would give them, so they pipe into the analysis cmdlets and round-trip through <c>Export-Csv</c>.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EcomSampleData")]
[OutputType(typeof(PSObject))]
public sealed class GetEcomSampleDataCommand : EcomCmdlet
{
    /// <summary>Which table.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public SampleDataName Name { get; set; }

    /// <inheritdoc />
    private protected override void EndProcessingCore()
    {
        CsvTable table = Timed($"Read the embedded {Name} sample", () => SampleResources.Load(Name));
        var columns = table.Columns;
        for (int row = 0; row < table.RowCount; row++)
        {
            var item = new PSObject();
            for (int c = 0; c < columns.Count; c++)
            {
                item.Properties.Add(new PSNoteProperty(columns[c], table.GetText(row, c)));
            }

            WriteObject(item);
        }
    }
}

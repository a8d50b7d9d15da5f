using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Get-EcomSampleData</c>: the sample tables of EcomAI.Core, as objects with text properties exactly as
/// <c>Import-Csv</c> would give them (so they pipe into the analysis cmdlets and round-trip through <c>Export-Csv</c>),
/// or, with <c>-Path</c>, written as a CSV file.
/// </summary>
[Cmdlet(VerbsCommon.Get, "EcomSampleData")]
[OutputType(typeof(PSObject), typeof(FileInfo))]
public sealed class GetEcomSampleDataCommand : EcomCmdlet
{
    /// <summary>Which table.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public SampleDataName Name { get; set; }

    /// <summary>Write the table to this CSV file (atomically) and output the file, instead of one object per row.</summary>
    [Parameter(Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <inheritdoc />
    private protected override void EndProcessingCore()
    {
        if (Path is not null)
        {
            string target = GetUnresolvedProviderPathFromPSPath(Path);
            Timed($"Wrote the {Name} sample to {System.IO.Path.GetFileName(target)}", () =>
            {
                if (Name == SampleDataName.OrderLines)
                {
                    SampleData.WriteOrderLinesCsv(target);
                }
                else
                {
                    AtomicFile.WriteAllText(target, SampleResources.Text(Name));
                }

                return true;
            });
            WriteObject(new FileInfo(target));
            return;
        }

        CsvTable table = Timed($"Read the {Name} sample", () => SampleResources.Load(Name));
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

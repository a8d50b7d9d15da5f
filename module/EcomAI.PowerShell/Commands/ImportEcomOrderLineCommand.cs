using System.Management.Automation;
using EcomAI.Core.Data;
using EcomAI.PowerShell.Infrastructure;

namespace EcomAI.PowerShell.Commands;

/// <summary>
/// <c>Import-EcomOrderLine</c>: reads and prepares an order-lines export once (the core's <see cref="OrderLines"/>) and
/// outputs the prepared lines, which pipe into every job cmdlet (Get-CustomerSegment, Get-Recommendation,
/// Get-OptimalPrice, …) without reading the file again.
/// </summary>
[Cmdlet(VerbsData.Import, "EcomOrderLine", DefaultParameterSetName = PathSet)]
[OutputType(typeof(OrderLineData), typeof(string))]
public sealed class ImportEcomOrderLineCommand : OrderLineInputCmdlet
{
    private protected override string RowNoun => "order lines";

    private protected override bool KeepsData => true;

    private protected override void Analyze(OrderLineData data) => WriteObject(data);
}

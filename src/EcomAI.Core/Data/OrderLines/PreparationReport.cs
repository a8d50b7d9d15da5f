using System.Globalization;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Data;

/// <summary>What the preparation did to an order-lines input: one finding per rule, and what was left for the jobs.</summary>
/// <param name="SourceName">The input, for messages.</param>
/// <param name="LinesRead">Data lines (rows) read, bad ones included.</param>
/// <param name="Findings">One entry per rule (and column, for value problems) that applied to at least one line, in rule order.</param>
/// <param name="PurchaseLines">Lines used as purchases (and, under Returns = Net, netted returns) by the jobs.</param>
/// <param name="PurchaseAmount">Their summed line amount.</param>
/// <param name="Notes">How the input was read, when it is worth saying (e.g. the encoding fallback).</param>
public sealed record PreparationReport(
    string SourceName,
    long LinesRead,
    IReadOnlyList<PreparationFinding> Findings,
    long PurchaseLines,
    double PurchaseAmount,
    IReadOnlyList<string> Notes)
{
    /// <summary>The finding for a rule (the first, for value rules that can repeat per column), or null.</summary>
    public PreparationFinding? this[LineRule rule] => Findings.FirstOrDefault(f => f.Rule == rule);

    /// <summary>Lines under a rule (summed over columns for value rules); 0 when it did not apply.</summary>
    public long Count(LineRule rule) => Findings.Where(f => f.Rule == rule).Sum(f => f.Lines);

    /// <summary>Lines with a value that could not be read (all columns and kinds).</summary>
    public long BadLines => Findings.Where(f => f.IsBadValue).Sum(f => f.Lines);

    /// <summary>One warning per finding, then the notes: what a front end shows.</summary>
    public IEnumerable<string> Warnings => Findings.Select(f => f.Message).Concat(Notes);

    /// <summary>One line: lines read, used, and the findings' counts.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"{SourceName}: {LinesRead:N0} lines read, {PurchaseLines:N0} used as purchases") +
        (Findings.Count == 0 ? "; nothing excluded." : "; " + string.Join("; ", Findings.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Title} {f.Lines:N0}"))) + ".");

    /// <summary>One row per finding: rule, column, lines, amount, first lines, action.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("rule", Findings.Select(f => f.Title)),
        new Int64DataFrameColumn("lines", Findings.Select(f => f.Lines)),
        new DoubleDataFrameColumn("amount", Findings.Select(f => f.Amount)),
        new StringDataFrameColumn("first_lines", Findings.Select(f => string.Join(", ", f.FirstLines.Select(l => l.ToString(CultureInfo.InvariantCulture))))),
        new StringDataFrameColumn("action", Findings.Select(f => f.Action)));

    /// <inheritdoc />
    public override string ToString() => Summary;
}

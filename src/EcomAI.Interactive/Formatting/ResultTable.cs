using Microsoft.Data.Analysis;

namespace EcomAI.Interactive.Formatting;

/// <summary>One table of a <see cref="ResultView"/>.</summary>
/// <param name="Caption">Shown above the table when not null.</param>
/// <param name="Frame">The data.</param>
/// <param name="MaxRows">Rows shown at most.</param>
internal sealed record ResultTable(string? Caption, DataFrame Frame, int MaxRows = DataFrameHtml.DefaultMaxRows);

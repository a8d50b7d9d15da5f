using Microsoft.Data.Analysis;
using Plotly.NET;

namespace EcomAI.Interactive.Formatting;

/// <summary>What the notebook shows for one result: a title, a few summary lines, its tables and its charts.</summary>
/// <param name="Title">Heading with the key figure.</param>
/// <param name="Summary">Short plain-text lines (status messages, counts).</param>
/// <param name="Tables">The result's data, usually its <c>ToDataFrame()</c>, each with an optional caption.</param>
/// <param name="Charts">Chart builders; each is called once, and a failure is shown in place of that chart.</param>
internal sealed record ResultView(string Title, IReadOnlyList<string> Summary, IReadOnlyList<ResultTable> Tables, IReadOnlyList<Func<GenericChart>> Charts)
{
    /// <summary>A view with one uncaptioned table.</summary>
    public ResultView(string title, IReadOnlyList<string> summary, DataFrame table, IReadOnlyList<Func<GenericChart>> charts)
        : this(title, summary, [new ResultTable(null, table)], charts)
    {
    }
}

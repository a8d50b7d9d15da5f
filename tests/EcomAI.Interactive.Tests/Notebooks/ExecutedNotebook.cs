using System.Text;
using System.Text.Json;

namespace EcomAI.Interactive.Tests.Notebooks;

/// <summary>One output of an executed notebook cell, flattened from the .ipynb JSON.</summary>
public sealed record CellOutput(int Cell, string OutputType, string? Html, string? Plain, string? ErrorValue, string? StreamName, string? Text)
{
    /// <summary>Every text this output carries, for searching.</summary>
    public string AllText => string.Join("\n", new[] { Html, Plain, ErrorValue, Text }.Where(s => s is not null));
}

/// <summary>An executed .ipynb (outputs and nbclient's execution times, as <see cref="KernelSession"/> writes them), parsed for assertions.</summary>
public sealed class ExecutedNotebook
{
    private ExecutedNotebook(IReadOnlyList<string> sources, IReadOnlyList<string> cellTypes, IReadOnlyList<CellOutput> outputs, TimeSpan cellTime)
    {
        Sources = sources;
        CellTypes = cellTypes;
        Outputs = outputs;
        CellTime = cellTime;
    }

    public IReadOnlyList<string> Sources { get; }

    public IReadOnlyList<string> CellTypes { get; }

    public IReadOnlyList<CellOutput> Outputs { get; }

    /// <summary>Sum of the cells' execution times recorded in the cell metadata (nbclient's <c>execution</c> timestamps).</summary>
    public TimeSpan CellTime { get; }

    public string AllHtml => string.Join("\n", Outputs.Select(o => o.Html).Where(h => h is not null));

    public string AllText => string.Join("\n", Outputs.Select(o => o.AllText));

    public IEnumerable<CellOutput> OutputsOf(int cell) => Outputs.Where(o => o.Cell == cell);

    /// <summary>Index of the only code cell whose source contains <paramref name="marker"/>.</summary>
    public int CellContaining(string marker)
    {
        var hits = Enumerable.Range(0, Sources.Count).Where(i => CellTypes[i] == "code" && Sources[i].Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"Expected one code cell containing '{marker}', found {hits.Count}.");
        return hits[0];
    }

    /// <summary>All HTML and plain text produced by the only code cell containing <paramref name="marker"/>.</summary>
    public string OutputOfCellContaining(string marker) =>
        string.Join("\n", OutputsOf(CellContaining(marker)).Select(o => o.AllText));

    public static ExecutedNotebook Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var sources = new List<string>();
        var types = new List<string>();
        var outputs = new List<CellOutput>();
        var cellTime = TimeSpan.Zero;
        int index = 0;
        foreach (JsonElement cell in document.RootElement.GetProperty("cells").EnumerateArray())
        {
            sources.Add(Join(cell.GetProperty("source")));
            types.Add(cell.GetProperty("cell_type").GetString()!);
            if (cell.TryGetProperty("metadata", out var metadata)
                && metadata.TryGetProperty("execution", out var execution)
                && execution.TryGetProperty("iopub.execute_input", out var started)
                && execution.TryGetProperty("shell.execute_reply", out var ended))
            {
                cellTime += ended.GetDateTimeOffset() - started.GetDateTimeOffset();
            }

            if (cell.TryGetProperty("outputs", out var cellOutputs))
            {
                foreach (JsonElement output in cellOutputs.EnumerateArray())
                {
                    string type = output.GetProperty("output_type").GetString()!;
                    string? html = null, plain = null, error = null, stream = null, text = null;
                    if (output.TryGetProperty("data", out var data))
                    {
                        html = data.TryGetProperty("text/html", out var h) ? Join(h) : null;
                        plain = data.TryGetProperty("text/plain", out var p) ? Join(p) : null;
                    }

                    if (type == "error")
                    {
                        error = (output.TryGetProperty("ename", out var n) ? n.GetString() : "") + ": "
                            + (output.TryGetProperty("evalue", out var v) ? v.GetString() : "");
                    }

                    if (type == "stream")
                    {
                        stream = output.GetProperty("name").GetString();
                        text = Join(output.GetProperty("text"));
                    }

                    outputs.Add(new CellOutput(index, type, html, plain, error, stream, text));
                }
            }

            index++;
        }

        return new ExecutedNotebook(sources, types, outputs, cellTime);
    }

    private static string Join(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString()!;
        }

        var text = new StringBuilder();
        foreach (JsonElement line in element.EnumerateArray())
        {
            text.Append(line.GetString());
        }

        return text.ToString();
    }
}

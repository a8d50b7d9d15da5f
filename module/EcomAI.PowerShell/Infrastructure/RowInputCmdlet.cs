using System.Globalization;
using System.Management.Automation;
using EcomAI.Core.Data;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Base of cmdlets that read a table either from the pipeline (<c>Import-Csv x.csv | Verb-Noun</c>) or from
/// <c>-Path</c> (a CSV read in C#, the fast path). Each row is parsed strictly as it arrives; a bad row becomes a
/// non-terminating ErrorRecord (its ErrorId, InvalidData, the row as target, its line in the message) and the good
/// rows go on to the analysis in <see cref="Analyze"/>.
/// </summary>
/// <typeparam name="TRow">The typed row the cmdlet hands to the core.</typeparam>
public abstract class RowInputCmdlet<TRow> : EcomCmdlet
{
    /// <summary>Parameter set of pipeline input.</summary>
    protected const string PipelineSet = "Pipeline";

    /// <summary>Parameter set of CSV file input.</summary>
    protected const string PathSet = "Path";

    private const int ProgressEvery = 4096;
    private const int FileBlock = 1 << 16;
    private readonly List<TRow> _rows = [];
    private PipelineTable? _table;
    private ColumnBinding? _binding;
    private int[]? _map;
    private int _rejected;

    /// <summary>An input row (a CSV record from Import-Csv, a hashtable, any object with the named properties).</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public PSObject? InputObject { get; set; }

    /// <summary>A CSV file read directly (much faster than Import-Csv for large files).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Rows parsed so far.</summary>
    private protected IReadOnlyList<TRow> Rows => _rows;

    /// <summary>Whether the analysis of these rows is expected to take long enough to announce with Write-Progress.</summary>
    private protected bool IsLargeInput => _rows.Count >= 50_000;

    /// <summary>Number of rows rejected with an error.</summary>
    private protected int RejectedRows => _rejected;

    /// <summary>The input description for messages ("pipeline input" or the file name).</summary>
    private protected string SourceName => _binding?.Source.SourceName ?? "input";

    /// <inheritdoc />
    private protected override object? CurrentTarget => InputObject;

    /// <summary>The columns the cmdlet reads, built from its property-name parameters.</summary>
    private protected abstract IReadOnlyList<InputColumn> InputColumns();

    /// <summary>Called once the input's columns are known (index per <see cref="InputColumns"/>, -1 when an optional column is absent).</summary>
    private protected virtual void OnColumnsResolved(IReadOnlyList<int> map)
    {
    }

    /// <summary>Parses one row; throws <see cref="InputDataException"/> for a bad value. Must be thread-safe: file rows are parsed in parallel.</summary>
    private protected abstract TRow ReadRow(in InputRow row);

    /// <summary>Runs the analysis on the good rows and writes the output.</summary>
    private protected abstract void Analyze(IReadOnlyList<TRow> rows);

    /// <summary>What the rows are, for messages ("transactions").</summary>
    private protected abstract string RowNoun { get; }

    /// <inheritdoc />
    private protected override void ProcessRecordCore()
    {
        if (ParameterSetName != PipelineSet || InputObject is null)
        {
            return;
        }

        if (_table is null)
        {
            var columns = InputColumns();
            _table = new PipelineTable(columns);
            _binding = new ColumnBinding(_table);
        }

        int row;
        try
        {
            row = _table.Add(InputObject);
        }
        catch (InputDataException ex)
        {
            // A missing required property on the first object is a problem with the whole input, not one row.
            ThrowTerminatingError(ErrorMapping.ToRecord(ex, InputObject));
            return;
        }

        // The first object decides which optional columns exist.
        if (_map is null)
        {
            _map = _table.ColumnMap();
            OnColumnsResolved(_map);
        }

        Read(row, InputObject);
        if (row % ProgressEvery == 0)
        {
            Progress($"Reading {RowNoun}", string.Create(CultureInfo.InvariantCulture, $"{row + 1:N0} rows from the pipeline"));
        }
    }

    /// <inheritdoc />
    private protected override void EndProcessingCore()
    {
        if (ParameterSetName == PathSet)
        {
            ReadFile(GetUnresolvedProviderPathFromPSPath(Path));
        }

        if (_binding is null || _binding.Source.RowCount == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"No {RowNoun} were given: pipe rows in or pass -Path with a CSV file that has data rows.");
        }

        Verbose(string.Create(CultureInfo.InvariantCulture,
            $"Read {_rows.Count:N0} {RowNoun} from {SourceName}; {_rejected:N0} rejected with an error."));
        if (_rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput,
                $"All {_rejected:N0} {RowNoun} from {SourceName} were rejected (see the errors above); nothing to analyse.");
        }

        Analyze(_rows);
    }

    private void ReadFile(string path)
    {
        CsvTable table = Timed($"Loaded {System.IO.Path.GetFileName(path)}", () => CsvTable.Load(path));
        _binding = new ColumnBinding(table);
        var columns = InputColumns();
        _map = new int[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            var (primary, others) = columns[c].Lookup;
            _map[c] = columns[c].Required ? _binding.Require(primary, others) : _binding.Find(primary, others);
        }

        OnColumnsResolved(_map);
        int count = table.RowCount;
        _rows.Capacity = count;
        var parsed = new TRow[Math.Min(count, FileBlock)];
        var errors = new InputDataException?[parsed.Length];
        for (int start = 0; start < count; start += FileBlock)
        {
            // Rows are parsed in parallel within a block, then kept and reported in file order, so the output and
            // the error stream are the same whatever the number of cores.
            int length = Math.Min(FileBlock, count - start);
            var binding = _binding;
            var map = _map;
            Parallel.For(0, length, i =>
            {
                try
                {
                    parsed[i] = ReadRow(new InputRow(binding, start + i, map));
                    errors[i] = null;
                }
                catch (InputDataException ex)
                {
                    errors[i] = ex;
                }
            });
            for (int i = 0; i < length; i++)
            {
                if (errors[i] is { } error)
                {
                    _rejected++;
                    WriteInputError(error, RowObject(table, start + i));
                }
                else
                {
                    _rows.Add(parsed[i]);
                }
            }

            Progress($"Reading {RowNoun}", string.Create(CultureInfo.InvariantCulture, $"{start + length:N0} of {count:N0} rows"),
                (int)(100L * (start + length) / count));
        }
    }

    private void Read(int row, PSObject? target)
    {
        try
        {
            _rows.Add(ReadRow(new InputRow(_binding!, row, _map!)));
        }
        catch (InputDataException ex)
        {
            _rejected++;
            WriteInputError(ex, target ?? RowObject(_binding!.Source, row));
        }
    }

    /// <summary>A file row as an object (header names to text), the target of its error record.</summary>
    private static PSObject RowObject(ITabularSource source, int row)
    {
        var result = new PSObject();
        for (int c = 0; c < source.Columns.Count; c++)
        {
            result.Properties.Add(new PSNoteProperty(source.Columns[c], source.GetCell(row, c)));
        }

        return result;
    }
}

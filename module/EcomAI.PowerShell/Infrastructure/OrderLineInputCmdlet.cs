using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.PowerShell.Infrastructure;

/// <summary>
/// Base of every cmdlet that reads a shop's data: order lines (or transactions, ratings, sales, which are order lines with
/// some columns absent) from <c>-Path</c> (CSV, .csv.gz, Parquet), from pipeline objects, or prepared once by
/// <c>Import-EcomOrderLine</c>. The core prepares them (<see cref="OrderLines"/>); this class only binds parameters to its
/// options, shows the preparation report as one warning per rule, and hands the result to <see cref="Analyze"/>.
/// </summary>
public abstract class OrderLineInputCmdlet : EcomCmdlet
{
    /// <summary>Parameter set of pipeline input.</summary>
    protected const string PipelineSet = "Pipeline";

    /// <summary>Parameter set of file input.</summary>
    protected const string PathSet = "Path";

    private PipelineRows? _rows;
    private OrderLineData? _prepared;

    /// <summary>An input row (an Import-Csv record, a hashtable, any object with the named properties), or order lines prepared by Import-EcomOrderLine.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PipelineSet)]
    public PSObject? InputObject { get; set; }

    /// <summary>An order-lines export (or a transactions, ratings or sales file): CSV with any common separator, .csv.gz or Parquet.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Column with the order (invoice) id.</summary>
    [Parameter, SchemaColumn(ColumnRole.OrderId), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? OrderProperty { get; set; }

    /// <summary>Column with the customer id.</summary>
    [Parameter, SchemaColumn(ColumnRole.CustomerId), ArgumentCompleter(typeof(SchemaColumnCompleter)), Alias("UserProperty")]
    public string? CustomerProperty { get; set; }

    /// <summary>Column with the product id.</summary>
    [Parameter, SchemaColumn(ColumnRole.ProductId), ArgumentCompleter(typeof(SchemaColumnCompleter)), Alias("ItemProperty")]
    public string? ProductProperty { get; set; }

    /// <summary>Column with the product description.</summary>
    [Parameter, SchemaColumn(ColumnRole.Description), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? DescriptionProperty { get; set; }

    /// <summary>Column with the quantity.</summary>
    [Parameter, SchemaColumn(ColumnRole.Quantity), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? QuantityProperty { get; set; }

    /// <summary>Column with the unit price.</summary>
    [Parameter, SchemaColumn(ColumnRole.UnitPrice), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? PriceProperty { get; set; }

    /// <summary>Column with the line amount.</summary>
    [Parameter, SchemaColumn(ColumnRole.Amount), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? AmountProperty { get; set; }

    /// <summary>Column with the order date or timestamp.</summary>
    [Parameter, SchemaColumn(ColumnRole.OrderDate), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? DateProperty { get; set; }

    /// <summary>Column with the unit cost.</summary>
    [Parameter, SchemaColumn(ColumnRole.UnitCost), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? CostProperty { get; set; }

    /// <summary>Column with the promotion flag.</summary>
    [Parameter, SchemaColumn(ColumnRole.Promotion), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? PromotionProperty { get; set; }

    /// <summary>Column with a rating (explicit feedback).</summary>
    [Parameter, SchemaColumn(ColumnRole.Rating), ArgumentCompleter(typeof(SchemaColumnCompleter))]
    public string? RatingProperty { get; set; }

    /// <summary>The .NET date pattern of the date column (e.g. 'M/d/yyyy H:mm'), applied strictly; default ISO 8601.</summary>
    [Parameter]
    public string? DateFormat { get; set; }

    /// <summary>The decimal separator of number columns: '.' (default) or ',' (European exports: 2,55), applied strictly.</summary>
    [Parameter]
    public string DecimalSeparator { get; set; } = OrderLineOptions.Default.DecimalSeparator;

    /// <summary>Cancellations and returns: Exclude (default) leaves them out, Net subtracts them, Reject stops at the first.</summary>
    [Parameter]
    public ReturnHandling Returns { get; set; } = OrderLineOptions.Default.Returns;

    /// <summary>Product ids of non-product lines (postage, fees) to leave out; wildcards * and ?.</summary>
    /// <remarks>Also accepted under the core option's name (-ExcludeProducts), which the preparation's postage hint quotes: the alias is that name, not a copy of it.</remarks>
    [Parameter]
    [Alias(nameof(OrderLineOptions.ExcludeProducts))]
    public string[]? ExcludeProduct { get; set; }

    /// <summary>Order ids starting with this text are cancellations (default C; '' for none).</summary>
    [Parameter]
    [AllowEmptyString]
    public string CancellationPrefix { get; set; } = OrderLineOptions.Default.CancellationPrefix;

    /// <summary>Keep exact duplicate lines (by default the second and later copies are dropped and counted).</summary>
    [Parameter]
    public SwitchParameter KeepDuplicates { get; set; }

    /// <summary>One error per line with a bad value (with -ErrorAction Stop, stop at the first), instead of one warning per kind.</summary>
    [Parameter]
    public SwitchParameter Strict { get; set; }

    /// <summary>Output the SQL that prepares the input (for Spark or a review) instead of running the command.</summary>
    [Parameter]
    public SwitchParameter ShowSql { get; set; }

    /// <summary>The CSV text encoding: utf-8, latin-1 or utf-16 (default: UTF-8, falling back to Latin-1 with a warning).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(EncodingCompleter))]
    public string? Encoding { get; set; }

    /// <summary>What the rows are, for messages ("transactions").</summary>
    private protected abstract string RowNoun { get; }

    /// <summary>Whether <see cref="Analyze"/> outputs the prepared data itself (which must then stay open).</summary>
    private protected virtual bool KeepsData => false;

    /// <summary>The sales period of <c>-ShowSql</c>'s period_sales view.</summary>
    private protected virtual SalesPeriod SqlPeriod => OrderLineSql.DefaultSalesPeriod;

    /// <inheritdoc />
    private protected override object? CurrentTarget => InputObject;

    /// <summary>Runs the job on the prepared lines.</summary>
    private protected abstract void Analyze(OrderLineData data);

    /// <summary>The options the parameters describe (every default read from <see cref="OrderLineOptions.Default"/>).</summary>
    internal OrderLineOptions Options()
    {
        var columns = new Dictionary<ColumnRole, string>();
        foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<SchemaColumnAttribute>() is { } column && property.GetValue(this) is string name)
            {
                columns[column.Role] = name;
            }
        }

        return OrderLineOptions.Default with
        {
            Columns = columns,
            DateFormat = DateFormat,
            DecimalSeparator = DecimalSeparator,
            Returns = Returns,
            ExcludeProducts = ExcludeProduct ?? OrderLineOptions.Default.ExcludeProducts,
            CancellationPrefix = CancellationPrefix,
            KeepDuplicates = KeepDuplicates,
            Encoding = Encoding,
        };
    }

    /// <inheritdoc />
    private protected override void ProcessRecordCore()
    {
        if (ParameterSetName != PipelineSet || InputObject is null)
        {
            return;
        }

        if (InputObject.BaseObject is OrderLineData prepared)
        {
            _prepared = prepared;
            return;
        }

        (_rows ??= new PipelineRows()).Add(InputObject);
    }

    /// <inheritdoc />
    private protected override void EndProcessingCore()
    {
        bool owned = _prepared is null;
        OrderLineData data = _prepared ?? Load();
        try
        {
            if (ShowSql)
            {
                WriteObject(data.ToSql(SqlPeriod));
                return;
            }

            if (owned)
            {
                ReportPreparation(data);
            }
            else
            {
                // Import-EcomOrderLine already showed the report; say only where the lines come from.
                Verbose($"Order lines prepared by Import-EcomOrderLine: {data.Report.Summary}");
                if (MyInvocation.BoundParameters.Keys.Any(k => typeof(OrderLineInputCmdlet).GetProperty(k) is { } p && p.DeclaringType == typeof(OrderLineInputCmdlet) && k != nameof(InputObject)))
                {
                    WriteWarning("The order lines were prepared by Import-EcomOrderLine; column and preparation parameters given here are ignored (give them to Import-EcomOrderLine).");
                }
            }

            Analyze(data);
        }
        finally
        {
            if (owned && (!KeepsData || ShowSql))
            {
                data.Dispose();
            }
        }
    }

    /// <summary>Loads the input the parameters name (file or pipeline rows) with the parameters' options.</summary>
    private OrderLineData Load()
    {
        var options = Options();
        if (ParameterSetName == PathSet)
        {
            string path = GetUnresolvedProviderPathFromPSPath(Path);
            Progress($"Reading {RowNoun}", System.IO.Path.GetFileName(path), force: true);
            return Timed($"Loaded and prepared {System.IO.Path.GetFileName(path)}", () => OrderLines.Load(path, options));
        }

        if (_rows is null || _rows.RowCount == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"No {RowNoun} were given: pipe rows in or pass -Path with a file that has data rows.");
        }

        return Timed(string.Create(CultureInfo.InvariantCulture, $"Prepared {_rows.RowCount:N0} pipeline rows"), () => OrderLines.FromTable(_rows, options));
    }

    /// <summary>
    /// Shows the preparation: one warning per rule that applied (count, money, first lines, what was done), or, with
    /// -Strict or -ErrorAction Stop, one error per bad line.
    /// </summary>
    private void ReportPreparation(OrderLineData data)
    {
        var report = data.Report;
        bool perLine = Strict || IsErrorActionStop();
        foreach (var finding in report.Findings)
        {
            if (perLine && finding.IsBadValue)
            {
                continue;
            }

            WriteWarning(finding.Message);
        }

        foreach (string note in report.Notes)
        {
            WriteWarning(note);
        }

        if (perLine && report.BadLines > 0)
        {
            foreach (var error in data.BadLines())
            {
                WriteInputError(error, error.LineNumber is int row && data.Report.Findings.Count > 0 ? _rows?.ItemOf(row) : null);
            }
        }

        Verbose(report.Summary);
    }

    /// <summary>
    /// Whether -ErrorAction Stop was given to this command. The preference variable alone does not count: a script that sets
    /// $ErrorActionPreference = 'Stop' for its own failures still gets the documented default, one warning per kind.
    /// </summary>
    private bool IsErrorActionStop() =>
        MyInvocation.BoundParameters.TryGetValue("ErrorAction", out object? bound) && bound is ActionPreference.Stop;
}

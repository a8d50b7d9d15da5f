using System.Globalization;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Validated sales observations ready for elasticity estimation, with the report of rows a log model could not use.
/// </summary>
/// <remarks>
/// Read from a CSV file (<see cref="Load"/>), a <see cref="DataFrame"/> (<see cref="FromDataFrame"/>), name/value rows
/// such as PowerShell objects (<see cref="FromRows"/>), typed observations (<see cref="FromObservations"/>) or any
/// <see cref="ITabularSource"/> (<see cref="Read"/>). Parsing is strict and culture-invariant: "abc" or "2,5" in a
/// numeric column is an <see cref="InputDataException"/> naming the row and column. Non-positive prices or
/// quantities are excluded and counted (or, with <see cref="SalesReadOptions.Strict"/>, refused when the model named by
/// <see cref="SalesReadOptions.Method"/> cannot use them).
/// </remarks>
public sealed class SalesData
{
    private readonly SaleObservation[] _observations;

    private SalesData(List<SaleObservation> observations, SalesExclusionReport exclusions, string sourceName, SalesPeriod? period = null)
    {
        Period = period;
        _observations = [.. observations];
        Observations = Array.AsReadOnly(_observations);
        Exclusions = exclusions;
        SourceName = sourceName;
    }

    /// <summary>The usable observations (positive price and quantity), in input order (read-only).</summary>
    public IReadOnlyList<SaleObservation> Observations { get; }

    /// <summary>The same rows as an array, for the bulk analysis's inner loop; never handed to callers.</summary>
    internal SaleObservation[] ObservationArray => _observations;

    /// <summary>Rows left out and why.</summary>
    public SalesExclusionReport Exclusions { get; }

    /// <summary>The period each observation covers when the rows were aggregated from order lines (day, week, month); null when the rows were taken as given.</summary>
    public SalesPeriod? Period { get; }

    /// <summary>Where the data came from, for messages.</summary>
    public string SourceName { get; }

    /// <summary>Reads a CSV file with a header (see <see cref="SalesReadOptions"/> for column names).</summary>
    /// <exception cref="InputDataException">The file is missing or malformed, a column is missing or a cell is invalid.</exception>
    public static SalesData Load(string path, SalesReadOptions? options = null) => Read(CsvTable.Load(path), options);

    /// <summary>Reads CSV text with a header.</summary>
    public static SalesData Parse(string csvText, SalesReadOptions? options = null, string sourceName = "CSV text") =>
        Read(CsvTable.Parse(csvText, sourceName), options);

    /// <summary>Reads a DataFrame (the frame is only read).</summary>
    public static SalesData FromDataFrame(DataFrame frame, SalesReadOptions? options = null) => Read(new DataFrameSource(frame), options);

    /// <summary>Reads name/value rows, e.g. PowerShell objects or parsed JSON.</summary>
    public static SalesData FromRows(IEnumerable<IReadOnlyDictionary<string, object?>> rows, SalesReadOptions? options = null) =>
        Read(new RowsSource(rows), options);

    /// <summary>
    /// Reads any objects through their public readable properties, matched by name like CSV columns (so a record with
    /// ProductId, Price, Quantity, Date, UnitCost and Promotion properties just works). Values are parsed as strictly as CSV cells.
    /// </summary>
    public static SalesData FromObjects<T>(IEnumerable<T> items, SalesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is IEnumerable<SaleObservation> observations)
        {
            options ??= SalesReadOptions.Default;
            options.Validate();
            return FromObservations(observations, options.Strict, options.Method);
        }

        return Read(RowsSource.FromObjects(items), options);
    }

    /// <summary>Reads any tabular source.</summary>
    /// <exception cref="InputDataException">A required column is missing, a cell is invalid, the table is empty, or
    /// (strict mode) a price or quantity is not positive.</exception>
    public static SalesData Read(ITabularSource source, SalesReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= SalesReadOptions.Default;
        options.Validate();
        var bind = new ColumnBinding(source);
        bind.RequireRows("price elasticity estimates");
        // Column names come from the one schema (OrderLineSchema), as in every reader and cmdlet.
        int product = bind.Require(options.ProductColumn, ColumnBinding.NamesOf(ColumnRole.ProductId));
        int price = bind.Require(options.PriceColumn, ColumnBinding.NamesOf(ColumnRole.UnitPrice));
        int quantity = bind.Require(options.QuantityColumn, ColumnBinding.NamesOf(ColumnRole.Quantity));
        int date = bind.Find(options.DateColumn, ColumnBinding.NamesOf(ColumnRole.OrderDate));
        int cost = bind.Find(options.UnitCostColumn, ColumnBinding.NamesOf(ColumnRole.UnitCost));
        int promo = bind.Find(options.PromotionColumn, ColumnBinding.NamesOf(ColumnRole.Promotion));
        int minPrice = bind.Find("min_price", ColumnBinding.NamesOf(ColumnRole.MinPrice));
        int maxPrice = bind.Find("max_price", ColumnBinding.NamesOf(ColumnRole.MaxPrice));

        // Identical ids share one string instance: the bulk analysis groups millions of rows by id.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<SaleObservation>(source.RowCount);
        var excluded = new List<ExcludedSale>();
        for (int r = 0; r < source.RowCount; r++)
        {
            string id = bind.ReadId(r, product);
            if (!ids.TryGetValue(id, out string? shared))
            {
                ids[id] = shared = id;
            }

            double p = bind.ReadNumber(r, price);
            double q = bind.ReadNumber(r, quantity);
            DateTime? d = date >= 0 && bind.ReadOptionalText(r, date) is not null ? bind.ReadDate(r, date) : null;
            double? c = bind.ReadOptionalNumber(r, cost);
            if (c is < 0)
            {
                throw bind.CellError(ErrorIds.OutOfRange, r, cost, "a unit cost cannot be negative", "Fix the cost or leave the cell empty.");
            }

            bool onPromotion = bind.ReadFlag(r, promo);
            double? lo = bind.ReadOptionalNumber(r, minPrice), hi = bind.ReadOptionalNumber(r, maxPrice);
            string? reason = ExclusionReason(p, q);
            if (reason is not null)
            {
                // Strict refuses what the model the rows are read for cannot use; a fit in levels takes Q = 0 (kept aside
                // here, as the observations are positive, and given back to it by PricingAnalysis).
                if (options.Strict && DemandModelText.ExclusionReason(options.Method, p, q) is not null)
                {
                    throw bind.CellError(ErrorIds.OutOfRange, r, p > 0 ? quantity : price, reason,
                        $"{DemandModelText.NeedsSentence(options.Method)}: remove the row, or read without Strict to exclude such rows and count them.");
                }

                excluded.Add(new ExcludedSale(r + 1, shared, p, q, reason) { Observation = new SaleObservation(shared, p, q, d, c, onPromotion, lo, hi) });
                continue;
            }

            kept.Add(new SaleObservation(shared, p, q, d, c, onPromotion, lo, hi));
        }

        return new SalesData(kept, Report(excluded), source.SourceName);
    }

    /// <summary>Validates typed observations (id present, finite numbers) and excludes non-positive rows.</summary>
    /// <param name="observations">The rows.</param>
    /// <param name="strict">When true a row that <paramref name="method"/> cannot use is an error instead of an exclusion.</param>
    /// <param name="method">The model the rows are for (default log-log): under <see cref="ElasticityMethod.NonlinearLevels"/>
    /// a zero quantity is data, so strict mode accepts it (it is kept aside and given back to the fit by <see cref="PricingAnalysis"/>).</param>
    /// <exception cref="InputDataException">An id is empty, a number is not finite, a cost is negative, or (strict) a
    /// price or quantity the model cannot use; the message names the model.</exception>
    public static SalesData FromObservations(IEnumerable<SaleObservation> observations, bool strict = false, ElasticityMethod method = ElasticityMethod.LogLog) =>
        FromPeriods(observations, strict, "observations", null, method);

    /// <summary>Observations aggregated per period by the order-lines preparation.</summary>
    internal static SalesData FromPeriods(IEnumerable<SaleObservation> observations, bool strict, string sourceName, SalesPeriod? period,
        ElasticityMethod method = ElasticityMethod.LogLog)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Preconditions.CheckDefined(method, nameof(method));
        var kept = observations is ICollection<SaleObservation> col ? new List<SaleObservation>(col.Count) : [];
        var excluded = new List<ExcludedSale>();
        int row = 0;
        foreach (var o in observations)
        {
            row++;
            Validate(o, row);
            string? reason = ExclusionReason(o.Price, o.Quantity);
            if (reason is null)
            {
                kept.Add(o);
                continue;
            }

            if (strict && DemandModelText.ExclusionReason(method, o.Price, o.Quantity) is not null)
            {
                throw new InputDataException(ErrorIds.OutOfRange,
                    $"observations, row {row} (product '{o.ProductId}'): {reason}. {DemandModelText.NeedsSentence(method)}: " +
                    "remove the row, or pass strict: false to exclude such rows and count them.",
                    row, null, o.Price > 0 ? "Quantity" : "Price", (o.Price > 0 ? o.Quantity : o.Price).ToString(CultureInfo.InvariantCulture));
            }

            excluded.Add(new ExcludedSale(row, o.ProductId, o.Price, o.Quantity, reason) { Observation = o });
        }

        if (row == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "observations has no rows: price elasticity estimates need at least one row.");
        }

        return new SalesData(kept, Report(excluded), sourceName, period);
    }

    /// <summary>The usable observations as a table: product_id, price, quantity, date, unit_cost, promotion.</summary>
    public DataFrame ToDataFrame()
    {
        var o = Observations;
        return new DataFrame(
            new StringDataFrameColumn("product_id", o.Select(x => x.ProductId)),
            new DoubleDataFrameColumn("price", o.Select(x => x.Price)),
            new DoubleDataFrameColumn("quantity", o.Select(x => x.Quantity)),
            new PrimitiveDataFrameColumn<DateTime>("date", o.Select(x => x.Date)),
            new DoubleDataFrameColumn("unit_cost", o.Select(x => x.UnitCost)),
            new BooleanDataFrameColumn("promotion", o.Select(x => x.Promotion)));
    }

    internal static void Validate(in SaleObservation o, int row)
    {
        if (string.IsNullOrWhiteSpace(o.ProductId))
        {
            throw new InputDataException(ErrorIds.MissingValue,
                $"observations, row {row}: the product id is empty. Every observation needs a product id.", row, null, "ProductId", null);
        }

        CheckFinite(o.Price, "Price", o, row);
        CheckFinite(o.Quantity, "Quantity", o, row);
        if (o.UnitCost is double c)
        {
            CheckFinite(c, "UnitCost", o, row);
            if (c < 0)
            {
                throw new InputDataException(ErrorIds.OutOfRange,
                    $"observations, row {row} (product '{o.ProductId}'), UnitCost: a unit cost cannot be negative ({c.ToString(CultureInfo.InvariantCulture)}). Fix the cost or leave it null.",
                    row, null, "UnitCost", c.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    internal static string? ExclusionReason(double price, double quantity) =>
        !(price > 0) ? string.Create(CultureInfo.InvariantCulture, $"price {price} is not positive")
        : !(quantity > 0) ? string.Create(CultureInfo.InvariantCulture, $"quantity {quantity} is not positive")
        : null;

    private static void CheckFinite(double value, string column, in SaleObservation o, int row)
    {
        if (!double.IsFinite(value))
        {
            throw new InputDataException(ErrorIds.NonFiniteNumber,
                $"observations, row {row} (product '{o.ProductId}'), {column}: {value.ToString(CultureInfo.InvariantCulture)} is not a finite number. Remove the row or replace the value with a real number.",
                row, null, column, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static SalesExclusionReport Report(List<ExcludedSale> excluded) =>
        excluded.Count == 0 ? SalesExclusionReport.None : new SalesExclusionReport(excluded);
}

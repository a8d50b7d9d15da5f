using System.Globalization;
using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// Reads transactions from a CSV file, a <see cref="DataFrame"/>, name/value rows or any <see cref="IEnumerable{T}"/>,
/// strictly: a bad value is an <see cref="InputDataException"/> naming the row, the column and what to do.
/// </summary>
/// <remarks>
/// Required columns: customer id, date, amount. Optional: order id, quantity.
/// Empty input → <see cref="ErrorIds.EmptyInput"/>; a missing column → <see cref="ErrorIds.MissingColumn"/>;
/// "abc" or "2,5" → <see cref="ErrorIds.InvalidNumber"/>; NaN or infinity → <see cref="ErrorIds.NonFiniteNumber"/>;
/// a negative amount → <see cref="ErrorIds.OutOfRange"/> unless <see cref="TransactionReadOptions.Returns"/> says otherwise.
/// </remarks>
public static class TransactionReader
{
    // Column names come from the one schema (OrderLineSchema), as in every reader and cmdlet.
    private static readonly string[] CustomerAliases = ColumnBinding.NamesOf(ColumnRole.CustomerId);
    private static readonly string[] DateAliases = ColumnBinding.NamesOf(ColumnRole.OrderDate);
    private static readonly string[] AmountAliases = ColumnBinding.NamesOf(ColumnRole.Amount);
    private static readonly string[] OrderAliases = ColumnBinding.NamesOf(ColumnRole.OrderId);
    private static readonly string[] QuantityAliases = ColumnBinding.NamesOf(ColumnRole.Quantity);

    /// <summary>Reads a CSV file (never modified).</summary>
    public static TransactionData FromCsv(string path, TransactionReadOptions? options = null) =>
        Read(CsvTable.Load(path), options);

    /// <summary>Reads CSV text.</summary>
    public static TransactionData FromCsvText(string csv, TransactionReadOptions? options = null, string sourceName = "CSV text") =>
        Read(CsvTable.Parse(csv, sourceName), options);

    /// <summary>Reads a DataFrame (not modified).</summary>
    public static TransactionData FromDataFrame(DataFrame frame, TransactionReadOptions? options = null) =>
        Read(new DataFrameSource(frame), options);

    /// <summary>Reads name/value rows (e.g. PowerShell objects).</summary>
    public static TransactionData FromRows(IEnumerable<IReadOnlyDictionary<string, object?>> rows, TransactionReadOptions? options = null) =>
        Read(new RowsSource(rows), options);

    /// <summary>Reads any objects through their public readable properties (names matched like CSV columns).</summary>
    public static TransactionData FromObjects<T>(IEnumerable<T> items, TransactionReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (typeof(T) == typeof(Transaction))
        {
            return FromTransactions((IEnumerable<Transaction>)items, options);
        }

        return Read(RowsSource.FromObjects(items), options);
    }

    /// <summary>Validates typed transactions (non-empty ids, finite amounts, the return policy).</summary>
    public static TransactionData FromTransactions(IEnumerable<Transaction> transactions, TransactionReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= TransactionReadOptions.Default;
        options.Validate();
        const string source = "transactions";
        var kept = new List<Transaction>();
        int excluded = 0;
        bool anyOrder = false;
        int index = 0;
        foreach (var t in transactions)
        {
            string where = $"{source}, item {index + 1}";
            if (t is null)
            {
                throw new InputDataException(ErrorIds.MissingValue, $"{where}: the transaction is null. Remove it.", index + 1, null, null, null);
            }

            if (string.IsNullOrWhiteSpace(t.CustomerId))
            {
                throw new InputDataException(ErrorIds.MissingValue,
                    $"{where}, column 'CustomerId': the value is empty. Every row needs an identifier here.", index + 1, null, nameof(Transaction.CustomerId), t.CustomerId);
            }

            if (!double.IsFinite(t.Amount))
            {
                throw new InputDataException(ErrorIds.NonFiniteNumber,
                    $"{where}, column 'Amount': {t.Amount.ToString(CultureInfo.InvariantCulture)} is not a finite number. Remove the row or replace the value with a real number.",
                    index + 1, null, nameof(Transaction.Amount), t.Amount.ToString(CultureInfo.InvariantCulture));
            }

            if (t.Quantity is double q && !double.IsFinite(q))
            {
                throw new InputDataException(ErrorIds.NonFiniteNumber,
                    $"{where}, column 'Quantity': {q.ToString(CultureInfo.InvariantCulture)} is not a finite number. Remove the row or replace the value with a real number.",
                    index + 1, null, nameof(Transaction.Quantity), q.ToString(CultureInfo.InvariantCulture));
            }

            if (t.Amount < 0)
            {
                if (options.Returns == ReturnHandling.Reject)
                {
                    throw NegativeAmount($"{where}, column 'Amount'", t.Amount, index + 1, null, nameof(Transaction.Amount));
                }

                if (options.Returns == ReturnHandling.Exclude)
                {
                    excluded++;
                    index++;
                    continue;
                }
            }

            anyOrder |= t.OrderId is not null;
            kept.Add(t);
            index++;
        }

        if (index == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{source} is empty: RFM needs at least one transaction.");
        }

        RequireKept(kept, source, excluded);
        return new TransactionData(kept.AsReadOnly(), source, anyOrder, excluded, options.Returns);
    }

    /// <summary>Reads any tabular source with the shared strict parser.</summary>
    public static TransactionData Read(ITabularSource source, TransactionReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= TransactionReadOptions.Default;
        options.Validate();
        var bind = new ColumnBinding(source);
        bind.RequireRows("transactions");
        int customer = bind.Require(options.CustomerColumn, CustomerAliases);
        int date = bind.Require(options.DateColumn, DateAliases);
        int amount = bind.Require(options.AmountColumn, AmountAliases);
        int order = bind.Find(options.OrderColumn, OrderAliases);
        int quantity = bind.Find(options.QuantityColumn, QuantityAliases);

        var kept = new List<Transaction>(source.RowCount);
        int excluded = 0;
        for (int row = 0; row < source.RowCount; row++)
        {
            string id = bind.ReadId(row, customer);
            DateTime when = bind.ReadDate(row, date);
            double value = bind.ReadNumber(row, amount);
            string? orderId = bind.ReadOptionalText(row, order);
            double? qty = bind.ReadOptionalNumber(row, quantity);
            if (value < 0)
            {
                if (options.Returns == ReturnHandling.Reject)
                {
                    throw NegativeAmount($"{bind.Where(row)}, column '{source.Columns[amount]}'", value, row + 1, source.LineNumberOf(row), source.Columns[amount]);
                }

                if (options.Returns == ReturnHandling.Exclude)
                {
                    excluded++;
                    continue;
                }
            }

            kept.Add(new Transaction(id, when, value, orderId, qty));
        }

        RequireKept(kept, source.SourceName, excluded);
        return new TransactionData(kept.AsReadOnly(), source.SourceName, order >= 0, excluded, options.Returns);
    }

    private static void RequireKept(List<Transaction> kept, string source, int excluded)
    {
        if (kept.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput,
                $"{source}: all {excluded} rows had a negative amount and were excluded as returns; no purchases are left for RFM.");
        }
    }

    private static InputDataException NegativeAmount(string where, double value, int row, int? line, string column)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        return new InputDataException(ErrorIds.OutOfRange,
            $"{where}: the amount {text} is negative (a return?). Returns are rejected by default: set Returns = Net to " +
            "subtract them from monetary value, or Returns = Exclude to drop them.", row, line, column, text);
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// One row per customer in the form the BG/NBD and Gamma-Gamma models use, following lifetimes' conventions exactly
/// (<c>summary_data_from_transaction_data</c> / <c>calibration_and_holdout_data</c>), sorted by customer id (ordinal).
/// </summary>
/// <remarks>
/// <para>Each transaction's date is mapped to its purchase period (day, Monday-to-Sunday week or calendar month);
/// purchases in the same period are merged into one purchase whose value is the sum of their amounts. Then, per customer:</para>
/// <list type="bullet">
/// <item><b>frequency</b> x = number of periods with a purchase, minus one (the first purchase is not a repeat);</item>
/// <item><b>recency</b> t_x = last purchase period − first purchase period (0 when x = 0);</item>
/// <item><b>T</b> = end of calibration period − first purchase period (the customer's age);</item>
/// <item><b>monetary</b> = mean value of the repeat purchases (period sums after the first); 0 when x = 0.</item>
/// </list>
/// <para>Times are in <see cref="CustomerSummaryOptions.TimeUnit"/>: whole periods by default, or days / 7 (/ 30.436875) with
/// day periods in week (month) units. With a calibration end, holdout frequency = number of periods with a purchase after
/// it (the period containing the calibration end may count in both, as in lifetimes), holdout monetary = their mean
/// value, and the holdout duration = observation end period − calibration end period.</para>
/// </remarks>
public sealed partial class CustomerSummary
{
    private readonly string[] _ids;
    private readonly int[] _frequency;
    private readonly double[] _recency;
    private readonly double[] _t;
    private readonly double[] _monetary;
    private readonly DateTime[]? _firstPurchase;
    private readonly int[]? _holdoutFrequency;
    private readonly double[]? _holdoutMonetary;

    private CustomerSummary(
        string[] ids, int[] frequency, double[] recency, double[] t, double[] monetary, DateTime[]? firstPurchase,
        int[]? holdoutFrequency, double[]? holdoutMonetary, double holdoutDuration, TimeUnit unit, string sourceName)
    {
        _ids = ids;
        _frequency = frequency;
        _recency = recency;
        _t = t;
        _monetary = monetary;
        _firstPurchase = firstPurchase;
        _holdoutFrequency = holdoutFrequency;
        _holdoutMonetary = holdoutMonetary;
        HoldoutDuration = holdoutDuration;
        TimeUnit = unit;
        SourceName = sourceName;
    }

    /// <summary>Number of customers.</summary>
    public int Count => _ids.Length;

    /// <summary>Customer ids, sorted ordinally.</summary>
    public IReadOnlyList<string> CustomerIds => _ids;

    /// <summary>Repeat purchase periods x per customer.</summary>
    public IReadOnlyList<int> Frequency => _frequency;

    /// <summary>Recency t_x per customer (time units from first to last purchase).</summary>
    public IReadOnlyList<double> Recency => _recency;

    /// <summary>Age T per customer (time units from first purchase to the end of the calibration period).</summary>
    public IReadOnlyList<double> T => _t;

    /// <summary>Mean value of the repeat purchases per customer (0 when x = 0).</summary>
    public IReadOnlyList<double> Monetary => _monetary;

    /// <summary>Date of each customer's first purchase; null for a summary given as columns.</summary>
    public IReadOnlyList<DateTime>? FirstPurchase => _firstPurchase;

    /// <summary>Purchase periods after the calibration end per customer; null without a holdout.</summary>
    public IReadOnlyList<int>? HoldoutFrequency => _holdoutFrequency;

    /// <summary>Mean value of the holdout purchases per customer (0 without any); null without a holdout.</summary>
    public IReadOnlyList<double>? HoldoutMonetary => _holdoutMonetary;

    /// <summary>Length of the holdout period in time units (observation end period − calibration end period); 0 without a holdout.</summary>
    public double HoldoutDuration { get; }

    /// <summary>True when the summary has a holdout period.</summary>
    public bool HasHoldout => _holdoutFrequency is not null;

    /// <summary>Unit of recency, T and the holdout duration.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>The options used (null for a summary given as columns).</summary>
    public CustomerSummaryOptions? Options { get; private init; }

    /// <summary>Where the data came from, for messages.</summary>
    public string SourceName { get; }

    /// <summary>Last day of the calibration period (inclusive); null for a summary given as columns.</summary>
    public DateTime? CalibrationEnd { get; private init; }

    /// <summary>Last day of the observation (inclusive); null for a summary given as columns.</summary>
    public DateTime? ObservationEnd { get; private init; }

    /// <summary>Transactions dated after the observation end, left out.</summary>
    public int RowsAfterObservationEnd { get; private init; }

    /// <summary>Customers whose first purchase is after the calibration end (they belong to no calibration cohort), left out.</summary>
    public int CustomersFirstSeenInHoldout { get; private init; }

    /// <summary>Purchases per period of the cohort (null for a summary given as columns).</summary>
    public PurchaseTimeline? Timeline { get; private init; }

    /// <summary>Customers with at least one repeat purchase.</summary>
    public int RepeatCustomers => _frequency.Count(f => f > 0);

    /// <summary>The row of customer <paramref name="index"/>.</summary>
    public CustomerSummaryRow this[int index] => new(
        _ids[index], _frequency[index], _recency[index], _t[index], _monetary[index],
        _holdoutFrequency?[index], _holdoutMonetary?[index]);

    /// <summary>Index of a customer id, or −1.</summary>
    public int IndexOf(string customerId) => Array.BinarySearch(_ids, customerId, StringComparer.Ordinal) is var i and >= 0 ? i : -1;

    /// <summary>
    /// Columns customer_id, frequency, recency, T, monetary_value (lifetimes' names), then first_purchase and, with a
    /// holdout, frequency_holdout, monetary_value_holdout, duration_holdout.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("customer_id", _ids),
            new Int32DataFrameColumn("frequency", _frequency),
            new DoubleDataFrameColumn("recency", _recency),
            new DoubleDataFrameColumn("T", _t),
            new DoubleDataFrameColumn("monetary_value", _monetary),
        };
        if (_firstPurchase is not null)
        {
            columns.Add(new PrimitiveDataFrameColumn<DateTime>("first_purchase", _firstPurchase));
        }

        if (_holdoutFrequency is not null && _holdoutMonetary is not null)
        {
            columns.Add(new Int32DataFrameColumn("frequency_holdout", _holdoutFrequency));
            columns.Add(new DoubleDataFrameColumn("monetary_value_holdout", _holdoutMonetary));
            columns.Add(new DoubleDataFrameColumn("duration_holdout", Enumerable.Repeat(HoldoutDuration, Count)));
        }

        return new DataFrame(columns);
    }
}

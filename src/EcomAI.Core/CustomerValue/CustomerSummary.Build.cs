using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.CustomerValue;

public sealed partial class CustomerSummary
{
    /// <summary>Summarises validated transactions (for example <c>TransactionReader.FromCsv</c> or an order-lines export's transactions).</summary>
    /// <param name="data">Transactions: customer, timestamp, amount (order ids are not needed: purchases are merged per period).</param>
    /// <param name="options">Time unit, purchase period, calibration and observation ends; null for <see cref="CustomerSummaryOptions.Default"/>.</param>
    /// <returns>One row per customer whose first purchase is on or before the calibration end.</returns>
    /// <exception cref="InputDataException">
    /// <see cref="ErrorIds.InvalidOption"/> for an impossible option; <see cref="ErrorIds.EmptyInput"/> when no transaction
    /// falls on or before the calibration end.
    /// </exception>
    public static CustomerSummary FromTransactions(TransactionData data, CustomerSummaryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CustomerSummaryOptions.Default;
        options.Validate();
        var rows = data.Transactions;
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{data.SourceName} has no transactions: a customer summary needs at least one.");
        }

        TimeUnit period = options.EffectivePurchasePeriod;
        double length = Periods.Length(period, options.TimeUnit);
        DateTime lastDate = DateTime.MinValue, firstDate = DateTime.MaxValue;
        foreach (var t in rows)
        {
            DateTime d = t.Timestamp.Date;
            lastDate = d > lastDate ? d : lastDate;
            firstDate = d < firstDate ? d : firstDate;
        }

        DateTime observationEnd = options.ObservationEnd?.Date ?? lastDate;
        DateTime calibrationEnd = options.CalibrationEnd?.Date ?? observationEnd;
        Preconditions.CheckOption(calibrationEnd <= observationEnd, nameof(CustomerSummaryOptions.CalibrationEnd),
            $"{nameof(CustomerSummaryOptions.CalibrationEnd)} = {calibrationEnd:yyyy-MM-dd} is after the observation end {observationEnd:yyyy-MM-dd}: choose an earlier calibration end.");
        if (firstDate > calibrationEnd)
        {
            throw new InputDataException(ErrorIds.EmptyInput, string.Create(CultureInfo.InvariantCulture,
                $"{data.SourceName}: the first transaction ({firstDate:yyyy-MM-dd}) is after the calibration end {calibrationEnd:yyyy-MM-dd}: choose a later calibration end."));
        }

        // Pass 1: customer index per row (first-appearance order), period offset, holdout flag.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int n = rows.Count;
        var customerOf = new int[n];
        int basePeriod = Periods.Index(firstDate, period);
        int calPeriod = Periods.Index(calibrationEnd, period) - basePeriod;
        int endPeriod = Periods.Index(observationEnd, period) - basePeriod;
        int after = 0;
        for (int i = 0; i < n; i++)
        {
            var t = rows[i];
            if (t.Timestamp.Date > observationEnd)
            {
                customerOf[i] = -1;
                after++;
                continue;
            }

            if (!index.TryGetValue(t.CustomerId, out int c))
            {
                c = names.Count;
                index.Add(t.CustomerId, c);
                names.Add(t.CustomerId);
            }

            customerOf[i] = c;
        }

        // Pass 2: rows grouped by customer (counting sort), each keyed by (holdout flag, period offset).
        int customers = names.Count;
        var start = new int[customers + 1];
        for (int i = 0; i < n; i++)
        {
            if (customerOf[i] >= 0)
            {
                start[customerOf[i] + 1]++;
            }
        }

        for (int c = 0; c < customers; c++)
        {
            start[c + 1] += start[c];
        }

        int kept = start[customers];
        var keys = new long[kept];
        var amounts = new double[kept];
        var fill = (int[])start.Clone();
        for (int i = 0; i < n; i++)
        {
            int c = customerOf[i];
            if (c < 0)
            {
                continue;
            }

            var t = rows[i];
            DateTime d = t.Timestamp.Date;
            long holdout = d > calibrationEnd ? 1L : 0L;
            int at = fill[c]++;
            keys[at] = (holdout << 32) | (uint)(Periods.Index(d, period) - basePeriod);
            amounts[at] = t.Amount;
        }

        bool hasHoldout = options.CalibrationEnd is not null;
        var scan = new CustomerScan[customers];
        var repeats = new long[endPeriod + 1];
        var firsts = new long[endPeriod + 1];
        Parallel.For(0, (customers + 4095) / 4096, block =>
        {
            int hi = Math.Min(customers, (block + 1) * 4096);
            for (int c = block * 4096; c < hi; c++)
            {
                Array.Sort(keys, amounts, start[c], start[c + 1] - start[c]);
                scan[c] = Scan(keys, amounts, start[c], start[c + 1], repeats, firsts);
            }
        });

        // Output in ordinal id order, customers first seen in the holdout left out.
        var order = Enumerable.Range(0, customers).Where(c => scan[c].Periods > 0).ToArray();
        var sortedNames = order.Select(c => names[c]).ToArray();
        Array.Sort(sortedNames, order, StringComparer.Ordinal);
        int m = order.Length;
        var frequency = new int[m];
        var recency = new double[m];
        var age = new double[m];
        var monetary = new double[m];
        var first = new DateTime[m];
        var holdoutFrequency = hasHoldout ? new int[m] : null;
        var holdoutMonetary = hasHoldout ? new double[m] : null;
        for (int k = 0; k < m; k++)
        {
            var s = scan[order[k]];
            frequency[k] = s.Periods - 1;
            recency[k] = (s.Last - s.First) * length;
            age[k] = (calPeriod - s.First) * length;
            monetary[k] = s.Periods > 1 ? s.RepeatValue / (s.Periods - 1) : 0.0;
            first[k] = Periods.Start(s.First + basePeriod, period);
            if (hasHoldout)
            {
                holdoutFrequency![k] = s.HoldoutPeriods;
                holdoutMonetary![k] = s.HoldoutPeriods > 0 ? s.HoldoutValue / s.HoldoutPeriods : 0.0;
            }
        }

        // The timeline starts at the cohort's first purchase period (the earliest calibration purchase).
        int origin = 0;
        while (origin < firsts.Length && firsts[origin] == 0)
        {
            origin++;
        }

        var timeline = new PurchaseTimeline(
            Periods.Start(origin + basePeriod, period), period, length,
            firsts[origin..], repeats[origin..], calPeriod - origin);
        return new CustomerSummary(
            sortedNames, frequency, recency, age, monetary, first, holdoutFrequency, holdoutMonetary,
            hasHoldout ? (endPeriod - calPeriod) * length : 0.0, options.TimeUnit, data.SourceName)
        {
            Options = options,
            CalibrationEnd = calibrationEnd,
            ObservationEnd = observationEnd,
            RowsAfterObservationEnd = after,
            CustomersFirstSeenInHoldout = customers - m,
            Timeline = timeline,
        };
    }

    /// <summary>
    /// A summary given as columns (for example a published x, t_x, T table such as CDNOW's), validated: x a whole number
    /// ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 when x = 0, monetary ≥ 0 and 0 when x = 0, all finite.
    /// </summary>
    /// <param name="customerIds">Distinct ids (null: "1", "2", ... in row order).</param>
    /// <param name="frequency">x per customer.</param>
    /// <param name="recency">t_x per customer.</param>
    /// <param name="t">T per customer.</param>
    /// <param name="monetary">Mean repeat purchase value per customer; null when unknown (all 0).</param>
    /// <param name="unit">The unit recency and T are in.</param>
    /// <param name="sourceName">Where the columns came from, for messages.</param>
    /// <exception cref="InputDataException">A value breaks the rules above (the message names the row and column), or the columns differ in length.</exception>
    public static CustomerSummary FromColumns(
        IReadOnlyList<string>? customerIds,
        IReadOnlyList<int> frequency,
        IReadOnlyList<double> recency,
        IReadOnlyList<double> t,
        IReadOnlyList<double>? monetary = null,
        TimeUnit unit = TimeUnit.Week,
        string sourceName = "summary columns")
    {
        ArgumentNullException.ThrowIfNull(frequency);
        ArgumentNullException.ThrowIfNull(recency);
        ArgumentNullException.ThrowIfNull(t);
        Preconditions.CheckDefined(unit, nameof(unit));
        int n = frequency.Count;
        if (recency.Count != n || t.Count != n || (monetary is not null && monetary.Count != n) || (customerIds is not null && customerIds.Count != n))
        {
            throw new InputDataException(ErrorIds.MalformedCsv, string.Create(CultureInfo.InvariantCulture,
                $"{sourceName}: the columns have different lengths (frequency {n}, recency {recency.Count}, T {t.Count}{(monetary is null ? "" : $", monetary {monetary.Count}")}); give one value per customer in each."));
        }

        if (n == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{sourceName} has no customers.");
        }

        var ids = customerIds?.ToArray() ?? Enumerable.Range(1, n).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var x = frequency.ToArray();
        var tx = recency.ToArray();
        var age = t.ToArray();
        var m = monetary?.ToArray() ?? new double[n];
        for (int i = 0; i < n; i++)
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"{sourceName}, row {i + 1}");
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                throw Bad(ErrorIds.MissingValue, $"{where}, column 'customer_id': the id is empty. Give every customer an id.", i, "customer_id", ids[i]);
            }

            if (x[i] < 0)
            {
                throw Bad(ErrorIds.OutOfRange, $"{where}, column 'frequency': {x[i]} is negative; frequency counts repeat purchases (0 or more).", i, "frequency", x[i]);
            }

            if (!double.IsFinite(tx[i]) || !double.IsFinite(age[i]) || !double.IsFinite(m[i]))
            {
                throw Bad(ErrorIds.NonFiniteNumber, $"{where}: recency, T and monetary must be finite numbers.", i, "recency", tx[i]);
            }

            if (tx[i] < 0 || tx[i] > age[i])
            {
                throw Bad(ErrorIds.OutOfRange, string.Create(CultureInfo.InvariantCulture,
                    $"{where}, column 'recency': {tx[i]} is outside [0, T = {age[i]}]; recency is the time from the first to the last purchase and cannot exceed the customer's age T."), i, "recency", tx[i]);
            }

            if (x[i] == 0 && (tx[i] != 0 || m[i] != 0))
            {
                throw Bad(ErrorIds.OutOfRange, $"{where}: frequency is 0 but recency or monetary is not; a customer without repeat purchases has recency 0 and monetary 0 (lifetimes' convention).", i, "recency", tx[i]);
            }

            if (m[i] < 0)
            {
                throw Bad(ErrorIds.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"{where}, column 'monetary_value': {m[i]} is negative; give the mean value of the repeat purchases."), i, "monetary_value", m[i]);
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        var sortedIds = (string[])ids.Clone();
        Array.Sort(sortedIds, order, StringComparer.Ordinal);
        for (int i = 1; i < n; i++)
        {
            if (string.Equals(sortedIds[i], sortedIds[i - 1], StringComparison.Ordinal))
            {
                throw new InputDataException(ErrorIds.InvalidOption, $"{sourceName}: customer '{sortedIds[i]}' appears twice; give one row per customer.");
            }
        }

        return new CustomerSummary(
            sortedIds, order.Select(i => x[i]).ToArray(), order.Select(i => tx[i]).ToArray(), order.Select(i => age[i]).ToArray(),
            order.Select(i => m[i]).ToArray(), null, null, null, 0.0, unit, sourceName);
    }

    private static InputDataException Bad(string id, string message, int row, string column, object value) =>
        new(id, message, row + 1, null, column, Convert.ToString(value, CultureInfo.InvariantCulture));

    /// <summary>One customer's rows (sorted by holdout flag, then period): distinct periods and values.</summary>
    private static CustomerScan Scan(long[] keys, double[] amounts, int from, int to, long[] repeats, long[] firsts)
    {
        var s = new CustomerScan { First = -1, Last = -1 };
        int lastCalibration = -1, previousHoldout = -1;
        double periodValue = 0;
        int i = from;

        // Calibration rows (flag 0): merge each period, the first period is the first purchase.
        while (i < to && (keys[i] >> 32) == 0)
        {
            int p = (int)(keys[i] & 0xFFFFFFFF);
            periodValue = 0;
            while (i < to && keys[i] == p)
            {
                periodValue += amounts[i++];
            }

            if (s.Periods == 0)
            {
                s.First = p;
                Interlocked.Increment(ref firsts[p]);
            }
            else
            {
                s.RepeatValue += periodValue;
                Interlocked.Increment(ref repeats[p]);
            }

            s.Periods++;
            s.Last = p;
            lastCalibration = p;
        }

        if (s.Periods == 0)
        {
            return s; // first purchase in the holdout: not in the cohort
        }

        // Holdout rows: merged per period; the period holding the calibration end may already be counted above.
        while (i < to)
        {
            long key = keys[i];
            int p = (int)(key & 0xFFFFFFFF);
            periodValue = 0;
            while (i < to && keys[i] == key)
            {
                periodValue += amounts[i++];
            }

            s.HoldoutPeriods++;
            s.HoldoutValue += periodValue;
            if (p != lastCalibration && p != previousHoldout)
            {
                Interlocked.Increment(ref repeats[p]);
            }

            previousHoldout = p;
        }

        return s;
    }

    private struct CustomerScan
    {
        public int Periods;
        public int First;
        public int Last;
        public double RepeatValue;
        public int HoldoutPeriods;
        public double HoldoutValue;
    }
}

using EcomAI.Core.Data;

namespace EcomAI.Core.Segmentation;

/// <summary>Computes recency, frequency, monetary value and their 1–5 quintile scores per customer.</summary>
/// <remarks>
/// <para>Recency = calendar days from the customer's last purchase date to the as-of date (default: the day after the
/// last transaction). Frequency = distinct order ids among the customer's purchases when an order-id column exists
/// (a purchase row without an order id counts as its own order), otherwise the number of purchase rows.
/// Monetary = sum of amounts (returns included under <see cref="ReturnHandling.Net"/>), or that sum / frequency.</para>
/// <para>Scores (see <see cref="QuintileScores"/>): with r = the 1-based rank of a value in ascending order where
/// tied values share the lowest rank of their group (pandas <c>rank(method='min')</c>) and n customers,
/// score = 1 + ⌊5 (r − 1) / n⌋. Equal values always get equal scores, and the result does not depend on row order.
/// Recency is ranked on −days so the most recent customers score 5.</para>
/// </remarks>
public static class Rfm
{
    /// <summary>RFM from typed transactions with default options (returns rejected, as-of the day after the last transaction).</summary>
    public static RfmTable FromTransactions(IEnumerable<Transaction> transactions, DateTime? asOf = null) =>
        FromTransactions(TransactionReader.FromTransactions(transactions), new RfmOptions { AsOf = asOf });

    /// <summary>RFM from validated transactions.</summary>
    public static RfmTable FromTransactions(TransactionData data, RfmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= RfmOptions.Default;
        options.Validate();
        if (data.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"{data.SourceName} has no transactions: RFM needs at least one.");
        }

        DateTime asOf = options.AsOf?.Date ?? data.Transactions.Max(t => t.Timestamp).Date.AddDays(1);
        var customers = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var late = new HashSet<string>(StringComparer.Ordinal);
        int afterAsOf = 0;
        foreach (var t in data.Transactions)
        {
            if (t.Timestamp >= asOf)
            {
                afterAsOf++;
                late.Add(t.CustomerId);
                continue;
            }

            if (!customers.TryGetValue(t.CustomerId, out var acc))
            {
                acc = new Accumulator();
                customers.Add(t.CustomerId, acc);
            }

            acc.Total += t.Amount;
            if (t.Amount >= 0)
            {
                acc.Purchases++;
                if (t.Timestamp > acc.Last)
                {
                    acc.Last = t.Timestamp;
                }

                if (t.OrderId is not null)
                {
                    acc.Orders.Add(t.OrderId);
                }
                else
                {
                    acc.UnnamedOrders++;
                }
            }
        }

        var ids = customers.Where(c => c.Value.Purchases > 0).Select(c => c.Key).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var refundOnly = customers.Where(c => c.Value.Purchases == 0).Select(c => c.Key).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var onlyLate = late.Where(id => !customers.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var exclusions = new RfmExclusions(data.Returns, data.ExcludedReturnRows, afterAsOf, Array.AsReadOnly(onlyLate), Array.AsReadOnly(refundOnly))
        {
            CustomersOnlyReturnsExcluded = data.ReturnOnlyCustomersExcluded,
        };
        if (ids.Length == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, customers.Count == 0
                ? $"{data.SourceName}: all {afterAsOf} transactions are on or after the as-of date {asOf:yyyy-MM-dd}; choose a later as-of date."
                : $"{data.SourceName}: no customer has a purchase before {asOf:yyyy-MM-dd}, only returns ({RfmExclusions.Ids(refundOnly)}); RFM needs purchases.");
        }

        int n = ids.Length;
        var recency = new double[n];
        var frequency = new int[n];
        var monetary = new double[n];
        for (int i = 0; i < n; i++)
        {
            var acc = customers[ids[i]];
            recency[i] = (asOf - acc.Last.Date).Days;
            frequency[i] = data.HasOrderIds ? acc.Orders.Count + acc.UnnamedOrders : acc.Purchases;
            monetary[i] = options.Monetary == MonetaryKind.Total ? acc.Total : acc.Total / frequency[i];
        }

        int[] r = QuintileScores(recency.Select(v => -v).ToArray());
        int[] f = QuintileScores(frequency.Select(v => (double)v).ToArray());
        int[] m = QuintileScores(monetary);
        var rows = new RfmRecord[n];
        for (int i = 0; i < n; i++)
        {
            rows[i] = new RfmRecord(ids[i], customers[ids[i]].Last, (int)recency[i], frequency[i], monetary[i], r[i], f[i], m[i]);
        }

        return new RfmTable(Array.AsReadOnly(rows), asOf, options.Monetary, data.HasOrderIds, exclusions);
    }

    /// <summary>1–5 scores: score = 1 + ⌊5 (r − 1) / n⌋ with r the ascending min-rank (ties share their lowest rank).</summary>
    /// <param name="values">Values; higher is better.</param>
    public static int[] QuintileScores(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        var order = Enumerable.Range(0, n).ToArray();
        var keys = values.ToArray();
        Array.Sort(keys, order);
        var scores = new int[n];
        int start = 0;
        while (start < n)
        {
            int end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
            {
                end++;
            }

            // rank (1-based, min method) = start + 1, so r - 1 = start.
            int score = 1 + (int)(5L * start / n);
            for (int j = start; j <= end; j++)
            {
                scores[order[j]] = score;
            }

            start = end + 1;
        }

        return scores;
    }

    private sealed class Accumulator
    {
        public double Total;
        public int Purchases;
        public int UnnamedOrders;
        public DateTime Last = DateTime.MinValue;
        public HashSet<string> Orders { get; } = new(StringComparer.Ordinal);
    }
}

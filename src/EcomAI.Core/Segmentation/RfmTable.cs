using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>RFM values and scores per customer, sorted by customer id (ordinal).</summary>
/// <param name="Customers">One row per customer with at least one purchase.</param>
/// <param name="AsOf">The date recency was measured from.</param>
/// <param name="Monetary">Whether monetary is the total or the mean per order.</param>
/// <param name="FrequencyCountsOrders">True when frequency counts distinct order ids; false when it counts purchase rows.</param>
/// <param name="Exclusions">Rows and customers left out on the way (returns, transactions after the as-of date, refund-only customers).</param>
public sealed record RfmTable(
    IReadOnlyList<RfmRecord> Customers,
    DateTime AsOf,
    MonetaryKind Monetary,
    bool FrequencyCountsOrders,
    RfmExclusions Exclusions)
{
    /// <summary>Number of customers.</summary>
    public int Count => Customers.Count;

    /// <summary>
    /// Customers whose monetary value is negative (refunds larger than purchases under <see cref="ReturnHandling.Net"/>),
    /// in table order. They are kept: segmentation transforms monetary with the signed log (see <see cref="FeatureScaler"/>).
    /// </summary>
    public IReadOnlyList<string> CustomersWithNegativeMonetary =>
        Customers.Where(c => c.Monetary < 0).Select(c => c.CustomerId).ToList().AsReadOnly();

    /// <summary>Arithmetic means over the customers: recency days, frequency, monetary.</summary>
    public (double RecencyDays, double Frequency, double Monetary) Averages =>
        Count == 0 ? (double.NaN, double.NaN, double.NaN)
            : (Customers.Average(c => (double)c.RecencyDays), Customers.Average(c => (double)c.Frequency), Customers.Average(c => c.Monetary));

    /// <summary>
    /// The R, F and M scores that the given values would get among this table's customers: score = 1 + ⌊5 w / n⌋ with w
    /// the customers strictly worse (more days; fewer orders; less money), at most 5. For a customer of the table these
    /// are its own scores. Builds an index, O(n log n).
    /// </summary>
    public (int R, int F, int M) ScoreOf(double recencyDays, double frequency, double monetary)
    {
        var index = new RfmScoreIndex(this);
        return (index.RScore(recencyDays), index.FScore(frequency), index.MScore(monetary));
    }

    /// <summary>
    /// This table with every customer's scores recomputed against <paramref name="reference"/>'s customers (same
    /// values, the reference's cut points), e.g. to place customers at a later date on the map of an earlier one,
    /// so that a move between segments is a change of behaviour, not a re-ranking.
    /// </summary>
    public RfmTable RescoreAgainst(RfmTable reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Count == 0)
        {
            throw new ArgumentException("The reference table has no customers to score against.", nameof(reference));
        }

        var index = new RfmScoreIndex(reference);
        var rows = Customers.Select(c => c with
        {
            RScore = index.RScore(c.RecencyDays),
            FScore = index.FScore(c.Frequency),
            MScore = index.MScore(c.Monetary),
        }).ToArray();
        return this with { Customers = Array.AsReadOnly(rows) };
    }

    /// <summary>
    /// The three raw features as an n × 3 matrix (recency days, frequency, monetary), the input of
    /// <see cref="CustomerSegmentation"/>.
    /// </summary>
    public double[,] ToFeatureArray()
    {
        var x = new double[Customers.Count, 3];
        for (int i = 0; i < Customers.Count; i++)
        {
            x[i, 0] = Customers[i].RecencyDays;
            x[i, 1] = Customers[i].Frequency;
            x[i, 2] = Customers[i].Monetary;
        }

        return x;
    }

    /// <summary>Columns customer_id, last_purchase, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_code.</summary>
    public DataFrame ToDataFrame()
    {
        var ids = new StringDataFrameColumn("customer_id");
        var last = new PrimitiveDataFrameColumn<DateTime>("last_purchase");
        var recency = new Int32DataFrameColumn("recency_days");
        var frequency = new Int32DataFrameColumn("frequency");
        var monetary = new DoubleDataFrameColumn("monetary");
        var r = new Int32DataFrameColumn("r_score");
        var f = new Int32DataFrameColumn("f_score");
        var m = new Int32DataFrameColumn("m_score");
        var code = new StringDataFrameColumn("rfm_code");
        foreach (var c in Customers)
        {
            ids.Append(c.CustomerId);
            last.Append(c.LastPurchase);
            recency.Append(c.RecencyDays);
            frequency.Append(c.Frequency);
            monetary.Append(c.Monetary);
            r.Append(c.RScore);
            f.Append(c.FScore);
            m.Append(c.MScore);
            code.Append(c.Code);
        }

        return new DataFrame(ids, last, recency, frequency, monetary, r, f, m, code);
    }
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.Segmentation;

/// <summary>RFM values and scores per customer, sorted by customer id (ordinal).</summary>
/// <param name="Customers">One row per customer with at least one purchase.</param>
/// <param name="AsOf">The date recency was measured from.</param>
/// <param name="Monetary">Whether monetary is the total or the mean per order.</param>
/// <param name="FrequencyCountsOrders">True when frequency counts distinct order ids; false when it counts purchase rows.</param>
/// <param name="RowsAfterAsOfExcluded">Transactions dated on or after the as-of date, left out.</param>
/// <param name="CustomersWithoutPurchases">Customers with only returns (under <see cref="ReturnHandling.Net"/>), left out.</param>
public sealed record RfmTable(
    IReadOnlyList<RfmRecord> Customers,
    DateTime AsOf,
    MonetaryKind Monetary,
    bool FrequencyCountsOrders,
    int RowsAfterAsOfExcluded,
    int CustomersWithoutPurchases)
{
    /// <summary>Number of customers.</summary>
    public int Count => Customers.Count;

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

using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class RfmTests
{
    // Hand-made table. Last transaction 2024-03-10, so as-of defaults to 2024-03-11 (2024 is a leap year).
    private const string Orders =
        "customer_id,order_id,date,amount\n" +
        "A,O1,2024-03-10,30\nA,O1,2024-03-10,20\nA,O2,2024-03-01,50\n" +
        "B,O3,2024-01-01,10\n" +
        "C,O4,2024-03-05,40\nC,O5,2024-02-20,40\nC,O6,2024-02-01,40\n" +
        "D,O7,2024-03-10,5\n" +
        "E,O8,2024-02-11,100\nE,O9,2024-02-11,1\n";

    [Fact]
    public void FromTransactions_HandMadeTable_ValuesScoresAndCodes()
    {
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders));
        Assert.Equal(new DateTime(2024, 3, 11), rfm.AsOf);
        Assert.True(rfm.FrequencyCountsOrders);
        // Recency: A 1, B 70 (31 + 29 + 10), C 6, D 1, E 29 (18 + 11). Frequency: distinct orders. Monetary: totals.
        // n = 5, so score = 1 + ⌊5 (r − 1) / 5⌋ = r, the min-rank:
        // R on −days: B(−70) 1, E(−29) 2, C(−6) 3, A and D (−1) tie at rank 4.
        // F: B and D (1) rank 1, A and E (2) rank 3, C (3) rank 5.   M: D 5, B 10, A 100, E 101, C 120 → 1..5.
        var expected = new[]
        {
            new RfmRecord("A", new DateTime(2024, 3, 10), 1, 2, 100, 4, 3, 3),
            new RfmRecord("B", new DateTime(2024, 1, 1), 70, 1, 10, 1, 1, 2),
            new RfmRecord("C", new DateTime(2024, 3, 5), 6, 3, 120, 3, 5, 5),
            new RfmRecord("D", new DateTime(2024, 3, 10), 1, 1, 5, 4, 1, 1),
            new RfmRecord("E", new DateTime(2024, 2, 11), 29, 2, 101, 2, 3, 4),
        };
        Assert.Equal(expected, rfm.Customers);
        Assert.Equal(["433", "112", "355", "411", "234"], rfm.Customers.Select(c => c.Code));
    }

    [Fact]
    public void FromTransactions_MeanMonetary_TotalDividedByOrders()
    {
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders), new RfmOptions { Monetary = MonetaryKind.Mean });
        Assert.Equal(50, rfm.Customers[0].Monetary);        // A: 100 over 2 orders
        Assert.Equal(40, rfm.Customers[2].Monetary);        // C: 120 over 3 orders
        Assert.Equal(MonetaryKind.Mean, rfm.Monetary);
    }

    [Fact]
    public void FromTransactions_NoOrderIds_FrequencyCountsRows()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\nA,2024-01-01,1\nA,2024-01-01,2\nA,2024-01-02,3\nB,2024-01-02,1\n");
        var rfm = Rfm.FromTransactions(data);
        Assert.False(rfm.FrequencyCountsOrders);
        Assert.Equal(3, rfm.Customers[0].Frequency);
    }

    [Fact]
    public void FromTransactions_ExplicitAsOf_LaterRowsExcludedAndCounted()
    {
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders), new RfmOptions { AsOf = new DateTime(2024, 3, 6) });
        // Rows on or after 2024-03-06: A's O1 (2 rows) and D's O7. D then has no purchase and disappears.
        Assert.Equal(3, rfm.Exclusions.RowsAfterAsOf);
        Assert.Equal(["D"], rfm.Exclusions.CustomersOnlyAfterAsOf);
        Assert.Equal(["A", "B", "C", "E"], rfm.Customers.Select(c => c.CustomerId));
        Assert.Equal("Left out of RFM: 3 transactions dated on or after the as-of date; 1 customer whose transactions are all on or after the as-of date (D).",
            rfm.Exclusions.Summary);
        Assert.Equal(5, rfm.Customers[0].RecencyDays); // A's last purchase before as-of: 2024-03-01
        Assert.Equal(1, rfm.Customers[0].Frequency);
    }

    [Fact]
    public void FromTransactions_AsOfBeforeAllRows_EmptyInput()
    {
        var ex = Assert.Throws<InputDataException>(() => Rfm.FromTransactions(TransactionReader.FromCsvText(Orders), new RfmOptions { AsOf = new DateTime(2023, 1, 1) }));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("all 10 transactions are on or after the as-of date 2023-01-01", ex.Message);
    }

    [Fact]
    public void FromTransactions_NetReturns_SubtractedButNotOrdersOrRecency()
    {
        string csv = "customer_id,order_id,date,amount\nA,O1,2024-01-01,100\nA,R1,2024-01-20,-30\nB,O2,2024-01-10,50\nZ,R2,2024-01-15,-5\n";
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(csv, new TransactionReadOptions { Returns = ReturnHandling.Net }));
        var a = rfm.Customers[0];
        Assert.Equal(70, a.Monetary);
        Assert.Equal(1, a.Frequency);                         // the return is not an order
        Assert.Equal(new DateTime(2024, 1, 1), a.LastPurchase); // nor a purchase
        Assert.Equal(["Z"], rfm.Exclusions.CustomersWithoutPurchases); // Z only returned
        Assert.Equal(["A", "B"], rfm.Customers.Select(c => c.CustomerId));
        Assert.Equal("Left out of RFM: 1 customer with only returns, no purchase (Z).", rfm.Exclusions.Summary);
    }

    [Fact]
    public void FromTransactions_NetReturnsExceedPurchases_NegativeMonetaryKeptAndListed()
    {
        // A: 20 − 50 = −30 (refunds of an earlier period); the customer stays, with a negative monetary value.
        string csv = "customer_id,date,amount\nA,2024-01-01,20\nA,2024-01-05,-50\nB,2024-01-02,10\n";
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(csv, new TransactionReadOptions { Returns = ReturnHandling.Net }));
        Assert.Equal(-30, rfm.Customers[0].Monetary);
        Assert.Equal(["A"], rfm.CustomersWithNegativeMonetary);
        Assert.Equal(1, rfm.Customers[0].MScore); // the lowest spend
        Assert.False(rfm.Exclusions.Any);
    }

    [Fact]
    public void FromTransactions_ExcludedReturns_CountedInTheExclusions()
    {
        string csv = "customer_id,date,amount\nA,2024-01-01,20\nA,2024-01-05,-5\nB,2024-01-02,10\nB,2024-01-03,-1\n";
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(csv, new TransactionReadOptions { Returns = ReturnHandling.Exclude }));
        Assert.Equal(2, rfm.Exclusions.ReturnRowsExcluded);
        Assert.Equal("Left out of RFM: 2 return rows with a negative amount (Returns = Exclude).", rfm.Exclusions.Summary);
    }

    [Fact]
    public void FromTransactions_ExcludedReturnsOfARefundOnlyCustomer_NamedWhenTheReadRowsAreGiven()
    {
        string csv = "customer_id,date,amount\nA,2024-01-01,20\nA,2024-01-05,-5\nZ,2024-01-02,-10\nB,2024-01-03,7\n";
        var options = new TransactionReadOptions { Returns = ReturnHandling.Exclude };
        var read = TransactionReader.FromCsvText(csv, options with { Returns = ReturnHandling.Net }).Transactions; // every row, as read
        var data = TransactionReader.FromCsvText(csv, options).WithReturnOnlyCustomers(read);
        Assert.Equal(["Z"], data.ReturnOnlyCustomersExcluded);
        var rfm = Rfm.FromTransactions(data);
        Assert.Equal(["A", "B"], rfm.Customers.Select(c => c.CustomerId));
        Assert.Equal("Left out of RFM: 2 return rows with a negative amount (Returns = Exclude), all the rows of 1 customer with only returns (Z).",
            rfm.Exclusions.Summary);
    }

    [Fact]
    public void FromTransactions_OnlyRefunds_EmptyInputNamingTheCustomers()
    {
        string csv = "customer_id,date,amount\nQ,2024-01-01,-20\nP,2024-01-05,-5\n";
        var ex = Assert.Throws<InputDataException>(() =>
            Rfm.FromTransactions(TransactionReader.FromCsvText(csv, new TransactionReadOptions { Returns = ReturnHandling.Net })));
        Assert.Equal(ErrorIds.EmptyInput, ex.ErrorId);
        Assert.Contains("only returns (P, Q)", ex.Message);
    }

    [Fact]
    public void ScoreOf_MembersGetTheirOwnScores_AndValuesBeyondTheRangeScoreOneOrFive()
    {
        var rfm = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders));
        foreach (var c in rfm.Customers)
        {
            Assert.Equal((c.RScore, c.FScore, c.MScore), rfm.ScoreOf(c.RecencyDays, c.Frequency, c.Monetary));
        }

        // Recency 0 days beats everyone (5 customers worse → capped at 5); 1,000 days beats no one → 1.
        // Frequency 2.5: 4 customers below (B, D with 1 order; A, E with 2) → 1 + ⌊5·4/5⌋ = 5. Monetary 100.5: D, B, A below → 1 + 3 = 4.
        Assert.Equal((5, 5, 4), rfm.ScoreOf(0, 2.5, 100.5));
        Assert.Equal((1, 1, 1), rfm.ScoreOf(1000, 0, -1));
    }

    [Fact]
    public void RescoreAgainst_ScoresAgainstTheReferenceCutPoints()
    {
        var reference = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders));
        // Later: X last bought 40 days ago (reference days 1, 70, 6, 1, 29 → only B's 70 is worse → R = 1 + ⌊5·1/5⌋ = 2),
        // 3 orders (B, D, A, E below → 5), spend 5 (nobody below → 1).
        var later = Rfm.FromTransactions(TransactionReader.FromCsvText("customer_id,date,amount\nX,2024-02-01,2\nX,2024-02-01,2\nX,2024-02-01,1\n"),
            new RfmOptions { AsOf = new DateTime(2024, 3, 12) });
        var rescored = later.RescoreAgainst(reference).Customers.Single();
        Assert.Equal(40, rescored.RecencyDays);
        Assert.Equal((2, 5, 1), (rescored.RScore, rescored.FScore, rescored.MScore));
    }

    [Fact]
    public void QuintileScores_DistinctValues_TwoPerScore()
    {
        // 10 distinct values: ⌊5 (r − 1) / 10⌋ = 0,0,1,1,2,2,3,3,4,4.
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], Rfm.QuintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    }

    [Fact]
    public void QuintileScores_TiesShareTheLowestRank_IndependentOfOrder()
    {
        Assert.Equal([4, 1, 2, 2, 5], Rfm.QuintileScores([3, 1, 2, 2, 5]));
        Assert.Equal([2, 2, 4, 1, 5], Rfm.QuintileScores([2, 2, 3, 1, 5]));
        // All equal: everyone has rank 1 → score 1.
        Assert.Equal([1, 1, 1], Rfm.QuintileScores([7, 7, 7]));
    }

    [Fact]
    public void QuintileScores_SingleValue_ScoreOne()
    {
        Assert.Equal([1], Rfm.QuintileScores([42]));
    }

    [Fact]
    public void FromTransactions_RowOrderShuffled_SameTable()
    {
        var lines = Orders.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string shuffled = lines[0] + "\n" + string.Join("\n", lines.Skip(1).Reverse()) + "\n";
        Assert.Equal(Rfm.FromTransactions(TransactionReader.FromCsvText(Orders)).Customers,
            Rfm.FromTransactions(TransactionReader.FromCsvText(shuffled)).Customers);
    }

    [Fact]
    public void ToDataFrame_ColumnsAndValues()
    {
        var frame = Rfm.FromTransactions(TransactionReader.FromCsvText(Orders)).ToDataFrame();
        Assert.Equal(["customer_id", "last_purchase", "recency_days", "frequency", "monetary", "r_score", "f_score", "m_score", "rfm_code"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal("355", frame.Columns["rfm_code"][2]);
        Assert.Equal(70, frame.Columns["recency_days"][1]);
    }

    [Fact]
    public void FromTransactions_BadMonetaryOption_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => Rfm.FromTransactions(TransactionReader.FromCsvText(Orders), new RfmOptions { Monetary = (MonetaryKind)9 }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains("Monetary = 9", ex.Message);
    }
}

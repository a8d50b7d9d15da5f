using EcomAI.Core.Data;
using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

public class CustomerSegmentationTests
{
    private static (SegmentationResult Result, GeneratedTransactions Truth) FitGenerated(int customers, int seed, int? threads = null)
    {
        var generated = TransactionGenerator.Generate(customers, seed);
        var result = CustomerSegmentation.Fit(generated.ToTransactionData(),
            new SegmentationOptions { K = TransactionGenerator.SegmentNames.Count, Seed = 3, MaxDegreeOfParallelism = threads });
        return (result, generated);
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(3000, 7)]
    public void Fit_GeneratorData_RecoversLatentSegments(int customers, int seed)
    {
        var (result, generated) = FitGenerated(customers, seed);
        var truth = result.Customers.Select(c => generated.TrueSegment[c.CustomerId]).ToArray();
        var found = result.Customers.Select(c => c.Segment).ToArray();
        double ari = ClusterMetrics.AdjustedRandIndex(truth, found);
        Assert.True(ari >= 0.95, $"adjusted Rand index {ari}");
    }

    [Fact]
    public void Fit_GeneratorData_LabelsNameTheLatentSegments()
    {
        var (result, generated) = FitGenerated(2000, 5);
        // The label of the segment holding most of each latent segment's customers should be that segment's type.
        for (int s = 0; s < TransactionGenerator.SegmentNames.Count; s++)
        {
            string majority = result.Customers.Where(c => generated.TrueSegment[c.CustomerId] == s)
                .GroupBy(c => c.Label).OrderByDescending(g => g.Count()).First().Key;
            Assert.Equal(TransactionGenerator.SegmentNames[s], majority);
        }

        Assert.Equal(5, result.Profiles.Select(p => p.Label).Distinct().Count());
    }

    [Fact]
    public void Fit_ProfilesAreMeansOfMembersInOriginalUnits()
    {
        var (result, _) = FitGenerated(800, 2);
        Assert.Equal(800, result.Profiles.Sum(p => p.Size));
        Assert.Equal(1.0, result.Profiles.Sum(p => p.Share), 12);
        foreach (var p in result.Profiles)
        {
            var members = result.Customers.Where(c => c.Segment == p.Segment).ToArray();
            Assert.Equal(members.Length, p.Size);
            Assert.Equal(members.Average(c => c.Monetary), p.MeanMonetary, 9);
            Assert.Equal(members.Average(c => (double)c.RecencyDays), p.MeanRecencyDays, 9);
            Assert.All(members, c => Assert.Equal(p.Label, c.Label));
        }

        // Segments are numbered in the map's order (Champions first, Lost last).
        var positions = result.Profiles.Select(p => RfmSegmentMap.IndexOf(p.MapSegment)).ToArray();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(Enumerable.Range(1, result.K), result.Profiles.Select(p => p.Segment));
    }

    [Fact]
    public void Fit_OneVersusManyThreads_IdenticalAssignments()
    {
        var (one, _) = FitGenerated(1500, 4, threads: 1);
        var (many, _) = FitGenerated(1500, 4, threads: 6);
        Assert.Equal(one.Customers, many.Customers);
        Assert.Equal(one.Profiles, many.Profiles);
    }

    [Fact]
    public void Fit_KNull_ChoosesKAndReportsTheSearch()
    {
        var generated = TransactionGenerator.Generate(600, 3);
        var result = CustomerSegmentation.Fit(generated.ToTransactionData(), new SegmentationOptions { K = null, MinK = 2, MaxK = 6, Restarts = 3 });
        Assert.NotNull(result.Quality);
        Assert.Equal(result.Quality!.RecommendedK, result.K);
        Assert.Equal([2, 3, 4, 5, 6], result.Quality.Rows.Select(r => r.K));
    }

    [Fact]
    public void Fit_MoreSegmentsThanCustomers_InsufficientData()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\nb,2024-01-03,7\n");
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = 3 }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("K = 3 is more than the 2 distinct points", ex.Message);
        Assert.Contains("Lower K to at most 2", ex.Message);
    }

    [Fact]
    public void Fit_IdenticalCustomers_InsufficientDataNamingDistinctPoints()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\nb,2024-01-01,5\nc,2024-01-01,5\n");
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2 }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("K = 2 is more than the 1 distinct point (", ex.Message);
    }

    [Fact]
    public void Fit_KEqualsN_EveryCustomerItsOwnSegmentWithUniqueNames()
    {
        var data = TransactionReader.FromCsvText(
            "customer_id,date,amount\na,2024-01-30,500\na,2024-01-20,400\nb,2024-01-29,20\nc,2023-09-01,30\nd,2023-06-01,5\n");
        var result = CustomerSegmentation.Fit(data, new SegmentationOptions { K = 4, Seed = 1 });
        Assert.Equal(4, result.K);
        Assert.All(result.Profiles, p => Assert.Equal(1, p.Size));
        Assert.Equal(4, result.Profiles.Select(p => p.Label).Distinct().Count());
        Assert.All(result.Customers, c => Assert.Equal(0, c.DistanceToCentre, 12));
    }

    [Fact]
    public void Fit_AutomaticKWithFewerDistinctPointsThanSmallestK_InsufficientDataSayingWhatWorks()
    {
        // Five customers but only two distinct RFM points: K = 3..8 all impossible; K = 2 works when asked.
        var data = TransactionReader.FromCsvText(
            "customer_id,date,amount\na,2024-01-01,5\nb,2024-01-01,5\nc,2024-01-01,5\nd,2024-02-01,50\ne,2024-02-01,50\n");
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = null }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("No K of 3..8 can be evaluated on 5 customers with 2 distinct RFM value(s)", ex.Message);
        Assert.Contains("Give a fixed K of at most 2", ex.Message);
        Assert.Equal(2, CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2 }).K);
    }

    [Fact]
    public void Fit_AutomaticKRangePartlyAboveN_EvaluatesTheRestAndListsTheSkippedK()
    {
        var data = TransactionReader.FromCsvText(
            "customer_id,date,amount\na,2024-01-30,500\nb,2024-01-29,20\nc,2023-09-01,30\nd,2023-06-01,5\ne,2023-12-01,80\n");
        var result = CustomerSegmentation.Fit(data, new SegmentationOptions { K = null, MinK = 2, MaxK = 8, Restarts = 3 });
        Assert.Equal([2, 3, 4], result.Quality!.Rows.Select(r => r.K));
        Assert.Equal([5, 6, 7, 8], result.Quality.Skipped.Select(s => s.K));
        Assert.Contains(result.K, new[] { 2, 3, 4 });
        Assert.Contains("skipped K = 5 (the silhouette needs K ≤ n − 1 = 4 (n = 5 customers))", result.Choice);
    }

    [Fact]
    public void Fit_TwoSegmentsInOneCell_ToldApartByWhatDiffers()
    {
        // 16 active customers A00..A15 (recency 1–4 days, 10–13 orders, spend 1,000–1,300) and two pairs of lapsed
        // one-order customers: B (300 days, spend 10) and C (290 days, spend 300). With n = 20, B and C all score R 1
        // (at most 2 customers have more days), F 1 and M 1 (at most 2 spend less) → FM 1 → both pairs are Lost.
        // K-means with K = 3 finds {A}, {B}, {C}; B and C differ most in spend → "Lost — high spend" / "Lost — low spend".
        // A's centre (signed log + z-score, inverted): recency e^mean(ln 2..ln 5) − 1 = 2.31 → 2 days → 12 worse → R 4;
        // frequency e^mean(ln 11..ln 14) − 1 = 11.45 → 11 → 8 worse → F 3; spend 1,144.4 → 12 worse → M 4; FM 4 → Loyal.
        var csv = new System.Text.StringBuilder("customer_id,date,amount\n");
        var asOf = new DateTime(2024, 7, 1);
        for (int i = 0; i < 16; i++)
        {
            int orders = 10 + (i % 4), days = 1 + (i % 4);
            double spend = 1000 + (100 * (i % 4));
            for (int o = 0; o < orders; o++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"A{i:00},{asOf.AddDays(-days - (3 * o)):yyyy-MM-dd},{spend / orders}\n");
            }
        }

        csv.Append("B1,2023-09-05,10\nB2,2023-09-05,10\nC1,2023-09-15,300\nC2,2023-09-15,300\n");
        var result = CustomerSegmentation.Fit(TransactionReader.FromCsvText(csv.ToString()),
            new SegmentationOptions { K = 3, Seed = 1 }, new RfmOptions { AsOf = asOf });
        Assert.Equal(["Loyal", "Lost — high spend", "Lost — low spend"], result.Profiles.Select(p => p.Label));
        Assert.Equal(["Loyal", "Lost", "Lost"], result.Profiles.Select(p => p.MapSegment));
        Assert.Equal([(4, 4), (1, 1), (1, 1)], result.Profiles.Select(p => (p.RScore, p.FmScore)));
        Assert.Equal(["C1", "C2"], result.Customers.Where(c => c.Label == "Lost — high spend").Select(c => c.CustomerId));

        // What sets "Lost — low spend" apart, in original units against the averages: recency (16·2.5 + 2·300 + 2·290) / 20
        // = 61 days, orders (16·11.5 + 4) / 20 = 9.4, spend (16·1,150 + 2·10 + 2·300) / 20 = 951.
        var low = result.Profiles[2];
        Assert.Contains("recency 300 days (4.9× the average)", low.Distinction);
        Assert.Contains("1.0 orders (0.11× the average)", low.Distinction);
        Assert.Contains("spend 10.00 (0.01× the average)", low.Distinction);
        Assert.Equal(300 / 61.0, low.RecencyVsAverage, 12);
        Assert.Equal(RfmSegmentMap.ActionFor("Lost"), low.Action);
    }

    [Fact]
    public void Fit_NetNegativeSpend_SegmentsWithTheSignedLog()
    {
        // a: 5 − 9 = −4 (the old log1p stopped here, naming an internal row); now a keeps its negative value.
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\na,2024-01-02,-9\nb,2024-01-03,7\nc,2024-01-04,8\n",
            new TransactionReadOptions { Returns = ReturnHandling.Net });
        var result = CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2, Seed = 1 });
        var a = result.Customers.Single(c => c.CustomerId == "a");
        Assert.Equal(-4, a.Monetary);
        Assert.Equal(["a"], result.Rfm.CustomersWithNegativeMonetary);
        Assert.True(double.IsFinite(a.DistanceToCentre));
        Assert.Equal(2, result.K);
    }

    [Fact]
    public void Fit_RefundOnlyCustomer_LeftOutAndNamed()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\nz,2024-01-02,-9\nb,2024-01-03,7\nc,2024-01-04,8\n",
            new TransactionReadOptions { Returns = ReturnHandling.Net });
        var result = CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2 });
        Assert.Equal(["a", "b", "c"], result.Customers.Select(c => c.CustomerId));
        Assert.Equal(["z"], result.Rfm.Exclusions.CustomersWithoutPurchases);
        Assert.Contains("1 customer with only returns, no purchase (z)", result.Rfm.Exclusions.Summary);
    }

    [Fact]
    public void Fit_MonetaryOverflow_NonFiniteNumberNamingTheCustomer()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\nx,2024-01-01,1e308\nx,2024-01-02,1e308\ny,2024-01-03,7\n");
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = 1 }));
        Assert.Equal(ErrorIds.NonFiniteNumber, ex.ErrorId);
        Assert.StartsWith("Customer x: the monetary value ", ex.Message);
        Assert.Contains("is not a finite number", ex.Message);
    }

    [Theory]
    [InlineData(0, "K = 0")]
    [InlineData(-2, "K = -2")]
    public void Fit_BadK_InvalidOption(int k, string expected)
    {
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(SampleData.Transactions(), new SegmentationOptions { K = k }));
        Assert.Equal(ErrorIds.InvalidOption, ex.ErrorId);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Fit_BadScaling_InvalidOption()
    {
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(SampleData.Transactions(), new SegmentationOptions { Scaling = (FeatureScaling)7 }));
        Assert.Contains("Scaling = 7", ex.Message);
    }

    [Fact]
    public void Fit_EmbeddedSample_RunsAndFramesHaveOneRowPerCustomerAndSegment()
    {
        var result = CustomerSegmentation.Fit(SampleData.Transactions(), new SegmentationOptions { K = 5, Seed = 1 });
        Assert.Equal(300, result.ToDataFrame().Rows.Count);
        Assert.Equal(5, result.ProfilesToDataFrame().Rows.Count);
        Assert.Equal(result.Rfm.Count, result.Customers.Count);
    }
}

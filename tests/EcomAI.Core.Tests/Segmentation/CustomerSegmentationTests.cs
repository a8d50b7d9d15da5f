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
        // The label of the segment holding most of each latent segment's customers should be that segment's name.
        for (int s = 0; s < TransactionGenerator.SegmentNames.Count; s++)
        {
            string majority = result.Customers.Where(c => generated.TrueSegment[c.CustomerId] == s)
                .GroupBy(c => c.Label).OrderByDescending(g => g.Count()).First().Key;
            Assert.Equal(TransactionGenerator.SegmentNames[s], majority);
        }
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

        // Segments are numbered best first by mean R + F + M score.
        var totals = result.Profiles.Select(p => p.MeanRScore + p.MeanFScore + p.MeanMScore).ToArray();
        Assert.Equal(totals.OrderDescending(), totals);
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
        Assert.Contains("K = 3 segments but only 2 customers", ex.Message);
    }

    [Fact]
    public void Fit_IdenticalCustomers_InsufficientDataNamingDistinctPoints()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\nb,2024-01-01,5\nc,2024-01-01,5\n");
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2 }));
        Assert.Equal(ErrorIds.InsufficientData, ex.ErrorId);
        Assert.Contains("only 1 distinct point(s)", ex.Message);
    }

    [Fact]
    public void Fit_NetNegativeCustomerWithLog1p_OutOfRangeExplained()
    {
        var data = TransactionReader.FromCsvText("customer_id,date,amount\na,2024-01-01,5\na,2024-01-02,-9\nb,2024-01-03,7\nc,2024-01-04,8\n",
            new TransactionReadOptions { Returns = ReturnHandling.Net });
        var ex = Assert.Throws<InputDataException>(() => CustomerSegmentation.Fit(data, new SegmentationOptions { K = 2 }));
        Assert.Equal(ErrorIds.OutOfRange, ex.ErrorId);
        Assert.Contains("column 'monetary': log1p needs values > −1 but the value is -4", ex.Message);
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

using EcomAI.Core.Samples;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Segmentation;

/// <summary>Automatic K on the seeded generator's known segments: the true K (3 to 8) and the segment types' names.</summary>
public class CustomerSegmentationChoosingKTests
{
    // Mixes of the generator's built-in segment types with shares like a shop's population (a fifth or so lost,
    // recent buyers a minority), so that each type's centre falls in its own cell of the (quintile-based) map.
    public static TheoryData<string, int> Mixes => new()
    {
        { "Champions:0.10, Loyal:0.40, Hibernating:0.50", 1 },
        { "Champions:0.12, Loyal:0.45, New:0.13, Lost:0.30", 2 },
        { "default", 3 },
        { "Champions:0.12, Loyal:0.36, New:0.12, At risk:0.10, Hibernating:0.10, Lost:0.20", 4 },
        { "Champions:0.12, Loyal:0.20, New:0.13, Need attention:0.15, At risk:0.10, Hibernating:0.10, Lost:0.20", 5 },
        { "Champions:0.10, Loyal:0.18, New:0.14, Need attention:0.14, At risk:0.08, Can't lose them:0.06, Hibernating:0.08, Lost:0.18", 6 },
    };

    [Theory]
    [MemberData(nameof(Mixes))]
    public void Fit_AutomaticK_FindsTheTrueKAndNamesEachSegmentAfterItsType(string mix, int seed)
    {
        var segments = mix == "default" ? null : mix.Split(", ").Select(Parse).ToList();
        var g = TransactionGenerator.Generate(new TransactionGeneratorOptions { Customers = 2000, Seed = seed, Segments = segments });
        var result = CustomerSegmentation.Fit(g.ToTransactionData(), new SegmentationOptions { K = null, Seed = 1 });

        Assert.Equal(g.SegmentNames.Count, result.K);
        Assert.Equal(result.K, result.Quality!.RecommendedK);
        Assert.InRange(result.K, 3, 8);
        // Each found segment: most of its customers come from one type, whose name is the segment's map name, and
        // the types map one-to-one onto segments.
        var names = new List<string>();
        foreach (var profile in result.Profiles)
        {
            var members = result.Customers.Where(c => c.Segment == profile.Segment).ToList();
            var majority = members.GroupBy(c => g.TrueSegmentName(c.CustomerId)).OrderByDescending(x => x.Count()).First();
            Assert.True(majority.Count() >= 0.9 * members.Count, $"{profile.Label}: {majority.Count()} of {members.Count} from {majority.Key}");
            Assert.Equal(majority.Key, profile.MapSegment);
            Assert.Equal(profile.MapSegment, profile.Label); // one segment per cell: no qualifier needed
            names.Add(majority.Key);
        }

        Assert.Equal(g.SegmentNames.Order(), names.Order());
    }

    [Fact]
    public void EvaluateK_GeneratedSegments_RecommendsTheTrueKWithFitsReport()
    {
        var g = TransactionGenerator.Generate(new TransactionGeneratorOptions { Customers = 2000, Seed = 3 });
        var rfm = Rfm.FromTransactions(g.ToTransactionData());
        var options = new SegmentationOptions { K = 4, Seed = 1 }; // K is not used: the whole range is evaluated

        var report = CustomerSegmentation.EvaluateK(rfm, options);

        Assert.Equal(g.SegmentNames.Count, report.RecommendedK);
        Assert.Equal(options.MaxK - options.MinK + 1, report.Rows.Count + report.Skipped.Count);
        var fitted = CustomerSegmentation.Fit(rfm, options with { K = null }).Quality!;
        Assert.Equal(fitted.Rows, report.Rows);
        Assert.Equal(fitted.RecommendedK, report.RecommendedK);
    }

    private static CustomerSegmentType Parse(string part)
    {
        int colon = part.LastIndexOf(':');
        return TransactionGenerator.Type(part[..colon]) with { Share = double.Parse(part[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture) };
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class RecommendationNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_RecommendationNotebook_ShowsHandPredictionSeedPitfallsAndOfflineCharts()
    {
        var run = feed.Execute("02-product-recommendation");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 3);

        // r̂(u1,i3), user-based, cosine over common items, k = 2: neighbours u4 (w = 1, one common item) and
        // u2 (w = 30/(√35·√26)); means u1 3, u2 3, u4 11/3.
        double w12 = 30 / Math.Sqrt(35.0 * 26.0);
        double expected = 3 + (((5 - (11.0 / 3)) + (w12 * (4 - 3))) / (1 + w12));
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"library prediction {expected:F4} from 2 neighbours; by hand {expected:F4}"),
            NotebookAssert.Line(run, "userCf.Predict", "library prediction"));

        // The seed's code run with /usr/bin/python3 (NumPy, scikit-learn cosine_similarity) on the same table:
        // predicted_ratings = [2.818 2.229 1.523 1.277 0.85], argsort()[-3:] = [2 1 0], i.e. i3, i2, i1.
        Assert.Equal("i1: 2.818 (already rated)  i2: 2.229 (already rated)  i3: 1.523  i4: 1.277 (already rated)  i5: 0.850",
            NotebookAssert.Line(run, "seedScores", "i1:"));
        Assert.EndsWith("i3, i2, i1", NotebookAssert.Line(run, "seedScores", "seed's top-3"));

        // The library: only the unseen i3 and i5, best first.
        string top = run.Notebook.OutputOfCellContaining("itemCf.Recommend");
        Assert.Contains("Top 2 for u1", top);
        Assert.DoesNotContain("<td>i1</td>", top);
        Assert.DoesNotContain("<td>i2</td>", top);
        Assert.DoesNotContain("<td>i4</td>", top);

        // Cross-validated kNN beats the popularity baseline on RMSE.
        double baseline = Number(NotebookAssert.Line(run, "PopularityRecommender", "popularity baseline"), "RMSE ([\\d.]+)");
        double best = Number(NotebookAssert.Line(run, "PopularityRecommender", "lowest RMSE"), ": ([\\d.]+)$");
        Assert.True(best < baseline, $"kNN RMSE {best} should beat the popularity baseline {baseline}");

        Assert.Contains("Popularity fallback", run.Notebook.OutputOfCellContaining("new-visitor"));
        var hits = Regex.Match(run.Notebook.OutputOfCellContaining("TrueTopItems"), "(\\d+) of the 10 recommendations are among");
        Assert.InRange(int.Parse(hits.Groups[1].Value, CultureInfo.InvariantCulture), 1, 10);

        var ratings = SampleFiles.Rows("ratings.csv");
        Assert.Equal(
            $"{ratings.Count} rows from a DataFrame: {ratings.Select(r => r[0]).Distinct().Count()} users × {ratings.Select(r => r[1]).Distinct().Count()} items, {ratings.Count} ratings",
            NotebookAssert.Line(run, "InteractionReader.FromDataFrame", $"{ratings.Count} rows"));
    }

    private static double Number(string line, string pattern) =>
        double.Parse(Regex.Match(line, pattern).Groups[1].Value, CultureInfo.InvariantCulture);
}

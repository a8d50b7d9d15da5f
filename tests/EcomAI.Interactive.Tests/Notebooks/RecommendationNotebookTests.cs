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

        // Top-N: ranking by predicted rating lists rarely rated items; the top-N model does not.
        var rare = Regex.Match(NotebookAssert.Line(run, "byPrediction", "items with at most two ratings"), "by predicted rating (\\d+) of 10, by the top-N model (\\d+) of 10");
        Assert.True(int.Parse(rare.Groups[1].Value, CultureInfo.InvariantCulture) > int.Parse(rare.Groups[2].Value, CultureInfo.InvariantCulture), rare.Value);

        // EASE by hand and by the library, against NumPy (tests/EcomAI.Core.Tests/Recommendation/Reference/ease_reference.py):
        // score(u1, c) = 0.5839416…, B(a,c) = 0.5547445…, B(b,c) = 0.0291971….
        Assert.Equal("by hand: score(u1, c) = B(a,c) + B(b,c) = 0.5547 + 0.0292 = 0.5839;  score(u1, d) = -0.2090",
            NotebookAssert.Line(run, "Matrix<double>.Build.DenseOfArray", "by hand"));
        Assert.StartsWith("library: c with score 0.5839; because you bought a (95%), b (5%)", NotebookAssert.Line(run, "Ease.Fit(handData", "library:"));

        // The protocol's comparison: EASE and ALS beat item-kNN, which beats popularity; SVD ranked by rating is last.
        var ndcg = Regex.Matches(NotebookAssert.Line(run, "RecommenderEvaluation.Compare", "NDCG@10:"), "([\\d.]+)(?:,|$)")
            .Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(5, ndcg.Length);
        Assert.True(ndcg[0] > ndcg[2] && ndcg[1] > ndcg[2] && ndcg[2] > ndcg[4] && ndcg[3] < ndcg[4], string.Join(", ", ndcg));

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

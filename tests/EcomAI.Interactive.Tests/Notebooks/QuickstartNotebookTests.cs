namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class QuickstartNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_Quickstart_ShowsAllThreeCapabilitiesWithOfflineCharts()
    {
        var run = feed.Execute("00-quickstart");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 4);

        // Counts from the sample CSVs themselves: customers, products.
        int customers = SampleFiles.Distinct("transactions.csv", 0);
        Assert.Contains($"Segmentation: 4 segments of {customers} customers", run.Notebook.OutputOfCellContaining("CustomerSegmentation.Fit"));
        Assert.Contains($"Pricing analysis: {SampleFiles.Distinct("sales.csv", 0)} products", run.Notebook.OutputOfCellContaining("var pricing = "));

        // The recommendations for the first customer leave out everything that customer already rated.
        string top = run.Notebook.OutputOfCellContaining("recommender.Recommend");
        var ratings = SampleFiles.Rows("ratings.csv");
        string user = ratings[0][0];
        Assert.Contains($"Top 5 for {user}", top);
        var rated = ratings.Where(r => r[0] == user).Select(r => r[1]).ToHashSet();
        string table = top[..top.IndexOf("<div id=", StringComparison.Ordinal)];
        Assert.Contains("data-rows=\"5\"", table);
        Assert.NotEmpty(rated);
        Assert.All(rated, item => Assert.DoesNotContain($"<td>{item}</td>", table));

        Assert.Equal($"{SampleFiles.Rows("sales.csv").Count} sales rows from a DataFrame; same prices as above: True",
            NotebookAssert.Line(run, "EcomSamples.SalesFrame()", $"{SampleFiles.Rows("sales.csv").Count} sales rows"));

        // P* = c·b/(1+b) = 10·(-2)/(1-2) = 20 (DESIGN.md).
        Assert.Contains("<pre>20</pre>", run.Notebook.OutputOfCellContaining("ProfitMaximizingPrice"));
    }
}

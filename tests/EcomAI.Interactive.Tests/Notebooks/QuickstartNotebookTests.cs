using System.Globalization;
using EcomAI.Core.Samples;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public class QuickstartNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_Quickstart_StartsFromARawExportAndShowsAllThreeCapabilitiesWithOfflineCharts()
    {
        var run = feed.Execute("00-quickstart");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 4);

        // Expected figures from the generator's truth for the same export (SampleData.OrderLinesOptions).
        string path = Path.Combine(Path.GetTempPath(), $"ecomai-quickstart-truth-{Guid.NewGuid():N}.csv");
        var truth = SampleData.WriteOrderLinesCsv(path);
        File.Delete(path);
        string prepared = run.Notebook.OutputOfCellContaining("OrderLines.Load(ordersPath");
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{truth.Lines:N0} lines read"), prepared);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Cancellations: {truth.CancellationLines:N0} lines"), prepared);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Exact duplicate lines: {truth.DuplicateLines:N0} lines"), prepared);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Non-product lines: {truth.ServiceLines:N0} lines"), prepared);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Segmentation: 4 segments of {truth.Customers.Count} customers"),
            run.Notebook.OutputOfCellContaining("CustomerSegmentation.Fit"));
        Assert.Contains("Pricing analysis: ", run.Notebook.OutputOfCellContaining("var pricing = "));

        // The recommendations for customer 12346 leave out everything that customer already bought.
        string top = run.Notebook.OutputOfCellContaining("recommender.Recommend");
        Assert.Contains("Top 5 for 12346", top);
        string table = top[..top.IndexOf("<div id=", StringComparison.Ordinal)];
        Assert.Contains("data-rows=\"5\"", table);
        var bought = truth.Customers["12346"].ProductsBought;
        Assert.NotEmpty(bought);
        Assert.All(bought, item => Assert.DoesNotContain($"<td>{item}</td>", table));

        Assert.StartsWith("5 lines from a DataFrame, ", NotebookAssert.Line(run, "OrderLines.FromDataFrame(frame)", "5 lines from a DataFrame"));

        // P* = c·b/(1+b) = 10·(-2)/(1-2) = 20 (DESIGN.md).
        Assert.Contains("<pre>20</pre>", run.Notebook.OutputOfCellContaining("ProfitMaximizingPrice"));
    }
}

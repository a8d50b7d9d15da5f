using System.Text.RegularExpressions;

namespace EcomAI.Interactive.Tests.Notebooks;

[Collection(NotebookCollection.Name)]
public partial class SegmentationNotebookTests(LocalFeed feed)
{
    [Fact]
    public void Execute_SegmentationNotebook_ShowsIterationsRecoveryAndOfflineCharts()
    {
        var run = feed.Execute("01-customer-segmentation");

        NotebookAssert.Succeeded(run);
        NotebookAssert.ChartsOffline(run, minimumCharts: 4);

        // Lloyd on (1,1),(1.5,2),(3,4),(5,7),(3.5,5),(4.5,5) from centres (1,1),(1.5,2), by hand:
        // 1: only (1,1) is nearer μ1 -> μ2 = mean of the other five = (3.5, 4.6); inertia vs new centres 20.7.
        // 2: (1.5,2) is 1.25 from μ1, 10.76 from μ2 -> μ1 = (1.25, 1.5), μ2 = (4, 5.25); inertia 7.875. 3: unchanged.
        string hand = run.Notebook.OutputOfCellContaining("LloydStep(points, centres)");
        Assert.Contains("iteration 1: labels [1,2,2,2,2,2]  μ1=(1.000, 1.000)  μ2=(3.500, 4.600)  inertia 20.7000", hand);
        Assert.Contains("iteration 2: labels [1,1,2,2,2,2]  μ1=(1.250, 1.500)  μ2=(4.000, 5.250)  inertia 7.8750", hand);
        Assert.Contains("iteration 3: labels [1,1,2,2,2,2]  μ1=(1.250, 1.500)  μ2=(4.000, 5.250)  inertia 7.8750", hand);
        string library = run.Notebook.OutputOfCellContaining("InitialCentres = start");
        Assert.Contains("library after 1 iteration(s): μ1=(1.000, 1.000)  μ2=(3.500, 4.600)", library);
        Assert.Contains("library after 2 iteration(s): μ1=(1.250, 1.500)  μ2=(4.000, 5.250)", library);
        Assert.Contains("library after 3 iteration(s): μ1=(1.250, 1.500)  μ2=(4.000, 5.250)", library);

        // Against the generator's true segments: scaled features recover them one-to-one, raw features do not.
        var tables = Tables(run.Notebook.OutputOfCellContaining("Crosstab(raw.Customers)"));
        Assert.Equal(2, tables.Count);
        Assert.False(IsOneToOne(tables[0]), "raw features should not recover the true segments");
        Assert.True(IsOneToOne(tables[1]), "scaled features should recover the true segments one-to-one");
        Assert.Equal(500, tables[1].Sum(r => r.Sum()));

        // The markdown's reading of the K choice: K = 4 is recommended and merges exactly Loyal with At risk.
        Assert.Contains("recommended K = 4", run.Notebook.OutputOfCellContaining("K = null"));
        var four = Assert.Single(Tables(run.Notebook.OutputOfCellContaining("Crosstab(quality.Customers)")));
        string[] truth = ["Champions", "Loyal", "New", "At risk", "Hibernating"]; // TransactionGenerator's segments, in order
        var merged = Enumerable.Range(0, four[0].Length).Where(j => four.Count(row => row[j] > 0) > 1).ToList();
        var mergedRows = Enumerable.Range(0, four.Length).Where(i => four[i][Assert.Single(merged)] > 0).Select(i => truth[i]);
        Assert.Equal(["Loyal", "At risk"], mergedRows);
        Assert.Contains("Segmentation: 5 segments of 500 customers", run.Notebook.OutputOfCellContaining("display(SegmentationResult.LabelRule)"));
        Assert.Matches("transactions from a DataFrame, 500 customers; same segments as above: True", run.Notebook.OutputOfCellContaining("TransactionReader.FromDataFrame"));
    }

    /// <summary>Count tables (rows of found-segment counts) from the DataFrame HTML of a cell, in order.</summary>
    private static List<int[][]> Tables(string html) =>
        TablePattern().Matches(html).Select(t => RowPattern().Matches(t.Value).Skip(1)
            .Select(r => CountPattern().Matches(r.Value).Skip(1).Select(c => int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToArray()).ToList();

    private static bool IsOneToOne(int[][] table) =>
        table.All(row => row.Count(c => c > 0) == 1) && Enumerable.Range(0, table[0].Length).All(j => table.Count(row => row[j] > 0) == 1);

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<pre>(-?\\d+)</pre>")]
    private static partial Regex CountPattern();
}

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

        // Choosing K for action: the rule searches 3..8 and finds the generator's five segment types; allowing K = 2 changes nothing.
        Assert.Contains("K = 5 of 3..8: mean silhouette", run.Notebook.OutputOfCellContaining("chosen.Quality!.Explanation"));
        Assert.Contains("data-rows=\"6\"", run.Notebook.OutputOfCellContaining("chosen.Quality!.Explanation")); // K = 3..8, one row each
        Assert.Contains("allowing K = 2: K = 5 (K = 5 of 2..8", run.Notebook.OutputOfCellContaining("MinK = 2"));
        var chosen = Assert.Single(Tables(run.Notebook.OutputOfCellContaining("Crosstab(chosen.Customers)")));
        Assert.True(IsOneToOne(chosen), "the chosen K should recover the true segments one-to-one");

        // Names: the documented grid, and every K-means segment named after the generator's type of its customers.
        string grid = run.Notebook.OutputOfCellContaining("RfmSegmentMap.SegmentOf(r, fm)");
        Assert.Contains("Putler", grid);
        Assert.Contains("<td>Lost</td><td>Lost</td><td>At risk</td><td>At risk</td><td>Can&#39;t lose them</td>", grid);       // R = 1
        Assert.Contains("<td>New</td><td>New</td><td>Potential loyalist</td><td>Champions</td><td>Champions</td>", grid); // R = 5
        Assert.Contains("each segment is named after the generator's segment type of its customers: True", run.Notebook.OutputOfCellContaining("namesMatch"));

        // The RFM map as a segmentation, and beside K-means: the map spreads K-means "Loyal" over Loyal, Potential loyalist and Need attention.
        Assert.Matches("(?s)Segmentation: \\d+ segments of 500 customers.*RFM map: \\d+ of its 11 segments hold customers", run.Notebook.OutputOfCellContaining("Method = SegmentationMethod.RfmMap });\nmap"));
        string beside = run.Notebook.OutputOfCellContaining("new DataFrame(beside)");
        var header = Regex.Matches(beside, "<th>(.*?)</th>").Select(m => m.Groups[1].Value).ToList();
        var loyalRow = RowPattern().Matches(beside).Select(r => r.Value).Single(r => r.Contains("<td>Loyal</td>", StringComparison.Ordinal));
        // The first number of a row is the DataFrame's row index; the counts follow in header order.
        var loyalCounts = CountPattern().Matches(loyalRow).Skip(1).Select(c => int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (string cell in new[] { "Loyal", "Potential loyalist", "Need attention" })
        {
            Assert.True(loyalCounts[header.IndexOf(cell) - header.IndexOf("K-means segment") - 1] > 0, $"K-means Loyal customers in the {cell} cells");
        }

        // Refunds: the refund-only customer named once, the negative net spend kept.
        string refunds = run.Notebook.OutputOfCellContaining("withRefunds");
        Assert.Contains("Left out of RFM: 1 customer with only returns, no purchase (Z).", refunds);
        Assert.Contains("negative net spend kept: B", refunds);

        // Movement: the transition view, and the champions who slipped listed one per row.
        Assert.Contains("Segment movement 2024-10-03 → 2025-01-01", run.Notebook.OutputOfCellContaining("CustomerSegmentation.Compare"));
        var counts = Regex.Match(run.Notebook.OutputOfCellContaining("var slipped"), "Champions on 2024-10-03: (\\d+); still Champions on 2025-01-01: (\\d+); became At risk: 0; the others went to: Loyal");
        Assert.True(counts.Success, "the champions line is missing");
        int before = int.Parse(counts.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int still = int.Parse(counts.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        string slipped = run.Notebook.OutputOfCellContaining("var slipped");
        Assert.Equal(before - still, RowPattern().Count(TablePattern().Match(slipped).Value) - 1); // one row per champion who slipped
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

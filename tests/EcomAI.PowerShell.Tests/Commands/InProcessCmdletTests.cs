using System.Management.Automation;
using EcomAI.PowerShell.Tests.Support;

namespace EcomAI.PowerShell.Tests.Commands;

/// <summary>The cmdlets hosted in-process (Microsoft.PowerShell.SDK runspace with the module imported).</summary>
public sealed class InProcessCmdletTests : IDisposable
{
    private readonly ModuleHost _host = new();

    public void Dispose() => _host.Dispose();

    private const string FourRows = """
        @(
          [pscustomobject]@{ customer_id = 'a'; date = '2024-01-01'; amount = '10' }
          [pscustomobject]@{ customer_id = 'a'; date = '2024-01-02'; amount = 'abc' }
          [pscustomobject]@{ customer_id = 'b'; date = '2024-01-03'; amount = '20' }
          [pscustomobject]@{ customer_id = 'c'; date = '2024-01-04'; amount = '30' }
        )
        """;

    [Fact]
    public void GetCustomerSegment_BadRowAmongGood_OneWarningAndAllGoodCustomers()
    {
        // Hand-made: 3 customers; the second row has amount "abc".
        var (output, errors, _, warnings) = _host.Run(FourRows + " | Get-CustomerSegment -K 2 -AsOf 2024-01-10");
        Assert.Empty(errors);
        var warning = Assert.Single(warnings, w => w.StartsWith("Not a number", StringComparison.Ordinal));
        Assert.Equal("Not a number in 'amount': 1 row excluded from every job; first at row 2 ('abc'). " +
                     "Use digits with a dot as the decimal separator and no thousands separator, e.g. 1234.5.", warning);
        var customers = output.Select(o => (SegmentedCustomer)o.BaseObject).ToList();
        Assert.Equal(["a", "b", "c"], customers.Select(c => c.CustomerId).Order(StringComparer.Ordinal));
        // a keeps only its good purchase: monetary 10, recency 2024-01-10 - 2024-01-01 = 9 days.
        var a = customers.Single(c => c.CustomerId == "a");
        Assert.Equal(10, a.Monetary);
        Assert.Equal(9, a.Recency);
    }

    [Fact]
    public void GetCustomerSegment_Strict_OneErrorRecordPerBadRowWithTheRowAsTarget()
    {
        var (output, errors, _, warnings) = _host.Run(FourRows + " | Get-CustomerSegment -K 2 -AsOf 2024-01-10 -Strict");
        var error = Assert.Single(errors);
        Assert.Equal("InvalidNumber,EcomAI.PowerShell.Commands.GetCustomerSegmentCommand", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("row 2, column 'amount'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("abc", ((PSObject)error.TargetObject).Properties["amount"].Value);
        Assert.DoesNotContain(warnings, w => w.StartsWith("Not a number", StringComparison.Ordinal));
        Assert.Equal(3, output.Count);
    }

    [Fact]
    public void GetCustomerSegment_ErrorActionStop_ThrowsActionPreferenceStopAtTheFirstBadRow()
    {
        var ex = Assert.Throws<ActionPreferenceStopException>(() => _host.Run(FourRows + " | Get-CustomerSegment -K 1 -ErrorAction Stop"));
        Assert.Equal("InvalidNumber,EcomAI.PowerShell.Commands.GetCustomerSegmentCommand", ex.ErrorRecord.FullyQualifiedErrorId);
    }

    [Fact]
    public void GetCustomerSegment_NoDateReadable_TerminatingErrorSuggestingTheFormat()
    {
        var (output, errors, _, _) = _host.Run("""
            [pscustomobject]@{ customer_id = 'a'; date = '12/31/2024'; amount = '1' } | Get-CustomerSegment -K 1
            """);
        Assert.Empty(output);
        var error = Assert.Single(errors);
        Assert.Equal("InvalidDate,EcomAI.PowerShell.Commands.GetCustomerSegmentCommand", error.FullyQualifiedErrorId);
        Assert.Contains("'M/d/yyyy'", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetOptimalPrice_PowerLawDemand_ClosedFormPrice()
    {
        // Q = 1000·P^-2 exactly, c = 10: P* = c·b/(1+b) = 10·(-2)/(-1) = 20 (DESIGN.md).
        var (output, errors, _, _) = _host.Run("""
            $(foreach ($p in 4, 6, 9, 13, 20) {
              [pscustomobject]@{ ProductId = 'x'; Price = $p; Quantity = 1000 * [math]::Pow($p, -2) }
            }) | Get-OptimalPrice -UnitCost 10
            """);
        Assert.Empty(errors);
        var price = (ProductPrice)Assert.Single(output).BaseObject;
        Assert.Equal(20, price.RecommendedPrice, 6);
        Assert.Equal(-2, price.Elasticity, 9);
    }

    [Fact]
    public void Cmdlets_Verbose_SayWhatAndHowLong()
    {
        var (_, _, verbose, _) = _host.Run("Get-EcomSampleData Ratings | Get-Recommendation -UserId U0001 -Top 2 -Verbose");
        Assert.Contains(verbose, v => v.Contains("Prepared 2,", StringComparison.Ordinal) && v.Contains("pipeline rows in", StringComparison.Ordinal));
        Assert.Contains(verbose, v => v.Contains("Built the interaction matrix in", StringComparison.Ordinal));
        Assert.Contains(verbose, v => v.Contains("Fitted Ease", StringComparison.Ordinal) && v.Contains(" s.", StringComparison.Ordinal));
    }

    [Fact]
    public void GetCommand_EveryCmdlet_DeclaresOutputTypeAndHelp()
    {
        var (output, _, _, _) = _host.Run("""
            Get-Command -Module EcomAI | ForEach-Object {
              [pscustomobject]@{ Name = $_.Name; Outputs = $_.OutputType.Count; Synopsis = (Get-Help $_.Name).Synopsis }
            }
            """);
        Assert.True(output.Count >= 7);
        foreach (var item in output)
        {
            string name = (string)item.Properties["Name"].Value;
            Assert.True((int)item.Properties["Outputs"].Value > 0, name + " has no [OutputType]");
            string synopsis = (string)item.Properties["Synopsis"].Value;
            Assert.False(synopsis.StartsWith(name + " ", StringComparison.Ordinal), name + " has no written synopsis");
        }
    }

    [Fact]
    public void GetCustomerSegment_PathWithProgressShown_ProgressRecordsAndCompletion()
    {
        var quiet = EcomAI.PowerShell.Infrastructure.ProgressThrottle.QuietPeriod;
        EcomAI.PowerShell.Infrastructure.ProgressThrottle.QuietPeriod = TimeSpan.Zero;
        try
        {
            string csv = Path.Combine(Path.GetTempPath(), $"ecomai-progress-{Guid.NewGuid():N}.csv");
            File.WriteAllText(csv, "customer_id,date,amount\na,2024-01-01,1\nb,2024-01-02,2\nc,2024-01-03,3\n");
            using var ps = System.Management.Automation.PowerShell.Create();
            ps.AddCommand("Import-Module").AddArgument(TestPaths.LocalManifest).AddStatement()
              .AddCommand("Get-CustomerSegment").AddParameter("Path", csv).AddParameter("K", 1);
            var output = ps.Invoke();
            File.Delete(csv);
            Assert.Equal(3, output.Count);
            var progress = ps.Streams.Progress.ToList();
            Assert.Contains(progress, p => p.Activity == "Reading order lines" && p.StatusDescription == Path.GetFileName(csv));
            Assert.Equal(ProgressRecordType.Completed, progress[^1].RecordType);
        }
        finally
        {
            EcomAI.PowerShell.Infrastructure.ProgressThrottle.QuietPeriod = quiet;
        }
    }

    [Fact]
    public void GetCustomerSegment_BadRowsInFile_OneWarningOrWithStrictErrorsInFileOrder()
    {
        // 3 bad rows spread over the file (lines 3, 70,002 and 140,001): read in parallel, reported in file order.
        string csv = Path.Combine(Path.GetTempPath(), $"ecomai-order-{Guid.NewGuid():N}.csv");
        using (var writer = new StreamWriter(csv))
        {
            writer.WriteLine("customer_id,date,amount");
            for (int row = 1; row <= 150_000; row++)
            {
                string amount = row is 2 or 70_001 or 140_000 ? "x" + row : "1.5";
                writer.WriteLine($"c{row % 50},2024-01-0{1 + (row % 9)},{amount}");
            }
        }

        var (output, errors, _, warnings) = _host.Run($"Get-CustomerSegment -Path '{csv}' -K 2 -Seed 1");
        var (strictOutput, strictErrors, _, _) = _host.Run($"Get-CustomerSegment -Path '{csv}' -K 2 -Seed 1 -Strict");
        File.Delete(csv);
        Assert.Equal(50, output.Count);
        Assert.Empty(errors);
        Assert.Contains(warnings, w => w.StartsWith("Not a number in 'amount': 3 lines excluded from every job; first at lines 3 ('x2'), 70002 ('x70001'), 140001 ('x140000').", StringComparison.Ordinal));
        Assert.Equal(50, strictOutput.Count);
        Assert.Equal(["line 3,", "line 70002,", "line 140001,"],
            strictErrors.Select(e => System.Text.RegularExpressions.Regex.Match(e.Exception.Message, @"line \d+,").Value));
    }
}

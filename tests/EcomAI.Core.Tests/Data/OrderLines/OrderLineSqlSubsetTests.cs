using System.Text.RegularExpressions;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Tests.Data.OrderLines;

/// <summary>
/// Every generated preparation statement, for every combination of options, stays inside the SQL subset that DuckDB and
/// Spark SQL share, as docs/order-lines.md lists it (the test reads the lists from the document, so the two cannot drift).
/// </summary>
public partial class OrderLineSqlSubsetTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "order-lines.md"));

    public static TheoryData<bool, ReturnHandling, bool, SalesPeriod, string> Variants()
    {
        var data = new TheoryData<bool, ReturnHandling, bool, SalesPeriod, string>();
        foreach (bool keep in new[] { false, true })
        {
            foreach (var returns in new[] { ReturnHandling.Exclude, ReturnHandling.Net })
            {
                foreach (bool exclude in new[] { false, true })
                {
                    foreach (var period in Enum.GetValues<SalesPeriod>())
                    {
                        data.Add(keep, returns, exclude, period, "all");
                        data.Add(keep, returns, exclude, period, "transactions");
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Statements_EveryVariant_StayInsideTheDocumentedSubset(bool keepDuplicates, ReturnHandling returns, bool exclude, SalesPeriod period, string shape)
    {
        var roles = shape == "all"
            ? Enum.GetValues<ColumnRole>().ToHashSet()
            : new HashSet<ColumnRole> { ColumnRole.CustomerId, ColumnRole.OrderDate, ColumnRole.Amount };
        var columns = new PreparedColumns(roles, ["country", "sales_channel"]);
        var options = new OrderLineOptions
        {
            KeepDuplicates = keepDuplicates,
            Returns = returns,
            ExcludeProducts = exclude ? ["POST", "gift_*", "BANK CHARGES", "A?_%!"] : [],
            CancellationPrefix = "C",
        };
        var keywords = Listed("subset:keywords", "subset:functions").Select(k => k.ToUpperInvariant()).ToHashSet();
        var functions = Listed("subset:functions", "subset:end").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in OrderLineSql.Statements(columns, options, period))
        {
            Check(statement, keywords, functions);
        }
    }

    [Fact]
    public void Check_DuckDbOnlySyntax_IsRefused()
    {
        var keywords = Listed("subset:keywords", "subset:functions").Select(k => k.ToUpperInvariant()).ToHashSet();
        var functions = Listed("subset:functions", "subset:end").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (string bad in new[]
                 {
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT x::DOUBLE FROM t",
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT \"Quoted\" FROM t",
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT a FROM t QUALIFY row_number() OVER () = 1",
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT strptime(a, '%d') FROM t",
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT 'it''s' FROM t",
                     "CREATE OR REPLACE TEMPORARY VIEW v AS\nSELECT a || b FROM t",
                     "CREATE TABLE v AS SELECT a FROM t",
                 })
        {
            Assert.ThrowsAny<Exception>(() => Check(new SqlStatement("v", "test", bad), keywords, functions));
        }
    }

    [Fact]
    public void Document_SchemaTable_MatchesOrderLineSchema()
    {
        int begin = Doc.IndexOf("<!-- schema:begin -->", StringComparison.Ordinal);
        int end = Doc.IndexOf("<!-- schema:end -->", StringComparison.Ordinal);
        var rows = Doc[begin..end].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();
        Assert.Equal(OrderLineSchema.Columns.Count, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            var spec = OrderLineSchema.Columns[i];
            Assert.Equal($"| `{spec.Name}` | {spec.Kind} | {string.Join(", ", spec.Aliases)} | {spec.Summary} |", rows[i]);
        }
    }

    private static void Check(SqlStatement statement, HashSet<string> keywords, HashSet<string> functions)
    {
        string text = statement.Text;
        Assert.StartsWith($"CREATE OR REPLACE TEMPORARY VIEW {statement.View} AS\nSELECT ", text, StringComparison.Ordinal);
        foreach (string forbidden in new[] { "::", "\"", "`", "||", "\\" })
        {
            Assert.DoesNotContain(forbidden, text, StringComparison.Ordinal);
        }

        // Literals: single-quoted, no quote inside; removed before looking at words.
        string code = Literal().Replace(text, match =>
        {
            Assert.DoesNotContain("''", match.Value[1..^1], StringComparison.Ordinal);
            return " ";
        });
        Assert.DoesNotContain("'", code, StringComparison.Ordinal);
        foreach (Match call in Call().Matches(code))
        {
            string name = call.Groups[1].Value;
            Assert.True(functions.Contains(name) || keywords.Contains(name.ToUpperInvariant()) || name is "DECIMAL",
                $"{statement.View}: function {name} is not in the shared subset");
        }

        foreach (Match word in Word().Matches(code))
        {
            string w = word.Value;
            if (w.Any(char.IsUpper))
            {
                Assert.True(keywords.Contains(w) || functions.Contains(w), $"{statement.View}: keyword {w} is not in the shared subset");
            }
            else
            {
                Assert.Matches("^[a-z_][a-z0-9_]*$", w);
            }
        }
    }

    private static IEnumerable<string> Listed(string from, string to)
    {
        int begin = Doc.IndexOf($"<!-- {from} -->", StringComparison.Ordinal);
        int end = Doc.IndexOf($"<!-- {to} -->", StringComparison.Ordinal);
        string list = Doc[(begin + from.Length + 9)..end];
        return list.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EcomAI.Interactive.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex("'(?:[^']|'')*'")]
    private static partial Regex Literal();

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex Call();

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();
}

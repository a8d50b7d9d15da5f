using System.Globalization;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Data;

public sealed partial class OrderLineData
{
    private static readonly string[] ServiceWords = ["POSTAGE", "CARRIAGE", "DELIVERY", "SHIPPING", "BANK CHARGE", "FEE", "DISCOUNT", "MANUAL", "ADJUST"];

    private PreparationReport BuildReport()
    {
        var session = _input.Session;
        var rows = new List<(LineRule Rule, long Lines, double? Amount)>();
        long usedLines = 0;
        double usedAmount = 0;
        session.Query("SELECT kind, line_count, amount FROM preparation_summary", r =>
        {
            string kind = r.GetString(0);
            long count = r.GetInt64(1);
            double? amount = r.IsDBNull(2) ? null : r.GetDouble(2);
            if (kind == "Used")
            {
                usedLines = count;
                usedAmount = amount ?? 0;
            }
            else if (count > 0)
            {
                rows.Add((Enum.Parse<LineRule>(kind), count, amount));
            }
        });

        var examples = new List<(LineRule Rule, long Record)>();
        session.Query("SELECT kind, line_no FROM preparation_examples ORDER BY line_no",
            r => examples.Add((Enum.Parse<LineRule>(r.GetString(0)), r.GetInt64(1))));
        var lines = _input.Locate(examples.Select(e => e.Record).Distinct().ToList());
        var findings = new List<PreparationFinding>(_input.ValueFindings);
        foreach (var (rule, count, amount) in rows.OrderBy(r => r.Rule))
        {
            if (rule is LineRule.MissingProduct && !Columns.Has(ColumnRole.ProductId))
            {
                continue;
            }

            if (rule is LineRule.MissingCustomer && !Columns.Has(ColumnRole.CustomerId))
            {
                continue;
            }

            var first = examples.Where(e => e.Rule == rule).Select(e => lines.TryGetValue(e.Record, out long l) ? l : e.Record).ToList();
            var (action, advice) = Describe(rule);
            findings.Add(new PreparationFinding(rule, null, count, amount, first, [], action, advice, _input.LineUnit));
        }

        if (Options.Returns == ReturnHandling.Reject && findings.FirstOrDefault(f => f.Rule is LineRule.Cancellation or LineRule.Return) is { } refused)
        {
            throw new InputDataException(ErrorIds.OutOfRange,
                string.Create(CultureInfo.InvariantCulture,
                    $"{SourceName}, {refused.LineUnit} {refused.FirstLines[0]}: {refused.Title.ToLowerInvariant()} ({refused.Lines:N0} {refused.LineUnit}s) are rejected by Returns = Reject. Set Returns to Exclude to leave them out (the default) or Net to subtract them from purchases."),
                null, (int)Math.Min(int.MaxValue, refused.FirstLines[0]), null, null);
        }

        var notes = new List<string>(_input.Notes);
        if (Options.ExcludeProducts.Count == 0 && ServiceLike() is { Count: > 0 } service)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Products that look like postage, fees or adjustments are kept: {string.Join("; ", service.Select(s => $"{s.Id} ({s.Description}, {s.Lines:N0} lines)"))}. " +
                $"Leave them out with {nameof(OrderLineOptions.ExcludeProducts)} = {string.Join(", ", service.Select(s => s.Id))}."));
        }

        return new PreparationReport(SourceName, _input.LinesRead, findings, usedLines, usedAmount, notes);
    }

    private (string Action, string? Advice) Describe(LineRule rule)
    {
        bool net = Options.Returns == ReturnHandling.Net;
        return rule switch
        {
            LineRule.Duplicate => ("dropped (an exact copy of an earlier line)", "Set KeepDuplicates to keep them."),
            LineRule.NonProduct => ("excluded from every job (ExcludeProducts)", null),
            LineRule.Cancellation => net
                ? ($"netted against purchases (order id starts with '{Options.CancellationPrefix}')", null)
                : ($"excluded from purchases (order id starts with '{Options.CancellationPrefix}')", "Set Returns to Net to subtract them from purchases."),
            LineRule.Return => net
                ? ("netted against purchases (negative quantity)", null)
                : ("excluded from purchases (negative quantity)", "Set Returns to Net to subtract them from purchases."),
            LineRule.ZeroQuantity => ("excluded from every job", null),
            LineRule.NonPositivePrice => ("excluded from every job (free items and adjustments carry no price)", null),
            LineRule.MissingCustomer => ("kept for product-level jobs (pricing), left out of customer-level jobs (segmentation, recommendation, customer value)", null),
            LineRule.MissingProduct => ("kept for customer spend, left out of product-level jobs", null),
            _ => ("excluded from every job", null),
        };
    }

    /// <summary>Products whose description reads like a service line, for a hint (never excluded without being asked).</summary>
    private List<(string Id, string Description, long Lines)> ServiceLike()
    {
        if (!Columns.Has(ColumnRole.ProductId) || !Columns.Has(ColumnRole.Description))
        {
            return [];
        }

        // description_counts holds a few rows per product: a product is service-like when any of its descriptions reads so.
        string words = string.Join(" OR ", ServiceWords.Select(w => $"upper(description) LIKE '%{w}%'"));
        var found = new List<(string, string, long)>();
        _input.Session.Query(
            $"SELECT product_id, MIN(CASE WHEN {words} THEN description END) AS description, CAST(SUM(line_count) AS BIGINT) AS n " +
            $"FROM description_counts GROUP BY product_id HAVING MAX(CASE WHEN {words} THEN 1 ELSE 0 END) = 1 ORDER BY n DESC, product_id LIMIT 8",
            r => found.Add((r.GetString(0), r.GetString(1), r.GetInt64(2))));
        return found;
    }
}

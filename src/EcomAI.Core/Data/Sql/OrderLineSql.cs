using System.Globalization;
using System.Text;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Data;

/// <summary>
/// Generates the preparation of order lines as SQL, from the schema and the rules in <see cref="OrderLineOptions"/>, in
/// one place. The statements run in the embedded DuckDB engine and, unchanged, on Spark SQL (or Databricks, Trino): they
/// start from a view <c>order_lines</c> with the canonical columns and produce the views every job reads
/// (<c>transactions</c>, <c>interactions</c>, <c>period_sales</c>).
/// </summary>
/// <remarks>
/// The shared subset (checked by a test for every statement): <c>CREATE OR REPLACE TEMPORARY VIEW … AS SELECT</c>;
/// plain lower-case identifiers; <c>CASE</c>, <c>COALESCE</c>, <c>NULLIF</c>, <c>CAST</c> to STRING, DOUBLE, BIGINT,
/// BOOLEAN, TIMESTAMP and DECIMAL(38, 6); <c>substr</c>, <c>length</c>, <c>upper</c>, <c>trim</c>, <c>concat</c>,
/// <c>translate</c>, <c>LIKE … ESCAPE '!'</c>, <c>date_trunc</c>('day'|'week'|'month');
/// <c>COUNT</c>, <c>SUM</c>, <c>MIN</c>, <c>MAX</c>, <c>ROW_NUMBER() OVER (PARTITION BY … ORDER BY …)</c>, <c>hash</c>;
/// <c>GROUP BY</c>, <c>HAVING</c>, <c>UNION ALL</c>, <c>IN (SELECT …)</c>, <c>LEFT JOIN … ON</c>. Text literals never contain
/// quotes or backslashes (the engines escape them differently). Money and quantities are summed as DECIMAL(38, 6), so a
/// sum is exact and the same whatever the number of threads, in both engines.
/// </remarks>
public static class OrderLineSql
{
    /// <summary>The canonical columns of the <c>order_lines</c> view, in order, after <c>line_no</c>.</summary>
    public static IReadOnlyList<ColumnSpec> Canonical => OrderLineSchema.Columns;

    private const string Money = "DECIMAL(38, 6)";

    /// <summary>The period sales are observed over unless one is given: the ISO week, starting on Monday.</summary>
    public const SalesPeriod DefaultSalesPeriod = SalesPeriod.Week;

    /// <summary>The statements that prepare order lines with these columns and options, for a sales period.</summary>
    public static IReadOnlyList<SqlStatement> Statements(PreparedColumns columns, OrderLineOptions options, SalesPeriod period = DefaultSalesPeriod) =>
        Statements(columns, options, period, idsNormalised: false);

    /// <summary>
    /// The statements, for an engine whose <c>order_lines</c> may already hold normalised ids (<paramref name="idsNormalised"/>:
    /// the embedded engine applies <see cref="IntegralId"/>'s rule while staging). The rule is idempotent, so leaving it out
    /// of <c>order_lines_clean</c> then changes no value; it saves evaluating it on three columns in each of the passes over
    /// every line (about 0.1 s per million lines).
    /// </summary>
    internal static IReadOnlyList<SqlStatement> Statements(PreparedColumns columns, OrderLineOptions options, SalesPeriod period, bool idsNormalised)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        var list = new List<SqlStatement>
        {
            Clean(columns, idsNormalised),
        };
        bool dedupe = DropsDuplicates(columns, options);
        if (dedupe)
        {
            list.Add(DuplicateHashes(columns));
            list.Add(Duplicates(columns));
        }

        list.Add(Ruled(columns, options, dedupe));
        list.Add(Purchases(options));
        list.Add(LineGroups());
        list.Add(LineCounts());
        list.Add(FlaggedLines());
        list.Add(Summary(options));
        list.Add(Examples(options));
        list.Add(Transactions(columns));
        list.Add(Interactions(columns, options));
        list.Add(Ratings());
        list.Add(DescriptionCounts(options));
        list.Add(Descriptions());
        list.Add(PeriodSales(columns, period));
        return list;
    }

    /// <summary>
    /// Whether exact duplicate lines are dropped: unless kept on purpose, and only when lines carry an order id — without
    /// one, two identical lines (same customer, day and amount) are two purchases, not a copy.
    /// </summary>
    internal static bool DropsDuplicates(PreparedColumns columns, OrderLineOptions options) => !options.KeepDuplicates && columns.Has(ColumnRole.OrderId);

    /// <summary>
    /// The columns that tell two lines apart: the canonical columns the input has, and the extras (not <c>line_no</c>). A
    /// column the input lacks is NULL on every line, and a derived amount or unit price follows from the others, so leaving
    /// them out compares the same lines at half the cost.
    /// </summary>
    internal static IEnumerable<string> ValueColumns(PreparedColumns columns) =>
        Canonical.Where(c => columns.Has(c.Role)).Select(c => c.Name).Concat(columns.Extras);

    private static SqlStatement Clean(PreparedColumns columns, bool idsNormalised)
    {
        var select = new List<string> { "line_no" };
        foreach (var role in new[] { ColumnRole.OrderId, ColumnRole.CustomerId, ColumnRole.ProductId })
        {
            string name = OrderLineSchema.Get(role).Name;
            select.Add(idsNormalised ? name : $"{IntegralId(name)} AS {name}");
        }

        select.Add("description");
        select.Add(columns.Has(ColumnRole.Quantity) || !columns.Has(ColumnRole.Amount) ? "quantity" : "CAST(NULL AS DOUBLE) AS quantity");
        select.Add(columns.Has(ColumnRole.UnitPrice) ? "COALESCE(unit_price, CASE WHEN quantity <> 0 THEN amount / quantity END) AS unit_price"
            : "CASE WHEN quantity <> 0 THEN amount / quantity END AS unit_price");
        select.Add(columns.Has(ColumnRole.Amount) ? "COALESCE(amount, quantity * unit_price) AS amount" : "quantity * unit_price AS amount");
        select.AddRange(["order_date", "unit_cost", "promotion", "min_price", "max_price", "rating", "orders"]);
        select.AddRange(columns.Extras);
        return View("order_lines_clean", "ids with a trailing .0 read as integers; the line amount filled in from quantity × unit price",
            $"SELECT {string.Join(",\n  ", select)}\nFROM order_lines");
    }

    /// <summary>
    /// An integral id written with a trailing ".0" (a spreadsheet artefact, e.g. 17850.0) as the integer id: digits only
    /// before ".0". Idempotent, so an engine may apply it while staging and the portable view again at no cost.
    /// </summary>
    internal static string IntegralId(string name) =>
        // translate deletes the digits and means the same in both engines (their regular-expression dialects differ).
        $"CASE WHEN {name} LIKE '%.0' AND length({name}) > 2 AND translate(substr({name}, 1, length({name}) - 2), '0123456789', '') = '' " +
        $"THEN substr({name}, 1, length({name}) - 2) ELSE {name} END";

    // Only lines whose hash repeats can be copies: the exact comparison runs on those few, not on every line. The hashes
    // are a relation of their own so that an engine can compute them once and free the grouping of every line before the
    // comparison starts.
    private static SqlStatement DuplicateHashes(PreparedColumns columns)
    {
        string all = string.Join(", ", ValueColumns(columns));
        return View("duplicate_hashes", "the hashes shared by more than one line (candidates for exact duplicates)",
            $"SELECT hash({all}) AS line_hash\nFROM order_lines_clean\nGROUP BY hash({all})\nHAVING COUNT(*) > 1");
    }

    private static SqlStatement Duplicates(PreparedColumns columns)
    {
        string all = string.Join(", ", ValueColumns(columns));
        return View("duplicate_lines", "the copy number of every line that has an exact duplicate (1 = the first)",
            $"SELECT line_no, ROW_NUMBER() OVER (PARTITION BY {all} ORDER BY line_no) AS copy_number\n" +
            $"FROM order_lines_clean\nWHERE hash({all}) IN (SELECT line_hash FROM duplicate_hashes)");
    }

    private static SqlStatement Ruled(PreparedColumns columns, OrderLineOptions options, bool dedupe)
    {
        var rules = new StringBuilder("CASE\n");
        if (dedupe)
        {
            rules.Append("    WHEN d.copy_number > 1 THEN 'Duplicate'\n");
        }

        if (options.ExcludeProducts.Count > 0)
        {
            string matches = string.Join(" OR ", options.ExcludeProducts.Select(p => $"upper(c.product_id) LIKE {LikePattern(p)} ESCAPE '!'"));
            rules.Append(CultureInfo.InvariantCulture, $"    WHEN {matches} THEN 'NonProduct'\n");
        }

        if (options.CancellationPrefix.Length > 0)
        {
            // A prefix LIKE is a byte comparison in both engines, cheaper than substr; % _ ! in the prefix are escaped. The
            // ESCAPE clause only when needed: DuckDB then checks a plain prefix, a third faster.
            bool escaped = options.CancellationPrefix.Any(ch => ch is '%' or '_' or '!');
            string prefix = string.Concat(options.CancellationPrefix.Select(ch => ch is '%' or '_' or '!' ? "!" + ch : ch.ToString()));
            rules.Append(CultureInfo.InvariantCulture,
                $"    WHEN c.order_id LIKE {PortableLiteral(prefix + "%", nameof(OrderLineOptions.CancellationPrefix))}{(escaped ? " ESCAPE '!'" : string.Empty)} THEN 'Cancellation'\n");
        }

        rules.Append("    WHEN c.quantity < 0 OR (c.quantity IS NULL AND c.amount < 0) THEN 'Return'\n");
        rules.Append("    WHEN c.quantity = 0 THEN 'ZeroQuantity'\n");
        rules.Append("    WHEN c.unit_price <= 0 THEN 'NonPositivePrice'\n");
        rules.Append("    ELSE NULL END AS exclusion");
        string from = dedupe ? "order_lines_clean c LEFT JOIN duplicate_lines d ON c.line_no = d.line_no" : "order_lines_clean c";
        string purpose = options.Returns == ReturnHandling.Net
            ? "every line with the first rule it falls under (cancellations and returns are netted, not dropped)"
            : "every line with the first rule it falls under (NULL: a purchase)";
        return View("order_lines_ruled", purpose, $"SELECT c.*,\n  {rules}\nFROM {from}");
    }

    private static SqlStatement Purchases(OrderLineOptions options)
    {
        if (options.Returns == ReturnHandling.Net)
        {
            // Netting: a cancellation counts against the purchase whatever the sign it was written with.
            return View("purchase_lines", "lines used by the jobs: purchases, and cancellations and returns as negative amounts and quantities",
                "SELECT line_no, order_id, customer_id, product_id, description,\n" +
                "  CASE WHEN exclusion IN ('Cancellation', 'Return') THEN -abs(quantity) ELSE quantity END AS quantity,\n" +
                "  unit_price,\n" +
                "  CASE WHEN exclusion IN ('Cancellation', 'Return') THEN -abs(amount) ELSE amount END AS amount,\n" +
                "  order_date, unit_cost, promotion, min_price, max_price, rating, orders\n" +
                "FROM order_lines_ruled\nWHERE exclusion IS NULL OR exclusion IN ('Cancellation', 'Return')");
        }

        return View("purchase_lines", "lines used by the jobs: purchases only",
            "SELECT line_no, order_id, customer_id, product_id, description, quantity, unit_price, amount,\n" +
            "  order_date, unit_cost, promotion, min_price, max_price, rating, orders\n" +
            "FROM order_lines_ruled\nWHERE exclusion IS NULL");
    }

    /// <summary>The lines <c>purchase_lines</c> keeps, as a condition on <c>exclusion</c>.</summary>
    private static string PurchaseCondition(OrderLineOptions options) => options.Returns == ReturnHandling.Net
        ? "(exclusion IS NULL OR exclusion IN ('Cancellation', 'Return'))"
        : "exclusion IS NULL";

    // The report reads small relations computed in two passes over the lines, rather than scanning every line once per
    // figure: line_groups (lines and money by rule, product and description: a few rows per product), from which come
    // line_counts (a few rows) and the product descriptions, and flagged_lines (only the lines a rule applies to).
    private static SqlStatement LineGroups() =>
        View("line_groups", "lines, money and first line by rule, by whether the customer is known, and by product and description",
            "SELECT exclusion, customer_id IS NULL AS missing_customer, product_id IS NULL AS missing_product, product_id, description,\n" +
            $"  COUNT(*) AS line_count, SUM(CAST(amount AS {Money})) AS amount, SUM(CAST(abs(amount) AS {Money})) AS absolute_amount, MIN(line_no) AS first_line\n" +
            "FROM order_lines_ruled\nGROUP BY exclusion, customer_id IS NULL, product_id IS NULL, product_id, description");

    private static SqlStatement LineCounts() =>
        View("line_counts", "lines, money and first line by rule and by whether the customer and product are known (a few rows)",
            "SELECT exclusion, missing_customer, missing_product,\n" +
            "  SUM(line_count) AS line_count, SUM(amount) AS amount, SUM(absolute_amount) AS absolute_amount, MIN(first_line) AS first_line\n" +
            "FROM line_groups\nGROUP BY exclusion, missing_customer, missing_product");

    private static SqlStatement FlaggedLines() =>
        View("flagged_lines", "every line a rule applies to, or without a customer or product",
            "SELECT line_no, exclusion, customer_id, customer_id IS NULL AS missing_customer, product_id IS NULL AS missing_product\n" +
            "FROM order_lines_ruled\nWHERE exclusion IS NOT NULL OR customer_id IS NULL OR product_id IS NULL");

    private static SqlStatement Summary(OrderLineOptions options)
    {
        string used = PurchaseCondition(options);
        // Under Net, purchase_lines carries cancellations and returns as negative amounts.
        string amount = options.Returns == ReturnHandling.Net
            ? "CASE WHEN exclusion IN ('Cancellation', 'Return') THEN -absolute_amount ELSE amount END"
            : "amount";
        string Row(string kind, string condition) =>
            $"SELECT '{kind}' AS kind, CAST(COALESCE(SUM(line_count), 0) AS BIGINT) AS line_count, CAST(SUM({amount}) AS DOUBLE) AS amount, MIN(first_line) AS first_line\n" +
            $"FROM line_counts WHERE {condition}";
        return View("preparation_summary", "one row per rule: lines, money involved and the first line",
            "SELECT exclusion AS kind, CAST(SUM(line_count) AS BIGINT) AS line_count, CAST(SUM(amount) AS DOUBLE) AS amount, MIN(first_line) AS first_line\n" +
            "FROM line_counts WHERE exclusion IS NOT NULL GROUP BY exclusion\n" +
            "UNION ALL\n" + Row("MissingCustomer", $"{used} AND missing_customer") + "\n" +
            "UNION ALL\n" + Row("MissingProduct", $"{used} AND missing_product") + "\n" +
            "UNION ALL\n" + Row("Used", used));
    }

    private static SqlStatement Examples(OrderLineOptions options)
    {
        string used = PurchaseCondition(options);
        return View("preparation_examples", "the first five lines of every rule",
            "SELECT kind, line_no FROM (\n" +
            "  SELECT kind, line_no, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY line_no) AS example FROM (\n" +
            "    SELECT exclusion AS kind, line_no FROM flagged_lines WHERE exclusion IS NOT NULL\n" +
            $"    UNION ALL SELECT 'MissingCustomer' AS kind, line_no FROM flagged_lines WHERE {used} AND missing_customer\n" +
            $"    UNION ALL SELECT 'MissingProduct' AS kind, line_no FROM flagged_lines WHERE {used} AND missing_product) k) e\n" +
            "WHERE example <= 5");
    }

    private static SqlStatement Transactions(PreparedColumns columns)
    {
        string order = columns.Has(ColumnRole.OrderId)
            ? "COALESCE(order_id, concat('line ', CAST(line_no AS STRING)))"
            : "concat('line ', CAST(line_no AS STRING))";
        return View("transactions", "one row per customer and order: first timestamp, summed amount and quantity",
            $"SELECT customer_id, {order} AS order_id, MIN(order_date) AS order_date,\n" +
            $"  CAST(SUM(CAST(amount AS {Money})) AS DOUBLE) AS amount,\n" +
            $"  CAST(SUM(CAST(quantity AS {Money})) AS DOUBLE) AS quantity\n" +
            "FROM purchase_lines\nWHERE customer_id IS NOT NULL\n" +
            $"GROUP BY customer_id, {order}");
    }

    private static SqlStatement Interactions(PreparedColumns columns, OrderLineOptions options)
    {
        string positive = options.Returns == ReturnHandling.Net ? "CASE WHEN quantity > 0 OR quantity IS NULL THEN order_id END" : "order_id";
        string orders = columns.Has(ColumnRole.Orders)
            ? "SUM(COALESCE(orders, 1))"
            : columns.Has(ColumnRole.OrderId) ? $"COUNT(DISTINCT {positive})" : "COUNT(*)";
        string quantity = columns.Has(ColumnRole.Quantity)
            ? $"CAST(SUM(CAST(quantity AS {Money})) AS DOUBLE)"
            : "CAST(COUNT(*) AS DOUBLE)";
        string having = columns.Has(ColumnRole.Quantity) ? $"\nHAVING SUM(CAST(quantity AS {Money})) > 0" : string.Empty;
        return View("interactions", "one row per customer and product: number of orders and summed quantity (returns netted under Net)",
            $"SELECT customer_id, product_id, CAST({orders} AS DOUBLE) AS orders, {quantity} AS quantity,\n" +
            "  MIN(order_date) AS first_date, MAX(order_date) AS last_date\n" +
            "FROM purchase_lines\nWHERE customer_id IS NOT NULL AND product_id IS NOT NULL\n" +
            $"GROUP BY customer_id, product_id{having}");
    }

    private static SqlStatement Ratings() =>
        View("ratings", "one explicit rating per customer and product: the latest (by date, then line)",
            "SELECT customer_id, product_id, rating, order_date FROM (\n" +
            "  SELECT customer_id, product_id, rating, order_date,\n" +
            "    ROW_NUMBER() OVER (PARTITION BY customer_id, product_id ORDER BY order_date DESC, line_no DESC) AS latest\n" +
            "  FROM purchase_lines WHERE customer_id IS NOT NULL AND product_id IS NOT NULL AND rating IS NOT NULL) r\n" +
            "WHERE latest = 1");

    private static SqlStatement DescriptionCounts(OrderLineOptions options) =>
        View("description_counts", "purchase lines per product and description",
            "SELECT product_id, description, SUM(line_count) AS line_count\n" +
            $"FROM line_groups WHERE {PurchaseCondition(options)} AND product_id IS NOT NULL AND description IS NOT NULL\n" +
            "GROUP BY product_id, description");

    private static SqlStatement Descriptions() =>
        View("product_descriptions", "the most frequent description of each product (ties: the first in text order)",
            "SELECT product_id, description FROM (\n" +
            "  SELECT product_id, description, ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY line_count DESC, description) AS popularity\n" +
            "  FROM description_counts) d\n" +
            "WHERE popularity = 1");

    private static SqlStatement PeriodSales(PreparedColumns columns, SalesPeriod period)
    {
        string unit = period switch
        {
            SalesPeriod.Day => "day",
            SalesPeriod.Month => "month",
            _ => "week",
        };
        string purpose = $"one row per product and {unit}: total quantity, quantity-weighted mean price and cost, promotion when most units were";
        string measures =
            $"CAST(SUM(CAST(quantity AS {Money})) AS DOUBLE) AS quantity,\n" +
            $"  CAST(SUM(CAST(quantity * unit_price AS {Money})) AS DOUBLE) / CAST(SUM(CAST(quantity AS {Money})) AS DOUBLE) AS unit_price,\n" +
            $"  CAST(SUM(CAST(quantity * unit_cost AS {Money})) AS DOUBLE) / CAST(SUM(CAST(CASE WHEN unit_cost IS NOT NULL THEN quantity END AS {Money})) AS DOUBLE) AS unit_cost,\n" +
            $"  SUM(CAST(CASE WHEN promotion THEN quantity ELSE 0 END AS {Money})) * 2 > SUM(CAST(quantity AS {Money})) AS promotion,\n" +
            "  MIN(min_price) AS min_price, MAX(max_price) AS max_price, COUNT(*) AS line_count";
        if (!columns.Has(ColumnRole.OrderDate))
        {
            // No dates: every row is already one observation (a product and period).
            return View("period_sales", "one row per input row (no date column: rows are periods already)",
                "SELECT product_id, CAST(NULL AS TIMESTAMP) AS period_start, quantity, unit_price, unit_cost, COALESCE(promotion, false) AS promotion,\n" +
                "  min_price, max_price, 1 AS line_count, line_no\n" +
                "FROM purchase_lines WHERE product_id IS NOT NULL");
        }

        return View("period_sales", purpose,
            $"SELECT product_id, date_trunc('{unit}', order_date) AS period_start,\n  {measures}, MIN(line_no) AS line_no\n" +
            "FROM purchase_lines WHERE product_id IS NOT NULL AND order_date IS NOT NULL\n" +
            $"GROUP BY product_id, date_trunc('{unit}', order_date)");
    }

    /// <summary>A wildcard pattern (<c>*</c>, <c>?</c>) as an upper-case LIKE pattern with '!' as escape.</summary>
    internal static string LikePattern(string wildcard)
    {
        var like = new StringBuilder();
        foreach (char c in wildcard.Trim().ToUpperInvariant())
        {
            like.Append(c switch
            {
                '*' => "%",
                '?' => "_",
                '%' or '_' or '!' => "!" + c,
                _ => c.ToString(),
            });
        }

        return PortableLiteral(like.ToString(), nameof(OrderLineOptions.ExcludeProducts));
    }

    /// <summary>A text literal both engines read the same way (no quotes or backslashes inside).</summary>
    internal static string PortableLiteral(string text, string option)
    {
        if (text.Contains('\'', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            throw Preconditions.InvalidOption(option,
                $"'{text}' contains a quote or a backslash, which Spark SQL and DuckDB read differently; use a wildcard (? or *) in its place.");
        }

        return $"'{text}'";
    }

    private static SqlStatement View(string name, string purpose, string select) =>
        new(name, purpose, $"CREATE OR REPLACE TEMPORARY VIEW {name} AS\n{select}");
}

using System.Text;

namespace EcomAI.Core.Data;

/// <summary>
/// The order-lines schema, defined once: every reader, the generated SQL, the PowerShell cmdlets' <c>-…Property</c>
/// parameters, their help and completions read these names and aliases.
/// </summary>
/// <remarks>
/// An order-lines export has one row per line: order id, customer id, product id, description, quantity, unit price
/// (or line amount), timestamp, and optionally unit cost, a promotion flag and per-product price bounds. Other columns
/// (country, channel) are kept as they are. A transactions file (customer, date, amount), a ratings file (customer,
/// product, rating) and a sales file (product, date, price, quantity) are order lines with some columns absent.
/// </remarks>
public static class OrderLineSchema
{
    private static readonly ColumnSpec[] Specs =
    [
        new(ColumnRole.OrderId, "order_id", ColumnKind.Text,
            ["InvoiceNo", "Invoice", "invoice_id", "order", "order_no", "order_number", "transaction_id"],
            "The order (invoice) a line belongs to; frequency counts distinct orders."),
        new(ColumnRole.CustomerId, "customer_id", ColumnKind.Text,
            ["CustomerID", "customer", "client_id", "client", "user_id", "user", "buyer_id"],
            "The customer who placed the order; lines without one are left out of customer-level jobs."),
        new(ColumnRole.ProductId, "product_id", ColumnKind.Text,
            ["StockCode", "sku", "product", "item_id", "item", "article", "movie_id"],
            "The product (stock code, SKU) of the line."),
        new(ColumnRole.Description, "description", ColumnKind.Text,
            ["product_name", "item_name", "name", "title"],
            "The product's description, shown beside its id in recommendations."),
        new(ColumnRole.Quantity, "quantity", ColumnKind.Number,
            ["qty", "units", "units_sold"],
            "Units on the line; a negative quantity is a return."),
        new(ColumnRole.UnitPrice, "unit_price", ColumnKind.Number,
            ["UnitPrice", "price", "sale_price"],
            "Price of one unit; line amount = quantity × unit price when there is no amount column."),
        new(ColumnRole.Amount, "amount", ColumnKind.Number,
            ["line_amount", "line_total", "total", "revenue", "sales", "value", "price_total"],
            "Money value of the line; negative for a refund."),
        new(ColumnRole.OrderDate, "order_date", ColumnKind.Timestamp,
            ["InvoiceDate", "date", "timestamp", "datetime", "order_time", "purchase_date", "created_at", "week", "week_start", "period_start", "last_date"],
            "When the order was placed (ISO 8601 unless a date format is given), or the start of a sales period."),
        new(ColumnRole.UnitCost, "unit_cost", ColumnKind.Number,
            ["UnitCost", "cost"],
            "Cost of one unit to the shop (pricing)."),
        new(ColumnRole.Promotion, "promotion", ColumnKind.Flag,
            ["promo", "on_promotion"],
            "Whether the line was sold on promotion: true/false, yes/no, 1/0."),
        new(ColumnRole.MinPrice, "min_price", ColumnKind.Number,
            ["price_floor"],
            "Lowest price allowed for the product (pricing bounds)."),
        new(ColumnRole.MaxPrice, "max_price", ColumnKind.Number,
            ["price_ceiling"],
            "Highest price allowed for the product (pricing bounds)."),
        new(ColumnRole.Rating, "rating", ColumnKind.Number,
            ["stars", "score"],
            "An explicit rating of the product by the customer (ratings files)."),
        new(ColumnRole.Orders, "orders", ColumnKind.Number,
            ["order_count"],
            "Number of orders behind an aggregated customer × product row (an interactions table)."),
    ];

    /// <summary>Every column of the schema, in a fixed order.</summary>
    public static IReadOnlyList<ColumnSpec> Columns { get; } = Array.AsReadOnly(Specs);

    /// <summary>The column with the given role.</summary>
    public static ColumnSpec Get(ColumnRole role) => Specs[(int)role];

    /// <summary>
    /// The key header names are compared by: lower case without spaces, underscores, hyphens and dots, so
    /// <c>Customer ID</c>, <c>CustomerID</c> and <c>customer_id</c> all read <c>customerid</c>.
    /// </summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        foreach (char c in name.Trim())
        {
            if (c is not (' ' or '_' or '-' or '.'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// The role a header names, or null. When the user chose a column for a role (<paramref name="chosen"/>), only that
    /// exact name (compared by <see cref="NormalizeName"/>) is used for the role, and it is not taken by another role.
    /// </summary>
    public static ColumnRole? RoleOf(string header, IReadOnlyDictionary<ColumnRole, string>? chosen = null)
    {
        string key = NormalizeName(header);
        if (chosen is not null)
        {
            foreach (var (role, name) in chosen)
            {
                if (NormalizeName(name) == key)
                {
                    return role;
                }
            }
        }

        foreach (var spec in Specs)
        {
            if (chosen is not null && chosen.ContainsKey(spec.Role))
            {
                continue;
            }

            if (spec.Matches(header))
            {
                return spec.Role;
            }
        }

        return null;
    }

    /// <summary>
    /// Assigns each role the first header that names it (the user's choice first, then canonical names before aliases
    /// in the order of <see cref="ColumnSpec.AcceptedNames"/>). Returns the header index per role, or -1.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.MissingColumn"/> when a chosen column is not present.</exception>
    public static IReadOnlyDictionary<ColumnRole, int> Resolve(IReadOnlyList<string> headers, IReadOnlyDictionary<ColumnRole, string>? chosen, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var keys = headers.Select(NormalizeName).ToArray();
        var result = new Dictionary<ColumnRole, int>();
        var taken = new HashSet<int>();
        if (chosen is not null)
        {
            foreach (var (role, name) in chosen.OrderBy(p => p.Key))
            {
                int index = Array.IndexOf(keys, NormalizeName(name));
                if (index < 0)
                {
                    throw new InputDataException(ErrorIds.MissingColumn,
                        $"{sourceName} has no column '{name}' (chosen for {Get(role).Name}). Columns present: {string.Join(", ", headers)}. " +
                        "Check the spelling or leave the choice out to use the built-in names.", null, null, name, null);
                }

                result[role] = index;
                taken.Add(index);
            }
        }

        foreach (var spec in Specs)
        {
            if (result.ContainsKey(spec.Role))
            {
                continue;
            }

            foreach (string accepted in spec.AcceptedNames)
            {
                int index = Array.IndexOf(keys, NormalizeName(accepted));
                if (index >= 0 && taken.Add(index))
                {
                    result[spec.Role] = index;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// An id as the jobs compare it: text as written (trimmed), except that an integral number with a trailing <c>.0</c> (a
    /// spreadsheet artefact: <c>17850.0</c>) is the integer (<c>17850</c>). The preparation SQL applies the same rule to the
    /// data; front ends apply it to id arguments such as <c>-UserId</c>.
    /// </summary>
    public static string NormalizeId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        string text = id.Trim();
        return text.Length > 2 && text.EndsWith(".0", StringComparison.Ordinal) && text[..^2].All(char.IsAsciiDigit) ? text[..^2] : text;
    }

    /// <summary>"customer_id (or CustomerID, customer, …)": how messages name a column the input lacks.</summary>
    public static string Describe(ColumnRole role)
    {
        var spec = Get(role);
        return $"'{spec.Name}' (or {string.Join(", ", spec.Aliases.Select(a => $"'{a}'"))})";
    }
}

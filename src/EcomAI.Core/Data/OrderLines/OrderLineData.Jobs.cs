using EcomAI.Core.Pricing;
using EcomAI.Core.Recommendation;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.Data;

public sealed partial class OrderLineData
{
    /// <summary>
    /// One transaction per customer and order (the <c>transactions</c> view): the order's first timestamp, its summed line
    /// amounts and quantities. Lines without a customer are left out (counted in the report). Ordered by customer, date, order.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.MissingColumn"/> without a customer or date column, or without
    /// an amount or quantity and unit price; <see cref="ErrorIds.EmptyInput"/> when no purchase has a customer.</exception>
    public TransactionData ToTransactions()
    {
        Require("customer segmentation", ColumnRole.CustomerId, ColumnRole.OrderDate);
        if (!Columns.Has(ColumnRole.Amount))
        {
            Require("customer segmentation (line amount = quantity × unit price)", ColumnRole.Quantity, ColumnRole.UnitPrice);
        }

        var rows = WithSession(s =>
        {
            var list = new List<Transaction>();
            s.Query("SELECT customer_id, order_id, order_date, amount, quantity FROM transactions ORDER BY customer_id, order_date, order_id", r =>
                list.Add(new Transaction(r.GetString(0), r.GetDateTime(2), r.GetDouble(3), r.GetString(1), r.IsDBNull(4) ? null : r.GetDouble(4))));
            return list;
        });
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"No purchase with a customer is left for customer-level jobs. {Report.Summary}");
        }

        long excluded = Options.Returns == ReturnHandling.Exclude ? Report.Count(LineRule.Cancellation) + Report.Count(LineRule.Return) : 0;
        // Customers whose every line was a cancellation or return left with them: RFM names them in its report.
        var returnOnly = Options.Returns != ReturnHandling.Exclude ? [] : WithSession(s =>
        {
            var ids = new List<string>();
            var buyers = rows.Select(t => t.CustomerId).ToHashSet(StringComparer.Ordinal);
            s.Query("SELECT DISTINCT customer_id FROM flagged_lines WHERE exclusion IN ('Cancellation', 'Return') AND customer_id IS NOT NULL ORDER BY customer_id",
                r =>
                {
                    string id = r.GetString(0);
                    if (!buyers.Contains(id))
                    {
                        ids.Add(id);
                    }
                });
            return ids;
        });
        return new TransactionData(rows.AsReadOnly(), SourceName, Columns.Has(ColumnRole.OrderId), (int)Math.Min(int.MaxValue, excluded), Options.Returns)
        {
            ReturnOnlyCustomersExcluded = returnOnly.AsReadOnly(),
        };
    }

    /// <summary>
    /// The customer × product matrix. Without a rating column, implicit feedback (the <c>interactions</c> view): the number of
    /// orders with the product (default) or the summed quantity; repeated purchases add up, returns are netted under
    /// Returns = Net. With a rating column, explicit ratings (the <c>ratings</c> view: the latest rating of each pair).
    /// </summary>
    /// <param name="value">What implicit feedback counts.</param>
    /// <param name="feedback">Explicit or implicit; null: explicit when the input has a rating column.</param>
    public InteractionMatrix ToInteractions(InteractionValue value = InteractionValue.Orders, FeedbackKind? feedback = null)
    {
        Preconditions.CheckDefined(value, nameof(value));
        Require("recommendation", ColumnRole.CustomerId, ColumnRole.ProductId);
        var kind = feedback ?? (Columns.Has(ColumnRole.Rating) ? FeedbackKind.Explicit : FeedbackKind.Implicit);
        Preconditions.CheckDefined(kind, nameof(feedback));
        if (kind == FeedbackKind.Explicit)
        {
            Require("explicit ratings", ColumnRole.Rating);
        }

        var rows = WithSession(s =>
        {
            var list = new List<Interaction>();
            string sql = kind == FeedbackKind.Explicit
                ? "SELECT customer_id, product_id, rating, order_date FROM ratings ORDER BY customer_id, product_id"
                : $"SELECT customer_id, product_id, {(value == InteractionValue.Orders ? "orders" : "quantity")}, last_date FROM interactions ORDER BY customer_id, product_id";
            s.Query(sql, r => list.Add(new Interaction(r.GetString(0), r.GetString(1), r.GetDouble(2), r.IsDBNull(3) ? null : r.GetDateTime(3))));
            return list;
        });
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"No purchase with both a customer and a product is left for recommendation. {Report.Summary}");
        }

        // Each pair's latest date (leave-last-out splits use it) when every pair has one; descriptions name the products in
        // explanations.
        if (rows.Exists(r => r.Timestamp is null))
        {
            rows = rows.ConvertAll(r => r with { Timestamp = null });
        }

        return InteractionMatrix.FromInteractions(rows, new InteractionOptions { Kind = kind, Duplicates = DuplicatePolicy.Sum })
            .WithItemDescriptions(ProductDescriptions());
    }

    /// <summary>The most frequent description of each product (the <c>product_descriptions</c> view); empty without a description column.</summary>
    public IReadOnlyDictionary<string, string> ProductDescriptions()
    {
        if (!Columns.Has(ColumnRole.Description) || !Columns.Has(ColumnRole.ProductId))
        {
            return new Dictionary<string, string>();
        }

        return WithSession(s =>
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            s.Query("SELECT product_id, description FROM product_descriptions", r => map[r.GetString(0)] = r.GetString(1));
            return map;
        });
    }

    /// <summary>
    /// One sales observation per product and period (the <c>period_sales</c> view): total quantity and quantity-weighted mean
    /// price (and unit cost), so demand is observed per period, not per invoice line. Lines without a customer count. An input
    /// without a date column is used row by row (it is one row per product and period already).
    /// </summary>
    public SalesData ToSales(SalesPeriod period = OrderLineSql.DefaultSalesPeriod)
    {
        Preconditions.CheckDefined(period, nameof(period));
        Require("price elasticity", ColumnRole.ProductId, ColumnRole.Quantity);
        if (!Columns.Has(ColumnRole.UnitPrice))
        {
            Require("price elasticity (unit price = amount ÷ quantity)", ColumnRole.Amount);
        }

        var rows = WithSession(s =>
        {
            var statement = OrderLineSql.Statements(Columns, Options, period).Single(x => x.View == "period_sales");
            s.Execute(statement.Text);
            var list = new List<SaleObservation>();
            s.Query("SELECT product_id, unit_price, quantity, period_start, unit_cost, promotion, min_price, max_price FROM period_sales ORDER BY product_id, period_start, line_no", r =>
                list.Add(new SaleObservation(r.GetString(0), r.IsDBNull(1) ? 0 : r.GetDouble(1), r.GetDouble(2),
                    r.IsDBNull(3) ? null : r.GetDateTime(3), r.IsDBNull(4) ? null : r.GetDouble(4), !r.IsDBNull(5) && r.GetBoolean(5),
                    r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7))));
            return list;
        });
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, $"No purchase with a product is left for pricing. {Report.Summary}");
        }

        return SalesData.FromPeriods(rows, strict: false, SourceName, Columns.Has(ColumnRole.OrderDate) ? period : null);
    }
}

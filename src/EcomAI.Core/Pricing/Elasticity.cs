using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Price elasticity of demand: the constant-elasticity model Q = a·P^b fitted to one product's sales, and the arc
/// (midpoint) elasticity between two observations.
/// </summary>
/// <remarks>
/// The default fit is OLS on ln Q = ln a + b·ln P (see <see cref="ElasticityEstimate"/> for the formulas).
/// For many products at once use <see cref="PricingAnalysis.Run(SalesData, PricingAnalysisOptions?)"/>.
/// </remarks>
public static class Elasticity
{
    /// <summary>Fits Q = a·P^b by log-log OLS to paired prices and quantities.</summary>
    public static ElasticityEstimate Fit(IReadOnlyList<double> prices, IReadOnlyList<double> quantities) =>
        Fit(prices, quantities, null, null);

    /// <summary>Fits Q = a·P^b (optionally with a promotion flag per observation) with the given options.</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    /// <exception cref="InputDataException">A value is not finite, or (strict) not positive.</exception>
    public static ElasticityEstimate Fit(IReadOnlyList<double> prices, IReadOnlyList<double> quantities,
        IReadOnlyList<bool>? promotions, ElasticityOptions? options)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(quantities);
        if (prices.Count != quantities.Count)
        {
            throw new ArgumentException($"prices has {prices.Count} values but quantities has {quantities.Count}: give one quantity per price.", nameof(quantities));
        }

        if (promotions is not null && promotions.Count != prices.Count)
        {
            throw new ArgumentException($"promotions has {promotions.Count} values but prices has {prices.Count}: give one flag per price.", nameof(promotions));
        }

        var rows = new SaleObservation[prices.Count];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new SaleObservation("product", prices[i], quantities[i], Promotion: promotions is not null && promotions[i]);
        }

        return FitOne(rows, options, productId: null);
    }

    /// <summary>Fits one product's sales (all observations must carry the same product id).</summary>
    /// <exception cref="InputDataException">The rows name more than one product, a value is invalid, or (strict) not positive.</exception>
    public static ElasticityEstimate Fit(IEnumerable<SaleObservation> sales, ElasticityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        var rows = sales.ToArray();
        string? id = rows.Length > 0 ? rows[0].ProductId : null;
        for (int i = 1; i < rows.Length; i++)
        {
            if (!string.Equals(rows[i].ProductId, id, StringComparison.Ordinal))
            {
                throw new InputDataException(ErrorIds.InvalidOption,
                    $"observations, row {i + 1}: product '{rows[i].ProductId}' differs from '{id}' in row 1. Elasticity.Fit takes one product's sales; use PricingAnalysis.Run for several products.",
                    i + 1, null, "ProductId", rows[i].ProductId);
            }
        }

        return FitOne(rows, options, id);
    }

    /// <summary>
    /// Arc (midpoint) elasticity between two observations: ((Q₂ − Q₁)/((Q₁ + Q₂)/2)) / ((P₂ − P₁)/((P₁ + P₂)/2)).
    /// </summary>
    /// <remarks>Symmetric in the two points, unlike the point formula %ΔQ/%ΔP measured from one end.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A price or quantity is not positive and finite, or the prices are equal.</exception>
    public static double Arc(double price1, double quantity1, double price2, double quantity2)
    {
        CheckPositive(price1, nameof(price1));
        CheckPositive(price2, nameof(price2));
        CheckNonNegative(quantity1, nameof(quantity1));
        CheckNonNegative(quantity2, nameof(quantity2));
        if (price1 == price2)
        {
            throw new ArgumentOutOfRangeException(nameof(price2), price2, "The two prices are equal: elasticity needs a price change.");
        }

        if (quantity1 + quantity2 == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity2), quantity2, "Both quantities are 0: the midpoint percentage change is undefined.");
        }

        double dq = (quantity2 - quantity1) / ((quantity1 + quantity2) / 2);
        double dp = (price2 - price1) / ((price1 + price2) / 2);
        return dq / dp;
    }

    /// <summary>Arc (midpoint) elasticity between two observations of the same product.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Prices equal or not positive, or quantities negative.</exception>
    public static double Arc(SaleObservation first, SaleObservation second) =>
        Arc(first.Price, first.Quantity, second.Price, second.Quantity);

    internal static ElasticityEstimate FitOne(ReadOnlySpan<SaleObservation> rows, ElasticityOptions? options, string? productId)
    {
        options ??= ElasticityOptions.Default;
        options.Validate();
        var prices = new double[rows.Length];
        var quantities = new double[rows.Length];
        var promos = new bool[rows.Length];
        int n = 0, excluded = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            ref readonly var o = ref rows[i];
            SalesData.Validate(o, i + 1);
            // A fit in levels takes periods without sales (Q = 0); a log model cannot.
            string? reason = DemandModelText.ExclusionReason(options.Method, o.Price, o.Quantity);
            if (reason is not null)
            {
                if (options.Strict)
                {
                    throw new InputDataException(ErrorIds.OutOfRange,
                        $"observations, row {i + 1}: {reason}. {DemandModelText.NeedsSentence(options.Method)}: remove the row, or leave Strict off to exclude such rows and count them.",
                        i + 1, null, o.Price > 0 ? "Quantity" : "Price", (o.Price > 0 ? o.Quantity : o.Price).ToString(CultureInfo.InvariantCulture));
                }

                excluded++;
                continue;
            }

            prices[n] = o.Price;
            quantities[n] = o.Quantity;
            promos[n] = o.Promotion;
            n++;
        }

        return FitCore(prices.AsSpan(0, n), quantities.AsSpan(0, n), promos.AsSpan(0, n), excluded, productId, options);
    }

    /// <summary>Fits already-validated positive data (the bulk path calls this directly).</summary>
    internal static ElasticityEstimate FitCore(ReadOnlySpan<double> prices, ReadOnlySpan<double> quantities, ReadOnlySpan<bool> promotions,
        int excluded, string? productId, ElasticityOptions options) =>
        options.Method == ElasticityMethod.LogLog
            ? LogLogFitter.Fit(prices, quantities, promotions, excluded, productId, options)
            : LevelsFitter.Fit(prices, quantities, promotions, excluded, productId, options);

    private static void CheckPositive(double v, string name)
    {
        if (!(v > 0) || !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} must be a positive finite number.");
        }
    }

    private static void CheckNonNegative(double v, string name)
    {
        if (!(v >= 0) || !double.IsFinite(v))
        {
            throw new ArgumentOutOfRangeException(name, v, $"{name} must be a finite number >= 0.");
        }
    }
}

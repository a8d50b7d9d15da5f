using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>Elasticity and recommended price for every product of a sales table.</summary>
public sealed record PricingAnalysisResult
{
    private readonly Dictionary<string, int> _index;

    // Sorted once, on first use: Products never changes after construction (a `with` copy shares it, and this).
    private readonly Lazy<IReadOnlyList<ProductPricingResult>> _byExpectedGain;

    internal PricingAnalysisResult(IReadOnlyList<ProductPricingResult> products, SalesExclusionReport exclusions, PricingAnalysisOptions options)
    {
        Products = products;
        Exclusions = exclusions;
        Options = options;
        _index = new Dictionary<string, int>(products.Count, StringComparer.Ordinal);
        for (int i = 0; i < products.Count; i++)
        {
            _index[products[i].ProductId] = i;
        }

        _byExpectedGain = new Lazy<IReadOnlyList<ProductPricingResult>>(() =>
            [.. products.OrderByDescending(p => double.IsFinite(p.Recommendation.ProfitChange) ? p.Recommendation.ProfitChange : double.NegativeInfinity)
                .ThenBy(p => p.ProductId, StringComparer.Ordinal)]);
    }

    /// <summary>One result per product, in order of first appearance in the input.</summary>
    public IReadOnlyList<ProductPricingResult> Products { get; }

    /// <summary>Rows left out of the model, and why.</summary>
    public SalesExclusionReport Exclusions { get; }

    /// <summary>The period each observation covers (from order lines: day, week or month); null when rows were taken as given.</summary>
    public SalesPeriod? Period { get; init; }

    /// <summary>
    /// The products in order of expected gain (profit change per period at the recommended price against today's, largest
    /// first; products without a figure last, by id): the order a pricing manager works through.
    /// </summary>
    public IReadOnlyList<ProductPricingResult> ByExpectedGain => _byExpectedGain.Value;

    /// <summary>The options used.</summary>
    public PricingAnalysisOptions Options { get; }

    /// <summary>The result for one product.</summary>
    /// <exception cref="KeyNotFoundException">The product is not in the sales data.</exception>
    public ProductPricingResult this[string productId] =>
        _index.TryGetValue(productId, out int i) ? Products[i] : throw new KeyNotFoundException($"Product '{productId}' is not in the sales data.");

    /// <summary>How many products got each price status.</summary>
    public IReadOnlyDictionary<PriceStatus, int> StatusCounts =>
        Products.GroupBy(p => p.Recommendation.Status).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>One row per product with every elasticity figure (standard errors, t, intercept, promotion coefficient...).</summary>
    public DataFrame EstimatesToDataFrame() => PricingFrames.Estimates(Products.Select(p => p.Estimate).ToList());

    /// <summary>
    /// The same analysis for the given products only, in the given order (a repeated id is kept once): a selection to
    /// chart, report or tabulate, e.g. <c>result.ForProducts(result.ByExpectedGain.Take(20).Select(p =&gt; p.ProductId))</c>.
    /// Exclusions, options and period are those of the whole analysis.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An id is not in the sales data.</exception>
    public PricingAnalysisResult ForProducts(IEnumerable<string> productIds)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selected = new List<ProductPricingResult>();
        foreach (string id in productIds)
        {
            if (seen.Add(id))
            {
                selected.Add(this[id]);
            }
        }

        return new PricingAnalysisResult(selected, Exclusions, Options) { Period = Period };
    }

    /// <summary>
    /// One row per product, in the order of <see cref="Products"/>: status, today's and the recommended price, the profit
    /// change with its interval, the figures at both prices, cost and its source, the allowed range and its sources, the
    /// estimate, observed revenue and the message (NaN figures become nulls). Sort by expected gain with
    /// <c>ForProducts(ByExpectedGain.Select(p =&gt; p.ProductId)).ToDataFrame()</c>.
    /// </summary>
    public DataFrame ToDataFrame() => PricingFrames.Products(Products);
}

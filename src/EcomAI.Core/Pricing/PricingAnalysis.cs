using EcomAI.Core.Data;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Elasticity and recommended price for every product of a sales table in one call: deterministic and parallel.
/// </summary>
/// <remarks>
/// Rows are grouped by product id (stable: each product keeps its rows in input order), products are fitted
/// independently on worker threads and each result is written to its product's slot, so the output is identical
/// whatever <see cref="PricingAnalysisOptions.MaxDegreeOfParallelism"/> is. Products come out in order of first
/// appearance in the input; products whose rows were all excluded come last, with status
/// <see cref="ElasticityStatus.NoData"/>.
/// </remarks>
public static class PricingAnalysis
{
    /// <summary>Runs with one unit cost and optional bounds for all products (profit objective).</summary>
    public static PricingAnalysisResult Run(SalesData sales, double unitCost, double? minPrice = null, double? maxPrice = null) =>
        Run(sales, new PricingAnalysisOptions
        {
            Optimizer = new PriceOptimizerOptions { UnitCost = unitCost, MinPrice = minPrice, MaxPrice = maxPrice },
        });

    /// <summary>Validates typed observations (excluding non-positive rows unless strict), then runs.</summary>
    /// <exception cref="InputDataException">A row is invalid, or (strict) has a non-positive price or quantity.</exception>
    public static PricingAnalysisResult Run(IEnumerable<SaleObservation> sales, PricingAnalysisOptions? options = null)
    {
        options ??= PricingAnalysisOptions.Default;
        options.Validate();
        return Run(SalesData.FromObservations(sales, options.Elasticity.Strict), options);
    }

    /// <summary>Fits every product of <paramref name="sales"/> and recommends a price for each.</summary>
    public static PricingAnalysisResult Run(SalesData sales, PricingAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        options ??= PricingAnalysisOptions.Default;
        options.Validate();
        var rows = sales.Observations;
        var (productOf, ids) = Index(rows);
        var excludedByProduct = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var x in sales.Exclusions.Rows)
        {
            excludedByProduct[x.ProductId] = excludedByProduct.GetValueOrDefault(x.ProductId) + 1;
            if (!ids.Lookup.ContainsKey(x.ProductId))
            {
                ids.Lookup[x.ProductId] = ids.Names.Count;
                ids.Names.Add(x.ProductId);
            }
        }

        int products = ids.Names.Count;

        // Counting sort of row indices by product: offsets[p]..offsets[p+1] are product p's rows, in input order.
        var offsets = new int[products + 1];
        foreach (int p in productOf)
        {
            offsets[p + 1]++;
        }

        int maxRows = 0;
        for (int p = 0; p < products; p++)
        {
            maxRows = Math.Max(maxRows, offsets[p + 1]);
            offsets[p + 1] += offsets[p];
        }

        var order = new int[rows.Count];
        var fill = (int[])offsets.Clone();
        for (int i = 0; i < productOf.Length; i++)
        {
            order[fill[productOf[i]]++] = i;
        }

        var results = new ProductPricingResult[products];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        Parallel.For(0, products, parallel, () => new Scratch(maxRows), (p, _, scratch) =>
        {
            string id = ids.Names[p];
            int start = offsets[p], count = offsets[p + 1] - start;
            double? dataCost = null;
            DateTime? costDate = null;
            for (int j = 0; j < count; j++)
            {
                var o = rows is SaleObservation[] arr ? arr[order[start + j]] : rows[order[start + j]];
                scratch.Prices[j] = o.Price;
                scratch.Quantities[j] = o.Quantity;
                scratch.Promotions[j] = o.Promotion;
                if (o.UnitCost is double c && (costDate is null || o.Date is null || o.Date >= costDate))
                {
                    dataCost = c;
                    costDate = o.Date ?? costDate;
                }
            }

            var estimate = Elasticity.FitCore(scratch.Prices.AsSpan(0, count), scratch.Quantities.AsSpan(0, count),
                scratch.Promotions.AsSpan(0, count), excludedByProduct.GetValueOrDefault(id), id, options.Elasticity);
            double cost = options.UnitCosts is not null && options.UnitCosts.TryGetValue(id, out double mapped) ? mapped
                : dataCost ?? options.Optimizer.UnitCost ?? double.NaN;
            var recommendation = PriceOptimizer.OptimizeCore(estimate, options.Optimizer, cost);
            results[p] = new ProductPricingResult(id, estimate, recommendation);
            return scratch;
        }, _ => { });

        return new PricingAnalysisResult(results, sales.Exclusions, options);
    }

    private static (int[] ProductOf, Ids Ids) Index(IReadOnlyList<SaleObservation> rows)
    {
        var ids = new Ids();
        var productOf = new int[rows.Count];
        string? last = null;
        int lastIndex = -1;
        for (int i = 0; i < rows.Count; i++)
        {
            string id = rows[i].ProductId;

            // Sales tables are usually sorted or blocked by product: skip the hash lookup for runs of the same id.
            if (!ReferenceEquals(id, last) && !string.Equals(id, last, StringComparison.Ordinal))
            {
                if (!ids.Lookup.TryGetValue(id, out lastIndex))
                {
                    lastIndex = ids.Names.Count;
                    ids.Lookup[id] = lastIndex;
                    ids.Names.Add(id);
                }

                last = id;
            }

            productOf[i] = lastIndex;
        }

        return (productOf, ids);
    }

    private sealed class Ids
    {
        public Dictionary<string, int> Lookup { get; } = new(StringComparer.Ordinal);

        public List<string> Names { get; } = [];
    }

    private sealed class Scratch(int size)
    {
        public double[] Prices { get; } = new double[size];

        public double[] Quantities { get; } = new double[size];

        public bool[] Promotions { get; } = new bool[size];
    }
}

using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.Pricing;

/// <summary>
/// Elasticity and recommended price for every product of a sales table in one call: deterministic and parallel.
/// </summary>
/// <remarks>
/// Rows are grouped by product id (stable: each product keeps its rows in input order), products are fitted
/// independently on worker threads and each result is written to its product's slot, so the output is identical
/// whatever <see cref="PricingAnalysisOptions.MaxDegreeOfParallelism"/> is. Products come out in order of first
/// appearance in the input (for <see cref="SalesData"/>, products whose rows were all excluded come last); a product
/// whose rows were all excluded gets <see cref="ElasticityStatus.NoData"/>.
/// A product's unit cost is, in order: <see cref="PricingAnalysisOptions.UnitCosts"/>, its most recent row with a
/// cost (latest date; without dates the last such row), <see cref="PriceOptimizerOptions.UnitCost"/>,
/// <see cref="PricingAnalysisOptions.CostRatio"/> × its median observed price.
/// </remarks>
public static class PricingAnalysis
{
    /// <summary>Runs with one unit cost and optional bounds for all products (profit objective).</summary>
    public static PricingAnalysisResult Run(SalesData sales, double unitCost, double? minPrice = null, double? maxPrice = null) =>
        Run(sales, new PricingAnalysisOptions
        {
            Optimizer = new PriceOptimizerOptions { UnitCost = unitCost, MinPrice = minPrice, MaxPrice = maxPrice },
        });

    /// <summary>Fits every product of <paramref name="sales"/> and recommends a price for each.</summary>
    public static PricingAnalysisResult Run(SalesData sales, PricingAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        options ??= PricingAnalysisOptions.Default;
        options.Validate();
        var rows = sales.ObservationArray;
        var exclusions = sales.Exclusions;
        if (options.Elasticity.Method == ElasticityMethod.NonlinearLevels && exclusions.Rows.Any(UsableInLevels))
        {
            // A fit in levels takes Q = 0 (a period without sales is data), which a log model cannot: give those rows back.
            rows = [.. rows, .. exclusions.Rows.Where(UsableInLevels).Select(x => x.Observation)];
            exclusions = new SalesExclusionReport(exclusions.Rows.Where(x => !UsableInLevels(x)).ToList()) { Model = LevelsModel };
        }
        else if (options.Elasticity.Method == ElasticityMethod.NonlinearLevels)
        {
            exclusions = exclusions with { Model = LevelsModel };
        }

        var ids = new ProductIndex();
        var productOf = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            productOf[i] = ids.Of(rows[i].ProductId);
        }

        // Products seen only in excluded rows come after the others, with their exclusions counted.
        foreach (var x in exclusions.Rows)
        {
            ids.CountExcluded(ids.Of(x.ProductId));
        }

        return Analyse(rows, productOf, ids, exclusions, options, sales.Period);
    }

    /// <summary>
    /// Validates typed observations (excluding non-positive rows unless <see cref="ElasticityOptions.Strict"/>), then
    /// runs. An in-memory list is read in place, not copied.
    /// </summary>
    /// <exception cref="InputDataException">A row is invalid, or (strict) has a non-positive price or quantity.</exception>
    public static PricingAnalysisResult Run(IEnumerable<SaleObservation> sales, PricingAnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        options ??= PricingAnalysisOptions.Default;
        options.Validate();
        var rows = sales as IReadOnlyList<SaleObservation> ?? sales.ToArray();
        if (rows.Count == 0)
        {
            throw new InputDataException(ErrorIds.EmptyInput, "observations has no rows: price elasticity estimates need at least one row.");
        }

        var ids = new ProductIndex();
        var productOf = new int[rows.Count];
        List<ExcludedSale>? excluded = null;
        for (int i = 0; i < rows.Count; i++)
        {
            var o = rows[i];
            SalesData.Validate(o, i + 1);
            int p = ids.Of(o.ProductId);
            string? reason = DemandModelText.ExclusionReason(options.Elasticity.Method, o.Price, o.Quantity);
            if (reason is null)
            {
                productOf[i] = p;
                continue;
            }

            if (options.Elasticity.Strict)
            {
                throw new InputDataException(ErrorIds.OutOfRange,
                    $"observations, row {i + 1} (product '{o.ProductId}'): {reason}. {DemandModelText.NeedsSentence(options.Elasticity.Method)}: " +
                    "remove the row, or leave Strict off to exclude such rows and count them.",
                    i + 1, null, o.Price > 0 ? "Quantity" : "Price", (o.Price > 0 ? o.Quantity : o.Price).ToString(CultureInfo.InvariantCulture));
            }

            productOf[i] = -1;
            ids.CountExcluded(p);
            (excluded ??= []).Add(new ExcludedSale(i + 1, o.ProductId, o.Price, o.Quantity, reason) { Observation = o });
        }

        var report = excluded is null ? SalesExclusionReport.None : new SalesExclusionReport(excluded);
        if (options.Elasticity.Method == ElasticityMethod.NonlinearLevels)
        {
            report = report with { Model = LevelsModel };
        }

        return Analyse(rows, productOf, ids, report, options, null);
    }

    /// <summary>Groups rows by product (productOf[i] = -1 skips row i) and fits every product in parallel.</summary>
    private static PricingAnalysisResult Analyse(IReadOnlyList<SaleObservation> rows, int[] productOf, ProductIndex ids,
        SalesExclusionReport exclusions, PricingAnalysisOptions options, SalesPeriod? period)
    {
        int products = ids.Count;

        // Counting sort of row indices by product: offsets[p]..offsets[p+1] are product p's rows, in input order.
        var offsets = new int[products + 1];
        foreach (int p in productOf)
        {
            if (p >= 0)
            {
                offsets[p + 1]++;
            }
        }

        int maxRows = 0;
        for (int p = 0; p < products; p++)
        {
            maxRows = Math.Max(maxRows, offsets[p + 1]);
            offsets[p + 1] += offsets[p];
        }

        var order = new int[offsets[products]];
        var fill = (int[])offsets.Clone();
        for (int i = 0; i < productOf.Length; i++)
        {
            if (productOf[i] >= 0)
            {
                order[fill[productOf[i]]++] = i;
            }
        }

        var array = rows as SaleObservation[];
        var results = new ProductPricingResult[products];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };

        // Each product is computed from its own rows only and stored in its own slot: no shared accumulation, so the
        // result cannot depend on scheduling. Range partitions keep the per-item overhead low for 100,000 products.
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, products, Math.Max(64, products / (8 * Environment.ProcessorCount) + 1)),
            parallel, () => new Scratch(maxRows), (range, _, scratch) =>
            {
                for (int p = range.Item1; p < range.Item2; p++)
                {
                    results[p] = FitProduct(p, rows, array, order, offsets, ids, options, scratch);
                }

                return scratch;
            }, _ => { });

        return new PricingAnalysisResult(results, exclusions, options) { Period = period };
    }

    private static ProductPricingResult FitProduct(int p, IReadOnlyList<SaleObservation> rows, SaleObservation[]? array, int[] order,
        int[] offsets, ProductIndex ids, PricingAnalysisOptions options, Scratch scratch)
    {
        string id = ids.Name(p);
        int start = offsets[p], count = offsets[p + 1] - start;
        double? dataCost = null, dataMin = null, dataMax = null, current = null;
        double revenue = 0;
        DateTime? costDate = null, boundDate = null, currentDate = null;
        for (int j = 0; j < count; j++)
        {
            int row = order[start + j];
            var o = array is not null ? array[row] : rows[row];
            scratch.Prices[j] = o.Price;
            scratch.Quantities[j] = o.Quantity;
            scratch.Promotions[j] = o.Promotion;
            revenue += o.Price * o.Quantity;

            // Most recent cost, bounds and price ("today's"): a later date wins; rows without a date count as "later"
            // than what came before.
            if (o.UnitCost is double c && (costDate is null || o.Date is null || o.Date >= costDate))
            {
                dataCost = c;
                costDate = o.Date ?? costDate;
            }

            if ((o.MinPrice is not null || o.MaxPrice is not null) && (boundDate is null || o.Date is null || o.Date >= boundDate))
            {
                dataMin = o.MinPrice ?? dataMin;
                dataMax = o.MaxPrice ?? dataMax;
                boundDate = o.Date ?? boundDate;
            }

            if (o.Price > 0 && (currentDate is null || o.Date is null || o.Date >= currentDate))
            {
                current = o.Price;
                currentDate = o.Date ?? currentDate;
            }
        }

        var estimate = Elasticity.FitCore(scratch.Prices.AsSpan(0, count), scratch.Quantities.AsSpan(0, count),
            scratch.Promotions.AsSpan(0, count), ids.Excluded(p), id, options.Elasticity);
        (double cost, CostSource source) = options.UnitCosts is not null && options.UnitCosts.TryGetValue(id, out double mapped) ? (mapped, CostSource.Given)
            : dataCost is double d ? (d, CostSource.Data)
            : options.Optimizer.UnitCost is double u ? (u, CostSource.UnitCost)
            : options.CostRatio is double ratio ? (ratio * Median(scratch.Prices.AsSpan(0, count), scratch.Sorted), CostSource.CostRatio)
            : (double.NaN, CostSource.None);
        var recommendation = PriceOptimizer.OptimizeCore(estimate, options.Optimizer, cost, current, dataMin, dataMax);
        return new ProductPricingResult(id, estimate, recommendation) { CostSource = source, ObservedRevenue = revenue };
    }

    /// <summary>The median of the product's observed prices (sorted in the worker's scratch buffer, no allocation).</summary>
    private static double Median(ReadOnlySpan<double> prices, double[] buffer)
    {
        if (prices.IsEmpty)
        {
            return double.NaN;
        }

        var sorted = buffer.AsSpan(0, prices.Length);
        prices.CopyTo(sorted);
        sorted.Sort();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static readonly string LevelsModel = DemandModelText.Needs(ElasticityMethod.NonlinearLevels);

    private static bool UsableInLevels(ExcludedSale x) => x.Price > 0 && x.Quantity == 0;

    /// <summary>Product id ↔ index in first-appearance order, with excluded-row counts.</summary>
    private sealed class ProductIndex
    {
        private readonly Dictionary<string, int> _lookup = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];
        private readonly List<int> _excluded = [];
        private string? _last;
        private int _lastIndex = -1;

        public int Count => _names.Count;

        public string Name(int p) => _names[p];

        public int Excluded(int p) => _excluded[p];

        public void CountExcluded(int p) => _excluded[p]++;

        public int Of(string id)
        {
            // Sales tables are usually blocked by product: skip the hash lookup for runs of the same id.
            if (ReferenceEquals(id, _last) || string.Equals(id, _last, StringComparison.Ordinal))
            {
                return _lastIndex;
            }

            if (!_lookup.TryGetValue(id, out int index))
            {
                index = _names.Count;
                _lookup[id] = index;
                _names.Add(id);
                _excluded.Add(0);
            }

            _last = id;
            _lastIndex = index;
            return index;
        }
    }

    private sealed class Scratch(int size)
    {
        public double[] Prices { get; } = new double[size];

        public double[] Quantities { get; } = new double[size];

        public bool[] Promotions { get; } = new bool[size];

        public double[] Sorted { get; } = new double[size];
    }
}

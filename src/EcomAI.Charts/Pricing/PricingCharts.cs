using EcomAI.Charts.Styling;
using EcomAI.Core.Pricing;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Pricing;

/// <summary>
/// Charts of pricing results: observed sales with the fitted demand curve, the profit curve with the
/// recommended price, its interval and the price bounds, and elasticities with their intervals across products.
/// Pure functions of the results (no I/O); read the data back with <see cref="Json.ChartJson"/>.
/// </summary>
public static partial class PricingCharts
{
    /// <summary>Price axis title (prices carry no currency in the data, so the unit is generic).</summary>
    public const string PriceAxisTitle = "Price (currency per unit)";

    /// <summary>
    /// Observed price/quantity points of one product with the fitted constant-elasticity curve Q = a·P^b over the
    /// observed price range. Promoted observations, when present, are a separate series.
    /// </summary>
    /// <param name="estimate">The product's elasticity estimate. When not usable, only the points are drawn and the title says why.</param>
    /// <param name="sales">Sales observations; those of other products (by <see cref="ElasticityEstimate.ProductId"/>) are ignored.</param>
    /// <param name="points">Points on the fitted curve (≥ 2).</param>
    /// <returns>
    /// The chart: traces "Observed" (or "Observed (regular)" and "Observed (promotion)"), "Fitted demand", and
    /// "Fitted demand (promotion)" when the model has a promotion effect and promoted weeks were observed.
    /// </returns>
    /// <exception cref="ArgumentException">No observation of the product has a finite price and quantity.</exception>
    public static GenericChart DemandCurve(ElasticityEstimate estimate, IEnumerable<SaleObservation> sales, int points = 101)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        string product = estimate.ProductId ?? "the product";
        var observed = sales
            .Where(s => estimate.ProductId is null || string.Equals(s.ProductId, estimate.ProductId, StringComparison.Ordinal))
            .Where(s => double.IsFinite(s.Price) && double.IsFinite(s.Quantity))
            .ToList();
        if (observed.Count == 0)
        {
            throw new ArgumentException(
                $"No sales of {product} with a finite price and quantity were given: pass the sales the estimate was fitted on.", nameof(sales));
        }

        var traces = new List<GenericChart>();
        bool anyPromotion = observed.Any(s => s.Promotion);
        foreach (var group in observed.GroupBy(s => s.Promotion).OrderBy(g => g.Key))
        {
            string name = !anyPromotion ? "Observed" : group.Key ? "Observed (promotion)" : "Observed (regular)";
            var list = group.ToList();
            var chart = CSharpChart.Scatter<double, double, string>(
                list.Select(s => s.Price), list.Select(s => s.Quantity), StyleParam.Mode.Markers, Name: name);
            ChartStyle.HoverText(ChartStyle.Only(chart), list.Select(s =>
                $"{name}<br>Price: {Fmt.N(s.Price)}<br>Quantity: {Fmt.N(s.Quantity, 1)}"
                + (s.Date is { } d ? $"<br>Date: {Fmt.Date(d)}" : string.Empty)));
            traces.Add(chart);
        }

        string title;
        if (estimate.IsUsable)
        {
            var prices = observed.Where(s => s.Price > 0).Select(s => s.Price).ToList();
            double lo = prices.Count > 0 ? prices.Min() : estimate.ObservedMinPrice;
            double hi = prices.Count > 0 ? prices.Max() : estimate.ObservedMaxPrice;
            var grid = Grid(lo, hi, points);
            var fitted = CSharpChart.Scatter<double, double, string>(
                grid, grid.Select(p => estimate.PredictQuantity(p)), StyleParam.Mode.Lines, Name: "Fitted demand");
            ChartStyle.HoverText(ChartStyle.Only(fitted), grid.Select(p =>
                $"Fitted demand Q = a·P^b<br>Price: {Fmt.N(p)}<br>Quantity: {Fmt.N(estimate.PredictQuantity(p), 1)}"));
            traces.Add(fitted);
            if (estimate.PromotionUsed && estimate.PromotionCoefficient is double g && anyPromotion)
            {
                var promoted = CSharpChart.Scatter<double, double, string>(
                    grid, grid.Select(p => estimate.PredictQuantity(p, promotion: true)), StyleParam.Mode.Lines, Name: "Fitted demand (promotion)");
                Trace t = ChartStyle.Only(promoted);
                t.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dot" });
                ChartStyle.HoverText(t, grid.Select(p =>
                    $"Fitted demand on promotion Q = a·P^b·e^g (g = {Fmt.N(g, 3)})<br>Price: {Fmt.N(p)}<br>Quantity: {Fmt.N(estimate.PredictQuantity(p, promotion: true), 1)}"));
                traces.Add(promoted);
            }

            title = $"Demand for {product}: Q = {Fmt.N(estimate.A, 1)}·P^{Fmt.N(estimate.B, 3)}, "
                + $"b {Level(estimate.ConfidenceLevel)} CI [{Fmt.N(estimate.BLower, 3)}, {Fmt.N(estimate.BUpper, 3)}], "
                + $"R² = {Fmt.N(estimate.RSquared, 3)}, n = {estimate.N}";
        }
        else
        {
            title = $"Demand for {product}: no fitted curve ({estimate.Status}: {estimate.Message})";
        }

        return ChartStyle.Finish(CSharpChart.Combine(traces), title, PriceAxisTitle, "Quantity sold (units per period)");
    }

    /// <summary>"95%" from 0.95.</summary>
    internal static string Level(double confidence) => Fmt.Pct(confidence).Replace(".0%", "%", StringComparison.Ordinal);

    /// <summary><paramref name="points"/> evenly spaced values from <paramref name="lo"/> to <paramref name="hi"/> (ends exact).</summary>
    internal static double[] Grid(double lo, double hi, int points)
    {
        var grid = new double[points];
        for (int i = 0; i < points; i++)
        {
            grid[i] = i == points - 1 ? hi : lo + ((hi - lo) * i / (points - 1));
        }

        return grid;
    }
}

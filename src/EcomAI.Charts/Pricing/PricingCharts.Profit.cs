using EcomAI.Charts.Styling;
using EcomAI.Core.Pricing;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace EcomAI.Charts.Pricing;

public static partial class PricingCharts
{
    /// <summary>
    /// Expected profit (P − c)·a·P^b against price, with the recommended price marked, the price interval implied
    /// by the elasticity's confidence interval shaded, and the min/max price bounds drawn as vertical lines.
    /// </summary>
    /// <param name="recommendation">The recommendation; its estimate must be usable and its unit cost known.</param>
    /// <param name="points">Points on the profit curve (≥ 2).</param>
    /// <returns>
    /// Traces in drawing order: "Price interval (…)" (when finite ends exist), "Expected profit", "Min price bound" /
    /// "Max price bound" (when set), "Unconstrained optimum" (when the bound moved the price), "Today's price" (when the
    /// recommendation has a what-if: today's price and its expected profit), "Recommended price" (when there is one). The
    /// title gives the expected profit change against today's price and its interval when both prices are known.
    /// </returns>
    /// <remarks>
    /// The y axis shows profits down to −½ of the curve's maximum (losses far below cost would flatten the rest);
    /// the band and bound lines span that visible range. The price range is that of <see cref="PriceCurve.For(PriceRecommendation, int)"/>: from half the lowest to 1.5 × the
    /// highest of the observed prices, the recommended price and the bounds. An interval end outside that range
    /// (or unbounded) is drawn to the edge and its hover text gives the true end.
    /// </remarks>
    /// <exception cref="ArgumentException">The estimate is not usable or no unit cost is known: there is no profit curve.</exception>
    public static GenericChart ProfitCurve(PriceRecommendation recommendation, int points = 201)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 2);
        string product = recommendation.ProductId ?? recommendation.Estimate.ProductId ?? "the product";
        if (!recommendation.Estimate.IsUsable)
        {
            throw new ArgumentException(
                $"No profit curve for {product}: the elasticity was not estimated ({recommendation.Estimate.Status}: {recommendation.Estimate.Message}).",
                nameof(recommendation));
        }

        if (!double.IsFinite(recommendation.UnitCost))
        {
            throw new ArgumentException(
                $"No profit curve for {product}: no unit cost is known. Give a unit cost to the optimiser.", nameof(recommendation));
        }

        var curve = PriceCurve.For(recommendation, points);
        double[] x = curve.Points.Select(p => p.Price).ToArray();
        double[] profit = curve.Points.Select(p => p.Profit).ToArray();
        double yMax = profit.Max();

        // Far below cost the loss dwarfs the interesting part of the curve: show down to −½ of the best profit only.
        double yMin = yMax > 0 ? Math.Max(profit.Min(), -0.5 * yMax) : profit.Min();
        double xMin = x[0], xMax = x[^1];
        var traces = new List<GenericChart>();

        string level = Level(recommendation.Estimate.ConfidenceLevel);
        if (double.IsFinite(recommendation.PriceLower) || double.IsFinite(recommendation.PriceUpper))
        {
            double lo = Math.Clamp(double.IsFinite(recommendation.PriceLower) ? recommendation.PriceLower : xMin, xMin, xMax);
            double hi = Math.Clamp(double.IsFinite(recommendation.PriceUpper) ? recommendation.PriceUpper : xMax, xMin, xMax);
            var band = CSharpChart.Scatter<double, double, string>(
                [lo, hi, hi, lo, lo], [yMin, yMin, yMax, yMax, yMin], StyleParam.Mode.Lines, Name: $"Price interval ({level})");
            Trace t = ChartStyle.Only(band);
            t.SetProperty("fill", "toself");
            t.SetProperty("fillcolor", "rgba(99, 110, 250, 0.15)");
            t.SetProperty("line", new Dictionary<string, object> { ["width"] = 0 });
            ChartStyle.HoverText(t,
                $"Price interval from the elasticity's {level} CI: {Fmt.N(recommendation.PriceLower)} to {Fmt.N(recommendation.PriceUpper)}"
                + (recommendation.IntervalUnboundedAbove ? " (unbounded above)" : string.Empty));
            traces.Add(band);
        }

        var line = CSharpChart.Scatter<double, double, string>(x, profit, StyleParam.Mode.Lines, Name: "Expected profit");
        ChartStyle.HoverText(ChartStyle.Only(line), curve.Points.Select(p =>
            $"Price: {Fmt.N(p.Price)}<br>Expected quantity: {Fmt.N(p.Quantity, 1)}<br>Expected profit: {Fmt.N(p.Profit)}"));
        traces.Add(line);

        AddBound(traces, "Min price bound", recommendation.MinPrice, yMin, yMax);
        AddBound(traces, "Max price bound", recommendation.MaxPrice, yMin, yMax);

        double unconstrained = recommendation.UnconstrainedPrice;
        if (recommendation.HasPrice && double.IsFinite(unconstrained) && unconstrained > 0
            && Math.Abs(unconstrained - recommendation.Price) > 1e-9 * Math.Max(1, Math.Abs(unconstrained))
            && unconstrained >= xMin && unconstrained <= xMax)
        {
            double q = recommendation.Estimate.PredictQuantity(unconstrained);
            double pi = (unconstrained - recommendation.UnitCost) * q;
            var marker = CSharpChart.Scatter<double, double, string>([unconstrained], [pi], StyleParam.Mode.Markers, Name: "Unconstrained optimum");
            Trace t = ChartStyle.Only(marker);
            t.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "circle-open", ["size"] = 12 });
            ChartStyle.HoverText(t, [$"Unconstrained optimum c·b/(1 + b)<br>Price: {Fmt.N(unconstrained)}<br>Expected profit: {Fmt.N(pi)}"]);
            traces.Add(marker);
        }

        if (double.IsFinite(recommendation.CurrentPrice) && double.IsFinite(recommendation.CurrentProfit))
        {
            var today = CSharpChart.Scatter<double, double, string>(
                [recommendation.CurrentPrice], [recommendation.CurrentProfit], StyleParam.Mode.Markers, Name: "Today's price");
            Trace t = ChartStyle.Only(today);
            t.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "diamond", ["size"] = 12 });
            ChartStyle.HoverText(t, [
                $"Today's price: {Fmt.N(recommendation.CurrentPrice)}<br>Expected quantity: {Fmt.N(recommendation.CurrentQuantity, 1)}<br>"
                + $"Expected profit: {Fmt.N(recommendation.CurrentProfit)}"]);
            traces.Add(today);
        }

        bool whatIf = double.IsFinite(recommendation.ProfitChange);
        string change = whatIf
            ? $"{Signed(recommendation.ProfitChange)} against today's {Fmt.N(recommendation.CurrentPrice)} "
              + $"({level} interval {Signed(recommendation.ProfitChangeLower)} to {Signed(recommendation.ProfitChangeUpper)})"
            : string.Empty;
        string title;
        if (recommendation.HasPrice)
        {
            var marker = CSharpChart.Scatter<double, double, string>(
                [recommendation.Price], [recommendation.ExpectedProfit], StyleParam.Mode.Markers, Name: "Recommended price");
            Trace t = ChartStyle.Only(marker);
            t.SetProperty("marker", new Dictionary<string, object> { ["symbol"] = "star", ["size"] = 16 });
            ChartStyle.HoverText(t, [
                $"Recommended price: {Fmt.N(recommendation.Price)} ({recommendation.Status})<br>"
                + $"Expected quantity: {Fmt.N(recommendation.ExpectedQuantity, 1)}<br>Expected profit: {Fmt.N(recommendation.ExpectedProfit)}<br>"
                + $"Margin: {Fmt.Pct(recommendation.Margin)}<br>{level} interval: {Fmt.N(recommendation.PriceLower)} to {Fmt.N(recommendation.PriceUpper)}"
                + (whatIf ? $"<br>Profit change: {change}" : string.Empty)]);
            traces.Add(marker);
            title = $"Profit curve for {product}: recommended price {Fmt.N(recommendation.Price)} ({recommendation.Status}), "
                + $"unit cost {Fmt.N(recommendation.UnitCost)}, b = {Fmt.N(recommendation.Elasticity, 3)}"
                + (whatIf ? $"<br><sub>expected profit change per period {change}</sub>" : string.Empty);
        }
        else
        {
            title = $"Profit curve for {product}: no recommended price ({recommendation.Status}: {recommendation.Message})";
        }

        double pad = 0.08 * Math.Max(yMax - yMin, 1e-9);
        var yAxis = new Dictionary<string, object> { ["range"] = new[] { yMin - pad, yMax + pad } };
        return ChartStyle.Finish(CSharpChart.Combine(traces), title, PriceAxisTitle, "Expected profit (currency per period)", yAxis: yAxis);
    }

    /// <summary>A change with its sign: +1.56, −1.08.</summary>
    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Fmt.N(value);

    private static void AddBound(List<GenericChart> traces, string name, double? bound, double yMin, double yMax)
    {
        if (bound is not { } b || !double.IsFinite(b))
        {
            return;
        }

        var chart = CSharpChart.Scatter<double, double, string>([b, b], [yMin, yMax], StyleParam.Mode.Lines, Name: name);
        Trace t = ChartStyle.Only(chart);
        t.SetProperty("line", new Dictionary<string, object> { ["dash"] = "dash", ["color"] = "rgba(80, 80, 80, 0.9)", ["width"] = 1.5 });
        ChartStyle.HoverText(t, $"{name}: {Fmt.N(b)}");
        traces.Add(chart);
    }
}

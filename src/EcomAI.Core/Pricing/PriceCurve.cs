using EcomAI.Core.Data;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.Pricing;

/// <summary>Demand, revenue and profit over an evenly spaced price grid, for charts.</summary>
public sealed record PriceCurve
{
    private PriceCurve(string? productId, double unitCost, double recommendedPrice, IReadOnlyList<PriceCurvePoint> points)
    {
        ProductId = productId;
        UnitCost = unitCost;
        RecommendedPrice = recommendedPrice;
        Points = points;
    }

    /// <summary>The product, when known.</summary>
    public string? ProductId { get; }

    /// <summary>Unit cost used for the profit column.</summary>
    public double UnitCost { get; }

    /// <summary>The recommended price to mark on a chart (NaN when built without a recommendation or none exists).</summary>
    public double RecommendedPrice { get; }

    /// <summary>Grid points in increasing price order.</summary>
    public IReadOnlyList<PriceCurvePoint> Points { get; }

    /// <summary>Evaluates the fitted curve on <paramref name="points"/> evenly spaced prices from <paramref name="fromPrice"/> to <paramref name="toPrice"/>.</summary>
    /// <exception cref="ArgumentException">The estimate is not usable, or the range or point count is invalid.</exception>
    public static PriceCurve Build(ElasticityEstimate estimate, double unitCost, double fromPrice, double toPrice, int points = 101) =>
        Build(estimate, unitCost, fromPrice, toPrice, points, double.NaN);

    /// <summary>
    /// The curve around a recommendation: from half the lowest of (observed minimum, recommended price, today's price,
    /// MinPrice) to 1.5 × the highest of (observed maximum, finite recommended price, today's price, MaxPrice); without
    /// observed prices the unit cost also counts.
    /// </summary>
    public static PriceCurve For(PriceRecommendation recommendation, int points = 101)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        var e = recommendation.Estimate;
        // A hand-made estimate (e.g. a = 1000, b = -2 in a lesson) has no observed prices: the range then comes from
        // the recommended price, the bounds and the unit cost, whichever exist.
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (double v in new[]
                 {
                     e.ObservedMinPrice, e.ObservedMaxPrice, recommendation.Price, recommendation.CurrentPrice, recommendation.MinPrice ?? double.NaN,
                     recommendation.MaxPrice ?? double.NaN, double.IsFinite(e.ObservedMinPrice) ? double.NaN : recommendation.UnitCost,
                 })
        {
            if (double.IsFinite(v) && v > 0)
            {
                lo = Math.Min(lo, v);
                hi = Math.Max(hi, v);
            }
        }

        if (!double.IsFinite(lo))
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"No price range for the curve of product '{e.ProductId}': the estimate has no observed prices and there is no " +
                "recommended price, bound or unit cost. Use PriceCurve.Build with an explicit price range.");
        }

        double c = double.IsNaN(recommendation.UnitCost) ? 0 : recommendation.UnitCost;
        return Build(e, c, lo * 0.5, hi * 1.5, points, recommendation.Price);
    }

    /// <summary>Columns product_id, price, quantity, revenue, profit.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("product_id", Points.Select(_ => ProductId ?? "")),
        new DoubleDataFrameColumn("price", Points.Select(p => p.Price)),
        new DoubleDataFrameColumn("quantity", Points.Select(p => p.Quantity)),
        new DoubleDataFrameColumn("revenue", Points.Select(p => p.Revenue)),
        new DoubleDataFrameColumn("profit", Points.Select(p => p.Profit)));

    private static PriceCurve Build(ElasticityEstimate estimate, double unitCost, double fromPrice, double toPrice, int points, double recommended)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        if (!estimate.IsUsable)
        {
            throw new InputDataException(ErrorIds.InsufficientData,
                $"No curve for product '{estimate.ProductId}': the elasticity was not estimated ({estimate.Status}: {estimate.Message}).");
        }

        if (!double.IsFinite(unitCost) || unitCost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(unitCost), unitCost, "unitCost must be a finite number >= 0.");
        }

        if (!(fromPrice > 0) || !double.IsFinite(toPrice) || !(toPrice > fromPrice))
        {
            throw new ArgumentOutOfRangeException(nameof(toPrice), toPrice, $"The price range must satisfy 0 < fromPrice < toPrice (got {fromPrice} to {toPrice}).");
        }

        if (points < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points, "points must be at least 2.");
        }

        var list = new PriceCurvePoint[points];
        double step = (toPrice - fromPrice) / (points - 1);
        for (int i = 0; i < points; i++)
        {
            double p = i == points - 1 ? toPrice : fromPrice + (i * step);
            double q = estimate.PredictQuantity(p);
            list[i] = new PriceCurvePoint(p, q, p * q, (p - unitCost) * q);
        }

        return new PriceCurve(estimate.ProductId, unitCost, recommended, list);
    }
}

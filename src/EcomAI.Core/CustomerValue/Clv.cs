namespace EcomAI.Core.CustomerValue;

/// <summary>Discounted customer lifetime value from a purchase model and a spend model.</summary>
/// <remarks>
/// With Δ one mean calendar month in the model's time unit and E(t) = eq. (10) over t: the purchases of month k are
/// E(kΔ) − E((k−1)Δ), discounted by (1 + d)^(−k/12) for an annual rate d (lifetimes discounts the same monthly
/// increments by a monthly rate). CLV = margin × expected spend × Σₖ₌₁..H discounted purchases. Each distinct
/// (x, t_x, T) history is computed once.
/// </remarks>
public static class Clv
{
    /// <summary>Discounted expected purchases over the horizon, and undiscounted ones, per customer of the summary.</summary>
    /// <param name="model">The purchase model.</param>
    /// <param name="summary">The customers.</param>
    /// <param name="horizonMonths">Months to count.</param>
    /// <param name="annualDiscountRate">d ≥ 0.</param>
    /// <param name="maxDegreeOfParallelism">Threads; null = all cores.</param>
    public static (double[] Discounted, double[] Undiscounted) ExpectedPurchasesByMonth(
        BgNbdModel model, CustomerSummary summary, int horizonMonths, double annualDiscountRate, int? maxDegreeOfParallelism = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(summary);
        Preconditions.CheckAtLeast(horizonMonths, 1, nameof(horizonMonths));
        Preconditions.CheckFinite(annualDiscountRate, nameof(annualDiscountRate), 0);
        Preconditions.CheckThreads(maxDegreeOfParallelism);
        double month = Periods.Month(model.TimeUnit);
        var discount = Enumerable.Range(1, horizonMonths).Select(k => Math.Pow(1 + annualDiscountRate, -k / 12.0)).ToArray();

        var index = new Dictionary<(int, double, double), int>();
        var histories = new List<(int X, double Tx, double T)>();
        var of = new int[summary.Count];
        for (int i = 0; i < summary.Count; i++)
        {
            var key = (summary.Frequency[i], summary.Recency[i], summary.T[i]);
            if (!index.TryGetValue(key, out int h))
            {
                h = histories.Count;
                index.Add(key, h);
                histories.Add(key);
            }

            of[i] = h;
        }

        var discounted = new double[histories.Count];
        var total = new double[histories.Count];
        var p = model.Parameters;
        Parallel.For(0, histories.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 }, h =>
        {
            var (x, tx, t) = histories[h];
            double alive = BgNbdMath.ProbabilityAlive(p, x, tx, t);
            double previous = 0, sum = 0;
            for (int k = 1; k <= horizonMonths; k++)
            {
                double current = BgNbdMath.ExpectedIfAlive(p, x, t, k * month);
                sum += (current - previous) * discount[k - 1];
                previous = current;
            }

            discounted[h] = alive * sum;
            total[h] = alive * previous;
        });

        return (of.Select(h => discounted[h]).ToArray(), of.Select(h => total[h]).ToArray());
    }
}

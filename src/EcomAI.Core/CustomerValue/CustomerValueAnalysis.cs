using System.Globalization;
using EcomAI.Core.Data;
using EcomAI.Core.Segmentation;

namespace EcomAI.Core.CustomerValue;

/// <summary>
/// From transactions to a ranked customer list: summary (lifetimes' conventions), BG/NBD purchases, Gamma-Gamma spend,
/// P(alive), expected purchases and discounted CLV per customer, plus the holdout check and the cohort tracking.
/// </summary>
/// <example>
/// <code>
/// var result = CustomerValueAnalysis.Run(TransactionReader.FromCsv("orders.csv"));
/// foreach (var c in result.Customers.Take(10)) Console.WriteLine($"{c.CustomerId}: CLV {c.Clv:F2}, P(alive) {c.ProbabilityAlive:P0}");
/// var bySegment = result.BySegment(CustomerSegmentation.Fit(orders));
/// </code>
/// </example>
public static class CustomerValueAnalysis
{
    /// <summary>Runs the whole analysis on transactions.</summary>
    /// <param name="transactions">Customer, timestamp, amount per row (an order-lines export's transactions work as they are).</param>
    /// <param name="options">Null for <see cref="CustomerValueOptions.Default"/>.</param>
    /// <exception cref="InputDataException">
    /// <see cref="ErrorIds.InvalidOption"/> for a bad option; <see cref="ErrorIds.EmptyInput"/> with nothing to summarise;
    /// <see cref="ErrorIds.InsufficientData"/> when no customer repeated (BG/NBD) or fewer than 3 have a positive repeat
    /// spend (Gamma-Gamma), or the spend model's mean is infinite.
    /// </exception>
    public static CustomerValueResult Run(TransactionData transactions, CustomerValueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= CustomerValueOptions.Default;
        options.Validate();
        var summary = CustomerSummary.FromTransactions(transactions, options.SummaryOptions);
        return Run(summary, options);
    }

    /// <summary>Runs the analysis on a summary that is already built (its time unit and holdout are used as they are).</summary>
    /// <exception cref="InputDataException">As <see cref="Run(TransactionData, CustomerValueOptions?)"/>.</exception>
    public static CustomerValueResult Run(CustomerSummary summary, CustomerValueOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        options ??= CustomerValueOptions.Default;
        options.Validate();
        var purchases = BgNbd.Fit(summary, options.PurchaseModelOptions);
        var spend = GammaGamma.Fit(summary, options.SpendModelOptions);
        var warnings = new List<string>();
        if (purchases.Status != FitStatus.Converged)
        {
            warnings.Add(purchases.Message);
        }

        if (spend.Status != FitStatus.Converged)
        {
            warnings.Add(spend.Message);
        }

        if (spend.Warning is not null)
        {
            warnings.Add(spend.Warning);
        }

        var (discounted, total) = Clv.ExpectedPurchasesByMonth(purchases, summary, options.Horizon, options.DiscountRate, options.MaxDegreeOfParallelism);
        var alive = purchases.ProbabilityAlive(summary);
        HoldoutComparison? holdout = summary.HasHoldout ? purchases.CompareHoldout(summary) : null;
        CohortTracking? tracking = summary.Timeline is null ? null : purchases.TrackCohort(summary);
        int n = summary.Count;
        var spendPerPurchase = new double[n];
        var clv = new double[n];
        for (int i = 0; i < n; i++)
        {
            int x = summary.Frequency[i];
            double m = summary.Monetary[i];

            // Customers left out of the spend fit (no repeat, or a non-positive mean after returns) get the population mean.
            spendPerPurchase[i] = spend.ExpectedAverageSpend(x > 0 && m > 0 ? x : 0, x > 0 && m > 0 ? m : 0);
            clv[i] = options.Margin * spendPerPurchase[i] * discounted[i];
        }

        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(order, (i, j) => clv[j].CompareTo(clv[i]) is var c && c != 0 ? c : string.CompareOrdinal(summary.CustomerIds[i], summary.CustomerIds[j]));
        var customers = new CustomerLifetimeValue[n];
        for (int rank = 0; rank < n; rank++)
        {
            int i = order[rank];
            customers[rank] = new CustomerLifetimeValue(
                rank + 1, summary.CustomerIds[i], summary.Frequency[i], summary.Recency[i], summary.T[i], summary.Monetary[i],
                alive[i], total[i], spendPerPurchase[i], clv[i], summary.HoldoutFrequency?[i], holdout?.Expected[i]);
        }

        var leftOut = new List<string>();
        if (summary.RowsAfterObservationEnd > 0)
        {
            leftOut.Add(string.Create(CultureInfo.InvariantCulture, $"{summary.RowsAfterObservationEnd:N0} transactions after the observation end"));
        }

        if (summary.CustomersFirstSeenInHoldout > 0)
        {
            leftOut.Add(string.Create(CultureInfo.InvariantCulture, $"{summary.CustomersFirstSeenInHoldout:N0} customers whose first purchase is after the calibration end (not in the cohort)"));
        }

        if (leftOut.Count > 0)
        {
            warnings.Add("Left out: " + string.Join("; ", leftOut) + ".");
        }

        return new CustomerValueResult(summary, purchases, spend, customers, holdout, tracking, warnings, options);
    }
}

using System.Globalization;
using EcomAI.Core.Data;

namespace EcomAI.Core.CustomerValue;

public sealed partial class BgNbdModel
{
    /// <summary>
    /// Expected against actual holdout purchases, grouped by calibration frequency 0, 1, ..., and "≥ maxFrequency" (the
    /// data of lifetimes' <c>plot_calibration_purchases_vs_holdout_purchases</c> and of FHL 2005's Figure 4). Expected =
    /// eq. (10) over the holdout duration.
    /// </summary>
    /// <param name="summary">A summary with a holdout (made with <see cref="CustomerSummaryOptions.CalibrationEnd"/>).</param>
    /// <param name="maxFrequency">Customers with at least this many calibration repeats share the last group.</param>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/> when the summary has no holdout.</exception>
    public HoldoutComparison CompareHoldout(CustomerSummary summary, int maxFrequency = 7)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Preconditions.CheckAtLeast(maxFrequency, 1, nameof(maxFrequency));
        Preconditions.CheckOption(summary.HasHoldout, nameof(CustomerSummaryOptions.CalibrationEnd),
            "The summary has no holdout period: build it with CalibrationEnd set to a date before the last transaction.");
        double[] expected = ExpectedPurchases(summary, summary.HoldoutDuration);
        var customers = new int[maxFrequency + 1];
        var actual = new double[maxFrequency + 1];
        var predicted = new double[maxFrequency + 1];
        for (int i = 0; i < summary.Count; i++)
        {
            int g = Math.Min(summary.Frequency[i], maxFrequency);
            customers[g]++;
            actual[g] += summary.HoldoutFrequency![i];
            predicted[g] += expected[i];
        }

        var rows = new List<HoldoutGroup>();
        for (int g = 0; g <= maxFrequency; g++)
        {
            if (customers[g] > 0)
            {
                string label = g < maxFrequency ? g.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{maxFrequency}+");
                rows.Add(new HoldoutGroup(label, g, customers[g], actual[g] / customers[g], predicted[g] / customers[g]));
            }
        }

        return new HoldoutComparison(rows, expected, summary.HoldoutDuration, TimeUnit, actual.Sum(), predicted.Sum());
    }

    /// <summary>
    /// The cohort's expected cumulative repeat purchases period by period (FHL 2005, Figure 2's tracking plot) against the
    /// actual ones: at the end of period p, Σ over customers who started by then of E[X(time since their first purchase)],
    /// eq. (9). Customers are those of the summary; periods run from the first first-purchase to the observation end.
    /// </summary>
    /// <exception cref="InputDataException"><see cref="ErrorIds.InvalidOption"/> for a summary given as columns (no dates).</exception>
    public CohortTracking TrackCohort(CustomerSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var timeline = summary.Timeline;
        Preconditions.CheckOption(timeline is not null, nameof(summary),
            "The summary has no purchase dates (it was given as columns): build it from transactions to track the cohort.");
        int periods = timeline.Count;

        // E[X(d·L)] for every lag d in periods, computed once.
        var byLag = new double[periods];
        for (int d = 1; d < periods; d++)
        {
            byLag[d] = BgNbdMath.ExpectedIfAlive(Parameters, 0, 0, d * timeline.PeriodLength);
        }

        var actual = new double[periods];
        var expected = new double[periods];
        double running = 0;
        var starts = timeline.FirstPurchases;
        for (int p = 0; p < periods; p++)
        {
            running += timeline.RepeatPurchases[p];
            actual[p] = running;
            double sum = 0;
            for (int q = 0; q <= p; q++)
            {
                if (starts[q] != 0)
                {
                    sum += starts[q] * byLag[p - q];
                }
            }

            expected[p] = sum;
        }

        var dates = Enumerable.Range(0, periods).Select(timeline.PeriodStart).ToArray();
        return new CohortTracking(dates, actual, expected, timeline.CalibrationEndIndex, timeline.Period);
    }
}

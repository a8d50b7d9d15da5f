namespace EcomAI.Core.CustomerValue;

/// <summary>
/// The cohort's purchases per purchase period, from the first period in which a customer of the summary bought to the end
/// of the observation: how many customers made their first purchase, and how many repeat purchases were made (purchases
/// merged per period as in the summary, holdout included). The actual curve of <see cref="BgNbdModel.TrackCohort"/>.
/// </summary>
public sealed class PurchaseTimeline
{
    internal PurchaseTimeline(DateTime start, TimeUnit period, double periodLength, long[] firstPurchases, long[] repeatPurchases, int calibrationEndIndex)
    {
        Start = start;
        Period = period;
        PeriodLength = periodLength;
        FirstPurchases = firstPurchases;
        RepeatPurchases = repeatPurchases;
        CalibrationEndIndex = calibrationEndIndex;
    }

    /// <summary>First day of period 0.</summary>
    public DateTime Start { get; }

    /// <summary>The purchase period (the summary's <see cref="CustomerSummaryOptions.EffectivePurchasePeriod"/>).</summary>
    public TimeUnit Period { get; }

    /// <summary>Length of one period in the summary's time unit (1, or 1/7 for days in weeks, ...).</summary>
    public double PeriodLength { get; }

    /// <summary>Customers whose first purchase falls in each period.</summary>
    public IReadOnlyList<long> FirstPurchases { get; }

    /// <summary>Repeat purchases (merged per period) made in each period.</summary>
    public IReadOnlyList<long> RepeatPurchases { get; }

    /// <summary>Index of the period that contains the calibration end.</summary>
    public int CalibrationEndIndex { get; }

    /// <summary>Number of periods.</summary>
    public int Count => RepeatPurchases.Count;

    /// <summary>First day of period <paramref name="index"/>.</summary>
    public DateTime PeriodStart(int index) => Periods.Start(Periods.Index(Start, Period) + index, Period);
}

namespace EcomAI.Core.CustomerValue;

/// <summary>How transactions become one (frequency, recency, T, monetary) row per customer; see <see cref="CustomerSummary"/>.</summary>
public sealed record CustomerSummaryOptions
{
    /// <summary>The defaults: weeks, purchases merged per week, no holdout, observation ending on the last transaction's date.</summary>
    public static CustomerSummaryOptions Default { get; } = new();

    /// <summary>
    /// The convention of Fader, Hardie &amp; Lee (2005) on the CDNOW data, and of lifetimes'
    /// <c>summary_data_from_transaction_data(freq='D', freq_multiplier=7)</c>: purchases merged per day, times in weeks
    /// (days / 7). Set <see cref="CalibrationEnd"/> to 1997-09-30 for the paper's 39-week calibration period.
    /// </summary>
    public static CustomerSummaryOptions DaysInWeeks { get; } = new() { TimeUnit = TimeUnit.Week, PurchasePeriod = TimeUnit.Day };

    /// <summary>Unit of recency, T, horizons and α. Default <see cref="TimeUnit.Week"/>.</summary>
    public TimeUnit TimeUnit { get; init; } = TimeUnit.Week;

    /// <summary>
    /// Purchases within one period of this length are merged into one (their amounts summed), lifetimes' convention.
    /// Null (default): the same as <see cref="TimeUnit"/>, so recency and T are whole numbers of periods, as lifetimes'
    /// <c>freq</c>. <see cref="TimeUnit.Day"/> with week or month units keeps day resolution (days / 7, days / 30.436875).
    /// </summary>
    public TimeUnit? PurchasePeriod { get; init; }

    /// <summary>
    /// Last day of the calibration period (inclusive). The models are fitted on transactions up to this day; later ones
    /// (up to <see cref="ObservationEnd"/>) form the holdout, counted per customer to check the predictions. Customers
    /// whose first purchase falls in the holdout are left out (and counted). Null (default): no holdout.
    /// </summary>
    public DateTime? CalibrationEnd { get; init; }

    /// <summary>
    /// Last day of the observation (inclusive): T is measured up to it when there is no holdout. Transactions after it are
    /// left out and counted. Null (default): the date of the last transaction.
    /// </summary>
    public DateTime? ObservationEnd { get; init; }

    /// <summary>The period purchases are merged within.</summary>
    public TimeUnit EffectivePurchasePeriod => PurchasePeriod ?? TimeUnit;

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        Preconditions.CheckDefined(TimeUnit, nameof(TimeUnit));
        if (PurchasePeriod is { } period)
        {
            Preconditions.CheckDefined(period, nameof(PurchasePeriod));
            Preconditions.CheckOption(period == TimeUnit || period == TimeUnit.Day, nameof(PurchasePeriod),
                $"{nameof(PurchasePeriod)} = {period} with {nameof(TimeUnit)} = {TimeUnit}: purchases can be merged per {TimeUnit} (the default) or per Day; use one of those.");
        }

        if (CalibrationEnd is { } cal && ObservationEnd is { } obs)
        {
            Preconditions.CheckOption(cal.Date <= obs.Date, nameof(CalibrationEnd),
                $"{nameof(CalibrationEnd)} = {cal:yyyy-MM-dd} is after {nameof(ObservationEnd)} = {obs:yyyy-MM-dd}: the calibration period must end on or before the observation's end.");
        }
    }
}

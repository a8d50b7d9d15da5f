namespace EcomAI.Core.CustomerValue;

/// <summary>
/// Options of <see cref="CustomerValueAnalysis.Run(Segmentation.TransactionData, CustomerValueOptions?)"/>: how the summary is
/// built, how the models are fitted, and how customer lifetime value is counted.
/// </summary>
public sealed record CustomerValueOptions
{
    /// <summary>The defaults: weeks, no holdout, 12-month horizon, 10% annual discount rate, margin 1 (CLV in revenue).</summary>
    public static CustomerValueOptions Default { get; } = new();

    /// <summary>Unit of recency, T and α. Default weeks. See <see cref="CustomerSummaryOptions.TimeUnit"/>.</summary>
    public TimeUnit TimeUnit { get; init; } = TimeUnit.Week;

    /// <summary>Period purchases are merged within; null (default) = <see cref="TimeUnit"/>. See <see cref="CustomerSummaryOptions.PurchasePeriod"/>.</summary>
    public TimeUnit? PurchasePeriod { get; init; }

    /// <summary>Last day of the calibration period; later transactions form the holdout. Null (default): no holdout.</summary>
    public DateTime? CalibrationEnd { get; init; }

    /// <summary>Last day of the observation; null (default): the last transaction's date.</summary>
    public DateTime? ObservationEnd { get; init; }

    /// <summary>CLV horizon in months (mean calendar months of 30.436875 days). Default 12.</summary>
    public int Horizon { get; init; } = 12;

    /// <summary>
    /// Annual discount rate d: the purchases of month k (k = 1..Horizon) are discounted by (1 + d)^(−k/12). Default 0.10.
    /// (lifetimes' <c>customer_lifetime_value</c> takes a monthly rate; a monthly 1% is an annual 12.68%.)
    /// </summary>
    public double DiscountRate { get; init; } = 0.10;

    /// <summary>Share of each purchase's value that is profit. Default 1 (CLV in revenue); use your gross margin, e.g. 0.3.</summary>
    public double Margin { get; init; } = 1.0;

    /// <summary>L2 penalty on the log-parameters of both models; default 0. See <see cref="BgNbdOptions.Penalty"/>.</summary>
    public double Penalty { get; init; }

    /// <summary>Confidence level of the parameter intervals. Default 0.95.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Threads; null (default) = all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The summary options these settings imply.</summary>
    public CustomerSummaryOptions SummaryOptions => new()
    {
        TimeUnit = TimeUnit,
        PurchasePeriod = PurchasePeriod,
        CalibrationEnd = CalibrationEnd,
        ObservationEnd = ObservationEnd,
    };

    /// <summary>The BG/NBD options these settings imply.</summary>
    public BgNbdOptions PurchaseModelOptions => new() { Penalty = Penalty, ConfidenceLevel = ConfidenceLevel, MaxDegreeOfParallelism = MaxDegreeOfParallelism };

    /// <summary>The Gamma-Gamma options these settings imply.</summary>
    public GammaGammaOptions SpendModelOptions => new() { Penalty = Penalty, ConfidenceLevel = ConfidenceLevel };

    /// <summary>Checks the options once; names the offending option.</summary>
    /// <exception cref="Data.InputDataException">With <see cref="Data.ErrorIds.InvalidOption"/>.</exception>
    public void Validate()
    {
        SummaryOptions.Validate();
        PurchaseModelOptions.Validate();
        Preconditions.CheckOption(Horizon is >= 1 and <= 1200, nameof(Horizon), $"{nameof(Horizon)} = {Horizon}: use 1 to 1200 months.");
        Preconditions.CheckFinite(DiscountRate, nameof(DiscountRate), 0, 10);
        Preconditions.CheckFinite(Margin, nameof(Margin), 0, 1);
    }
}

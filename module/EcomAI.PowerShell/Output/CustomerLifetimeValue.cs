using EcomAI.Core.CustomerValue;

namespace EcomAI.PowerShell;

/// <summary>One customer's forecast: the output of <c>Get-CustomerValue</c>, ranked by CLV.</summary>
public sealed class CustomerLifetimeValue
{
    private readonly CustomerValueResult _result;

    internal CustomerLifetimeValue(Core.CustomerValue.CustomerLifetimeValue customer, CustomerValueResult result, string settings)
    {
        _result = result;
        Rank = customer.Rank;
        CustomerId = customer.CustomerId;
        Frequency = customer.Frequency;
        Recency = customer.Recency;
        T = customer.T;
        Monetary = customer.Monetary;
        ProbabilityAlive = customer.ProbabilityAlive;
        ExpectedPurchases = customer.ExpectedPurchases;
        ExpectedSpend = customer.ExpectedSpend;
        Clv = customer.Clv;
        HoldoutPurchases = customer.HoldoutPurchases;
        ExpectedHoldoutPurchases = customer.ExpectedHoldoutPurchases;
        TimeUnit = result.Summary.TimeUnit;
        Settings = settings;
    }

    /// <summary>1 = highest CLV.</summary>
    public int Rank { get; }

    /// <summary>Customer identifier.</summary>
    public string CustomerId { get; }

    /// <summary>Repeat purchase periods in the calibration period.</summary>
    public int Frequency { get; }

    /// <summary>Time from the first to the last purchase, in <see cref="TimeUnit"/>.</summary>
    public double Recency { get; }

    /// <summary>Time from the first purchase to the end of the calibration period, in <see cref="TimeUnit"/>.</summary>
    public double T { get; }

    /// <summary>Mean value of the repeat purchases (0 without any).</summary>
    public double Monetary { get; }

    /// <summary>Probability that the customer is still active.</summary>
    public double ProbabilityAlive { get; }

    /// <summary>Expected repeat purchases over the horizon.</summary>
    public double ExpectedPurchases { get; }

    /// <summary>Expected value per purchase.</summary>
    public double ExpectedSpend { get; }

    /// <summary>Discounted expected purchases × expected spend × margin over the horizon.</summary>
    public double Clv { get; }

    /// <summary>Actual purchase periods after -CalibrationEnd (null without one).</summary>
    public int? HoldoutPurchases { get; }

    /// <summary>Expected purchases over the holdout period (null without one).</summary>
    public double? ExpectedHoldoutPurchases { get; }

    /// <summary>Unit of Recency and T.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>The CLV settings in words (horizon, discount rate, margin, unit).</summary>
    public string Settings { get; }

    /// <summary>The whole analysis (models, summary, holdout check) for Export-EcomReport and further work.</summary>
    public CustomerValueResult GetResult() => _result;
}

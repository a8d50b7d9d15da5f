using System.Globalization;
using EcomAI.Core.Segmentation;
using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>The result of <see cref="CustomerValueAnalysis"/>: the ranked customers and the fitted models.</summary>
public sealed class CustomerValueResult
{
    internal CustomerValueResult(
        CustomerSummary summary, BgNbdModel purchases, GammaGammaModel spend, CustomerLifetimeValue[] customers,
        HoldoutComparison? holdout, CohortTracking? tracking, IReadOnlyList<string> warnings, CustomerValueOptions options)
    {
        Summary = summary;
        PurchaseModel = purchases;
        SpendModel = spend;
        Customers = customers;
        Holdout = holdout;
        Tracking = tracking;
        Warnings = warnings;
        Options = options;
    }

    /// <summary>The customer summary the models were fitted on.</summary>
    public CustomerSummary Summary { get; }

    /// <summary>The BG/NBD purchase model.</summary>
    public BgNbdModel PurchaseModel { get; }

    /// <summary>The Gamma-Gamma spend model.</summary>
    public GammaGammaModel SpendModel { get; }

    /// <summary>Customers ranked by CLV (highest first; ties by id).</summary>
    public IReadOnlyList<CustomerLifetimeValue> Customers { get; }

    /// <summary>Calibration against holdout, when the summary has a holdout.</summary>
    public HoldoutComparison? Holdout { get; }

    /// <summary>Cumulative repeat purchases of the cohort, actual against expected (null for a summary given as columns).</summary>
    public CohortTracking? Tracking { get; }

    /// <summary>Fit statuses other than Converged, the frequency–spend correlation warning, and what was left out.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The options used.</summary>
    public CustomerValueOptions Options { get; }

    /// <summary>Sum of CLV over all customers.</summary>
    public double TotalClv => Customers.Sum(c => c.Clv);

    /// <summary>Both models' parameters: r, alpha, a, b, p, q, v.</summary>
    public IReadOnlyList<ParameterEstimate> Estimates => [.. PurchaseModel.Estimates, .. SpendModel.Estimates];

    /// <summary>"12 months, 10% a year, margin 100%": the CLV settings in words.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"CLV over {Options.Horizon} months, discounted at {Options.DiscountRate:P1} a year, margin {Options.Margin:P0}; times in {Summary.TimeUnit.ToString().ToLowerInvariant()}s");

    /// <summary>CLV per RFM segment: joins the customers with a segmentation on customer id.</summary>
    /// <param name="segmentation">A segmentation of (ideally) the same transactions.</param>
    public SegmentValueTable BySegment(SegmentationResult segmentation) => SegmentValueTable.Join(this, segmentation);

    /// <summary>
    /// The ranked list: rank, customer_id, frequency, recency, T, monetary_value, probability_alive, expected_purchases,
    /// expected_spend, clv (and holdout_purchases, expected_holdout_purchases with a holdout).
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var columns = new List<DataFrameColumn>
        {
            new Int32DataFrameColumn("rank", Customers.Select(c => c.Rank)),
            new StringDataFrameColumn("customer_id", Customers.Select(c => c.CustomerId)),
            new Int32DataFrameColumn("frequency", Customers.Select(c => c.Frequency)),
            new DoubleDataFrameColumn("recency", Customers.Select(c => c.Recency)),
            new DoubleDataFrameColumn("T", Customers.Select(c => c.T)),
            new DoubleDataFrameColumn("monetary_value", Customers.Select(c => c.Monetary)),
            new DoubleDataFrameColumn("probability_alive", Customers.Select(c => c.ProbabilityAlive)),
            new DoubleDataFrameColumn("expected_purchases", Customers.Select(c => c.ExpectedPurchases)),
            new DoubleDataFrameColumn("expected_spend", Customers.Select(c => c.ExpectedSpend)),
            new DoubleDataFrameColumn("clv", Customers.Select(c => c.Clv)),
        };
        if (Holdout is not null)
        {
            columns.Add(new Int32DataFrameColumn("holdout_purchases", Customers.Select(c => c.HoldoutPurchases ?? 0)));
            columns.Add(new DoubleDataFrameColumn("expected_holdout_purchases", Customers.Select(c => c.ExpectedHoldoutPurchases ?? 0)));
        }

        return new DataFrame(columns);
    }

    /// <summary>Both models' parameters as a table (model, parameter, estimate, std_error, lower, upper).</summary>
    public DataFrame ParametersToDataFrame() => EstimateFrames.ToDataFrame(Estimates);
}

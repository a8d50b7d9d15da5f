using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>Calibration against holdout: expected and actual holdout purchases by calibration frequency.</summary>
public sealed class HoldoutComparison
{
    private readonly double[] _expected;

    internal HoldoutComparison(IReadOnlyList<HoldoutGroup> groups, double[] expected, double duration, TimeUnit unit, double totalActual, double totalExpected)
    {
        Groups = groups;
        _expected = expected;
        Duration = duration;
        TimeUnit = unit;
        TotalActual = totalActual;
        TotalExpected = totalExpected;
    }

    /// <summary>One row per calibration frequency group.</summary>
    public IReadOnlyList<HoldoutGroup> Groups { get; }

    /// <summary>Expected holdout purchases per customer, in the summary's order.</summary>
    public IReadOnlyList<double> Expected => _expected;

    /// <summary>Holdout length in time units.</summary>
    public double Duration { get; }

    /// <summary>Unit of <see cref="Duration"/>.</summary>
    public TimeUnit TimeUnit { get; }

    /// <summary>All holdout purchases.</summary>
    public double TotalActual { get; }

    /// <summary>All expected holdout purchases.</summary>
    public double TotalExpected { get; }

    /// <summary>Columns frequency_calibration, customers, mean_actual_holdout, mean_expected_holdout.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("frequency_calibration", Groups.Select(g => g.Label)),
        new Int32DataFrameColumn("customers", Groups.Select(g => g.Customers)),
        new DoubleDataFrameColumn("mean_actual_holdout", Groups.Select(g => g.MeanActual)),
        new DoubleDataFrameColumn("mean_expected_holdout", Groups.Select(g => g.MeanExpected)));
}

using Microsoft.Data.Analysis;

namespace EcomAI.Core.CustomerValue;

/// <summary>Cumulative repeat purchases of the cohort per period: actual and expected by the model.</summary>
public sealed class CohortTracking
{
    private readonly DateTime[] _periodStart;
    private readonly double[] _actual;
    private readonly double[] _expected;

    internal CohortTracking(DateTime[] periodStart, double[] actual, double[] expected, int calibrationEndIndex, TimeUnit period)
    {
        _periodStart = periodStart;
        _actual = actual;
        _expected = expected;
        CalibrationEndIndex = calibrationEndIndex;
        Period = period;
    }

    /// <summary>First day of each period.</summary>
    public IReadOnlyList<DateTime> PeriodStart => _periodStart;

    /// <summary>Actual cumulative repeat purchases at the end of each period.</summary>
    public IReadOnlyList<double> ActualCumulative => _actual;

    /// <summary>Expected cumulative repeat purchases at the end of each period.</summary>
    public IReadOnlyList<double> ExpectedCumulative => _expected;

    /// <summary>Index of the period holding the calibration end (later periods are a forecast).</summary>
    public int CalibrationEndIndex { get; }

    /// <summary>Length of one period.</summary>
    public TimeUnit Period { get; }

    /// <summary>Number of periods.</summary>
    public int Count => _actual.Length;

    /// <summary>Columns period_start, actual_cumulative, expected_cumulative, holdout.</summary>
    public DataFrame ToDataFrame() => new(
        new PrimitiveDataFrameColumn<DateTime>("period_start", _periodStart),
        new DoubleDataFrameColumn("actual_cumulative", _actual),
        new DoubleDataFrameColumn("expected_cumulative", _expected),
        new BooleanDataFrameColumn("holdout", Enumerable.Range(0, Count).Select(p => p > CalibrationEndIndex)));
}

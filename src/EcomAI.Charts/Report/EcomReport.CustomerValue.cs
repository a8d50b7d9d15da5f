using System.Globalization;
using EcomAI.Charts.CustomerValue;
using EcomAI.Core.CustomerValue;

namespace EcomAI.Charts.Report;

public sealed partial class EcomReport
{
    /// <summary>
    /// Adds a customer-value section: what was fitted (both models' parameters with intervals and statuses, warnings), the
    /// CLV distribution, P(alive) over frequency × recency, the holdout check and the cohort tracking when available, CLV
    /// by segment when a segment table is given, and the top customers.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="bySegment">CLV per RFM segment (<see cref="CustomerValueResult.BySegment"/>), or null.</param>
    /// <param name="maxRows">Customers listed in the ranked table.</param>
    /// <returns>This report.</returns>
    /// <exception cref="Core.Data.InputDataException"><see cref="Core.Data.ErrorIds.InvalidOption"/>: a count is below its minimum.</exception>
    public EcomReport AddCustomerValue(CustomerValueResult result, SegmentValueTable? bySegment = null, int maxRows = 50)
    {
        ArgumentNullException.ThrowIfNull(result);
        CheckCount(maxRows, 1, nameof(maxRows));
        AddHeading($"Customer lifetime value ({Styling.Fmt.I(result.Customers.Count)} customers, total {Styling.Fmt.N(result.TotalClv)})");
        var summary = result.Summary;
        string calibration = summary.CalibrationEnd is { } cal ? ", calibration to " + cal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        string observation = summary.ObservationEnd is { } end ? ", observation to " + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        AddText($"{result.Describe()}. Purchases per customer from {summary.SourceName}: frequency = repeat purchase periods, recency and age T in "
            + $"{summary.TimeUnit.ToString().ToLowerInvariant()}s{calibration}{observation}. {result.PurchaseModel.Message} {result.SpendModel.Message}");
        foreach (string warning in result.Warnings.Where(w => w != result.PurchaseModel.Message && w != result.SpendModel.Message))
        {
            AddText("Warning: " + warning);
        }

        AddTable(result.ParametersToDataFrame(), "Model parameters with standard errors and intervals");
        AddChart(CustomerValueCharts.ClvDistribution(result));
        AddChart(CustomerValueCharts.ProbabilityAlive(result));
        if (result.Holdout is { } holdout)
        {
            AddChart(CustomerValueCharts.CalibrationVsHoldout(holdout));
            AddTable(holdout.ToDataFrame(), "Holdout purchases by calibration frequency");
        }

        if (result.Tracking is { } tracking)
        {
            AddChart(CustomerValueCharts.CohortTracking(tracking));
        }

        if (bySegment is not null)
        {
            AddChart(CustomerValueCharts.ClvBySegment(bySegment));
            AddTable(bySegment.ToDataFrame(), "CLV by RFM segment");
        }

        AddTable(result.ToDataFrame(), "Customers ranked by CLV", maxRows);
        return this;
    }
}

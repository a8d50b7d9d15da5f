using System.Globalization;
using EcomAI.Charts.CustomerValue;
using EcomAI.Core.CustomerValue;
using Plotly.NET;

namespace EcomAI.Interactive.Formatting.Views;

/// <summary>Notebook views of the customer-value results (pure).</summary>
internal static class CustomerValueViews
{
    public static ResultView Of(CustomerValueResult result)
    {
        var summary = new List<string> { result.Describe(), result.PurchaseModel.Message, result.SpendModel.Message };
        summary.AddRange(result.Warnings.Where(w => w != result.PurchaseModel.Message && w != result.SpendModel.Message).Select(w => "Warning: " + w));
        var charts = new List<Func<GenericChart>>
        {
            () => CustomerValueCharts.ClvDistribution(result),
            () => CustomerValueCharts.ProbabilityAlive(result),
        };
        if (result.Holdout is { } holdout)
        {
            charts.Add(() => CustomerValueCharts.CalibrationVsHoldout(holdout));
        }

        if (result.Tracking is { } tracking)
        {
            charts.Add(() => CustomerValueCharts.CohortTracking(tracking));
        }

        return new ResultView(
            F($"Customer value: {result.Customers.Count:N0} customers, total CLV {result.TotalClv:N2}"),
            summary,
            [new ResultTable("Model parameters", result.ParametersToDataFrame()), new ResultTable("Customers ranked by CLV (ToDataFrame())", result.ToDataFrame(), 10)],
            charts);
    }

    public static ResultView Of(BgNbdModel model)
    {
        // A model on its own knows no customer ages: show P(alive) for customers of one year's age.
        double year = model.TimeUnit switch { TimeUnit.Day => 365, TimeUnit.Week => 52, _ => 12 };
        return new ResultView(
            F($"BG/NBD: r = {model.Parameters.R:G4}, alpha = {model.Parameters.Alpha:G4}, a = {model.Parameters.A:G4}, b = {model.Parameters.B:G4} ({model.Status})"),
            [model.Message],
            model.ToDataFrame(),
            [() => CustomerValueCharts.ProbabilityAlive(model, 20, year)]);
    }

    public static ResultView Of(GammaGammaModel model)
    {
        var summary = new List<string> { model.Message };
        if (model.Warning is not null)
        {
            summary.Add("Warning: " + model.Warning);
        }

        return new ResultView(
            F($"Gamma-Gamma: p = {model.Parameters.P:G4}, q = {model.Parameters.Q:G4}, v = {model.Parameters.V:G4}; mean spend {model.PopulationMeanSpend:N2} ({model.Status})"),
            summary, model.ToDataFrame(), []);
    }

    public static ResultView Of(CustomerSummary summary) =>
        new(F($"Customer summary: {summary.Count:N0} customers, {summary.RepeatCustomers:N0} with repeat purchases, times in {summary.TimeUnit.ToString().ToLowerInvariant()}s"),
            summary.HasHoldout ? [F($"Holdout of {summary.HoldoutDuration:G4} {summary.TimeUnit.ToString().ToLowerInvariant()}s after {summary.CalibrationEnd:yyyy-MM-dd}")] : [],
            [new ResultTable(null, summary.ToDataFrame(), 10)], []);

    public static ResultView Of(SegmentValueTable table) =>
        new(F($"CLV by RFM segment: {table.Rows.Count} segments"), [table.Settings], table.ToDataFrame(), [() => CustomerValueCharts.ClvBySegment(table)]);

    public static ResultView Of(HoldoutComparison holdout) =>
        new(F($"Holdout: {holdout.TotalActual:N0} purchases, {holdout.TotalExpected:N1} expected"), [], holdout.ToDataFrame(), [() => CustomerValueCharts.CalibrationVsHoldout(holdout)]);

    public static ResultView Of(CohortTracking tracking) =>
        new(F($"Cohort tracking: {tracking.Count} periods"), [], [new ResultTable(null, tracking.ToDataFrame(), 10)], [() => CustomerValueCharts.CohortTracking(tracking)]);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

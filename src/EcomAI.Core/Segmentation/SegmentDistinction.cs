using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>
/// What sets a segment apart: the features whose member mean lies at least half an overall standard deviation from
/// the overall mean in the scaled space (strongest first; at least the strongest one), written in original units
/// against the average ("recency 189 days (3.1× the average)").
/// </summary>
internal static class SegmentDistinction
{
    /// <summary>Features at least this many overall standard deviations (scaled space) away from the mean are named.</summary>
    public const double Threshold = 0.5;

    public static string Describe(double[] deviation, double[] means, double[] averages, MonetaryKind monetary)
    {
        var order = Enumerable.Range(0, 3).OrderByDescending(f => Math.Abs(deviation[f])).ThenBy(f => f).ToList();
        var named = order.Where(f => Math.Abs(deviation[f]) >= Threshold).ToList();
        if (named.Count == 0)
        {
            return "close to the average: " + Phrase(order[0], means, averages, monetary);
        }

        return string.Join("; ", named.Select(f => Phrase(f, means, averages, monetary)));
    }

    /// <summary>mean / average, or NaN when the average is not positive (a ratio would mislead).</summary>
    public static double Ratio(double mean, double average) => average > 0 && double.IsFinite(mean) ? mean / average : double.NaN;

    private static string Phrase(int feature, double[] means, double[] averages, MonetaryKind monetary)
    {
        double mean = means[feature], average = averages[feature];
        string value = feature switch
        {
            0 => F($"recency {mean:N0} days"),
            1 => F($"{mean:N1} orders"),
            _ => F($"{(monetary == MonetaryKind.Mean ? "spend per order" : "spend")} {mean:N2}"),
        };
        double ratio = Ratio(mean, average);
        string against = double.IsNaN(ratio)
            ? feature switch { 0 => F($"(average {average:N0} days)"), 1 => F($"(average {average:N1})"), _ => F($"(average {average:N2})") }
            : F($"({ratio.ToString(ratio < 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture)}× the average)");
        return value + " " + against;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

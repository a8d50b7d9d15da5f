using System.Globalization;

namespace EcomAI.Core.Segmentation;

/// <summary>Names a segment from the mean R, F and M scores (1–5) of its members.</summary>
/// <remarks>
/// First matching rule wins: Champions: R ≥ 4 and F ≥ 4. Loyal: R ≥ 3 and F ≥ 3. New: R ≥ 3.5 (and F &lt; 3).
/// Needs attention: R ≥ 3 (and F &lt; 3). At risk: R &lt; 3 and F ≥ 3. Hibernating: everything else (R &lt; 3 and
/// F &lt; 3). The labels describe behaviour (how recently, how often); monetary value is reported beside them, not
/// used for the name.
/// </remarks>
public static class SegmentLabels
{
    /// <summary>The rule in words (also in the remarks).</summary>
    public const string Rule =
        "On the segment's mean scores: Champions R≥4 & F≥4; Loyal R≥3 & F≥3; New R≥3.5; Needs attention R≥3; " +
        "At risk R<3 & F≥3; otherwise Hibernating (first match wins; M is reported, not used).";

    /// <summary>The label for mean scores r, f, m.</summary>
    public static string Describe(double r, double f, double m) => (r, f, m) switch
    {
        ( >= 4, >= 4, _) => "Champions",
        ( >= 3, >= 3, _) => "Loyal",
        ( >= 3.5, _, _) => "New",
        ( >= 3, _, _) => "Needs attention",
        (_, >= 3, _) => "At risk",
        _ => "Hibernating",
    };

    /// <summary>Labels for segments in order, made unique by appending " 2", " 3", … to repeats.</summary>
    internal static string[] Unique(IEnumerable<string> labels)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return labels.Select(label =>
        {
            int count = seen.TryGetValue(label, out int c) ? c + 1 : 1;
            seen[label] = count;
            return count == 1 ? label : $"{label} {count.ToString(CultureInfo.InvariantCulture)}";
        }).ToArray();
    }
}

using System.Globalization;

namespace EcomAI.Charts.Styling;

/// <summary>Invariant-culture number text for titles and hover labels.</summary>
internal static class Fmt
{
    /// <summary>Fixed decimals, thousands separated (e.g. 12,345.68); "n/a" for NaN so a gap is visible, never 0.</summary>
    public static string N(double value, int decimals = 2) =>
        double.IsNaN(value) ? "n/a"
        : double.IsPositiveInfinity(value) ? "∞"
        : double.IsNegativeInfinity(value) ? "−∞"
        : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal (0.4567 → 45.7%).</summary>
    public static string Pct(double share) =>
        double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>An ISO date (yyyy-MM-dd) in the Gregorian calendar whatever the current culture.</summary>
    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An integer with thousands separators.</summary>
    public static string I(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
